import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The log's own order of writing. `at` comes from the clock, so two acts in one instant (or one
 * transaction) tie, and a uuid says nothing of which came first: a reader of "who did what" needs the
 * sequence in which it was recorded.
 */
export class AuditLogOrder1764391300000 implements MigrationInterface {
  name = 'AuditLogOrder1764391300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE audit_log ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY`);
    await db.query(`DROP INDEX audit_log_at_idx`);
    await db.query(`CREATE INDEX audit_log_at_seq_idx ON audit_log (at, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_at_seq_idx`);
    await db.query(`CREATE INDEX audit_log_at_idx ON audit_log (at)`);
    await db.query(`ALTER TABLE audit_log DROP COLUMN seq`);
  }
}
