import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotentRequests1764391200000 implements MigrationInterface {
  name = 'IdempotentRequests1764391200000';

  async up(db: QueryRunner): Promise<void> {
    // The first answer to a creating request sent with an Idempotency-Key, per user and key. The primary key
    // is the lock: of two requests with one key, one INSERT wins and the other finds its row. A row without
    // a status is still in flight. Rows go with their user (erasure) and expire after 24 hours.
    await db.query(`
      CREATE TABLE idempotent_requests (
        user_id uuid NOT NULL,
        key text NOT NULL,
        fingerprint text NOT NULL,
        status smallint,
        body json,
        created_at timestamptz NOT NULL,
        completed_at timestamptz,
        CONSTRAINT idempotent_requests_pkey PRIMARY KEY (user_id, key),
        CONSTRAINT idempotent_requests_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT idempotent_requests_key_check CHECK (length(key) BETWEEN 1 AND 255),
        CONSTRAINT idempotent_requests_fingerprint_check CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
        CONSTRAINT idempotent_requests_answer_check CHECK (
          (status IS NULL) = (completed_at IS NULL) AND (status IS NULL OR status BETWEEN 200 AND 299))
      )`);
    await db.query(`CREATE INDEX idempotent_requests_created_at_idx ON idempotent_requests (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotent_requests`);
  }
}
