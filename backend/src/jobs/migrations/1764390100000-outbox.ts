import { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1764390100000 implements MigrationInterface {
  name = 'Outbox1764390100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_messages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        key text NOT NULL,
        payload jsonb NOT NULL,
        due_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        relayed_at timestamptz,
        claimed_until timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        sent_at timestamptz,
        outcome text,
        failed_at timestamptz,
        last_error text,
        CONSTRAINT outbox_messages_pkey PRIMARY KEY (id)
      )`);
    await db.query(`CREATE UNIQUE INDEX outbox_messages_key_key ON outbox_messages (key)`);
    await db.query(
      `CREATE INDEX outbox_messages_due_idx ON outbox_messages (due_at) WHERE sent_at IS NULL AND failed_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE outbox_messages`);
  }
}
