import { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeeds1764391400000 implements MigrationInterface {
  name = 'CalendarFeeds1764391400000';

  async up(db: QueryRunner): Promise<void> {
    // One feed per member (the key); a new token replaces the row's nonce and hash, so the old one is dead
    // at once. The unique hash is the lookup of a feed request.
    await db.query(`
      CREATE TABLE calendar_feeds (
        user_id uuid NOT NULL,
        nonce bytea NOT NULL,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT calendar_feeds_pkey PRIMARY KEY (user_id),
        CONSTRAINT calendar_feeds_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash),
        CONSTRAINT calendar_feeds_nonce_check CHECK (octet_length(nonce) = 32),
        CONSTRAINT calendar_feeds_token_hash_check CHECK (octet_length(token_hash) = 32)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE calendar_feeds`);
  }
}
