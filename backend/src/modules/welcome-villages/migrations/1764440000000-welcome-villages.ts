import { MigrationInterface, QueryRunner } from 'typeorm';

export class WelcomeVillages1764440000000 implements MigrationInterface {
  name = 'WelcomeVillages1764440000000';

  async up(db: QueryRunner): Promise<void> {
    // One row per volunteering commune; the relay's contact is public once published, which they agreed to.
    await db.query(`
      CREATE TABLE welcome_villages (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        commune_code text NOT NULL,
        relay_name text NOT NULL,
        relay_role text NOT NULL,
        relay_email text NOT NULL,
        relay_phone text,
        offers text[] NOT NULL DEFAULT '{}',
        description_fr text NOT NULL,
        description_en text,
        latitude double precision,
        longitude double precision,
        published boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT welcome_villages_pkey PRIMARY KEY (id),
        CONSTRAINT welcome_villages_commune_code_key UNIQUE (commune_code),
        CONSTRAINT welcome_villages_commune_code_fkey FOREIGN KEY (commune_code) REFERENCES communes (code),
        CONSTRAINT welcome_villages_offers_check
          CHECK (offers <@ ARRAY['school', 'shops', 'housing', 'fibre']::text[]),
        CONSTRAINT welcome_villages_relay_role_check
          CHECK (relay_role IN ('town_hall', 'association', 'resident', 'other')),
        CONSTRAINT welcome_villages_relay_name_check CHECK (length(relay_name) BETWEEN 1 AND 200),
        CONSTRAINT welcome_villages_relay_email_check CHECK (relay_email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
        CONSTRAINT welcome_villages_description_fr_check CHECK (length(description_fr) BETWEEN 1 AND 2000),
        CONSTRAINT welcome_villages_description_en_check CHECK (length(description_en) BETWEEN 1 AND 2000),
        CONSTRAINT welcome_villages_latitude_check CHECK (latitude BETWEEN -90 AND 90),
        CONSTRAINT welcome_villages_longitude_check CHECK (longitude BETWEEN -180 AND 180),
        CONSTRAINT welcome_villages_position_check CHECK ((latitude IS NULL) = (longitude IS NULL))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE welcome_villages`);
  }
}
