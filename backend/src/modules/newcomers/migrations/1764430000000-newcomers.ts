import { MigrationInterface, QueryRunner } from 'typeorm';

export class Newcomers1764430000000 implements MigrationInterface {
  name = 'Newcomers1764430000000';

  async up(db: QueryRunner): Promise<void> {
    // A newcomer has no account: the file holds their own words. Anonymising blanks the personal columns
    // (hence no length checks on them) and keeps what the reports count (status, project, welcome commune).
    await db.query(`
      CREATE TABLE newcomers (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text NOT NULL,
        phone text,
        current_city text NOT NULL,
        profession text NOT NULL,
        project_kind text NOT NULL,
        wishes text NOT NULL,
        adults integer,
        children integer,
        wished_area text,
        wished_commune_code text,
        housing text,
        fibre_needed boolean,
        max_minutes_to_station integer,
        max_minutes_to_toulouse integer,
        timing text,
        locale text NOT NULL DEFAULT 'fr',
        status text NOT NULL DEFAULT 'new',
        officer_id uuid,
        welcome_commune_code text,
        next_action_date date,
        next_action_note text,
        consented_at timestamptz NOT NULL,
        retain_until timestamptz NOT NULL,
        anonymised_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT newcomers_pkey PRIMARY KEY (id),
        CONSTRAINT newcomers_officer_id_fkey FOREIGN KEY (officer_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT newcomers_wished_commune_code_fkey FOREIGN KEY (wished_commune_code) REFERENCES communes (code),
        CONSTRAINT newcomers_welcome_commune_code_fkey FOREIGN KEY (welcome_commune_code) REFERENCES communes (code),
        CONSTRAINT newcomers_project_kind_check
          CHECK (project_kind IN ('telework', 'freelance', 'business_creation', 'business_takeover', 'other')),
        CONSTRAINT newcomers_status_check CHECK (status IN ('new', 'contacted', 'visiting', 'settled', 'dropped')),
        CONSTRAINT newcomers_housing_check CHECK (housing IN ('rent', 'buy', 'either')),
        CONSTRAINT newcomers_timing_check
          CHECK (timing IN ('within_6_months', 'within_a_year', 'later', 'undecided')),
        CONSTRAINT newcomers_locale_check CHECK (locale IN ('fr', 'en'))
      )`);
    await db.query(`CREATE INDEX newcomers_status_idx ON newcomers (status)`);
    await db.query(`CREATE INDEX newcomers_officer_id_idx ON newcomers (officer_id)`);
    // The nightly retention task looks for files past their date.
    await db.query(`CREATE INDEX newcomers_retain_until_idx ON newcomers (retain_until)`);

    // The file's history: notes and what happened to it. `seq` orders entries written at the same instant.
    await db.query(`
      CREATE TABLE newcomer_timeline (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        newcomer_id uuid NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        at timestamptz NOT NULL,
        kind text NOT NULL,
        author_id uuid,
        text text,
        value text,
        CONSTRAINT newcomer_timeline_pkey PRIMARY KEY (id),
        CONSTRAINT newcomer_timeline_newcomer_id_fkey FOREIGN KEY (newcomer_id)
          REFERENCES newcomers (id) ON DELETE CASCADE,
        CONSTRAINT newcomer_timeline_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT newcomer_timeline_kind_check
          CHECK (kind IN ('created', 'note', 'status', 'officer', 'welcome_commune', 'next_action', 'mail', 'anonymised'))
      )`);
    await db.query(`CREATE INDEX newcomer_timeline_newcomer_id_idx ON newcomer_timeline (newcomer_id, seq)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE newcomer_timeline`);
    await db.query(`DROP TABLE newcomers`);
  }
}
