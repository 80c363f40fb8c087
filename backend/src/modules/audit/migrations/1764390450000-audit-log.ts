import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditLog1764390450000 implements MigrationInterface {
  name = 'AuditLog1764390450000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_log (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid NOT NULL,
        actor_role text NOT NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        details jsonb NOT NULL DEFAULT '{}',
        CONSTRAINT audit_log_pkey PRIMARY KEY (id)
      )`);
    await db.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
  }
}
