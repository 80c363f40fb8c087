import { MigrationInterface, QueryRunner } from 'typeorm';

export class Users1764390200000 implements MigrationInterface {
  name = 'Users1764390200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        role text NOT NULL DEFAULT 'member',
        locale text NOT NULL DEFAULT 'fr',
        home_commune_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_pkey PRIMARY KEY (id),
        CONSTRAINT users_role_check CHECK (role IN ('member', 'host', 'admin')),
        CONSTRAINT users_locale_check CHECK (locale IN ('fr', 'en')),
        CONSTRAINT users_email_normalised_check CHECK (email = lower(btrim(email))),
        CONSTRAINT users_home_commune_code_fkey FOREIGN KEY (home_commune_code) REFERENCES communes (code)
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (email)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE users`);
  }
}
