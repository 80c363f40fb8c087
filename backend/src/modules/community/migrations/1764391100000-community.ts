import { MigrationInterface, QueryRunner } from 'typeorm';

/** French and Western European accented letters, and their plain forms, for `community_search_key`. */
const ACCENTED = 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝŸýÿ';
const PLAIN = 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYYyy';

export class Community1764391100000 implements MigrationInterface {
  name = 'Community1764391100000';

  async up(db: QueryRunner): Promise<void> {
    // The directory's free-text search compares names, trades and help texts in the form of `searchKey`
    // (common/text): accents off before lower(), which a database in the C locale applies to ASCII only.
    await db.query(`
      CREATE FUNCTION community_search_key(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT btrim(regexp_replace(lower(translate($1, '${ACCENTED}', '${PLAIN}')), '[-''’[:space:]]+', ' ', 'g')) $$`);

    await db.query(`
      CREATE TABLE directory_profiles (
        user_id uuid NOT NULL,
        listed boolean NOT NULL DEFAULT false,
        trade text NOT NULL DEFAULT '',
        help_text text NOT NULL DEFAULT '',
        show_email boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT directory_profiles_pkey PRIMARY KEY (user_id),
        CONSTRAINT directory_profiles_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT directory_profiles_trade_check CHECK (char_length(trade) <= 80),
        CONSTRAINT directory_profiles_help_text_check CHECK (char_length(help_text) <= 1000)
      )`);

    // A skill is a normalised tag; `key` (no accents) makes "Électricité" and "electricite" one skill.
    await db.query(`
      CREATE TABLE directory_profile_skills (
        user_id uuid NOT NULL,
        key text NOT NULL,
        tag text NOT NULL,
        position smallint NOT NULL,
        CONSTRAINT directory_profile_skills_pkey PRIMARY KEY (user_id, key),
        CONSTRAINT directory_profile_skills_user_id_fkey
          FOREIGN KEY (user_id) REFERENCES directory_profiles (user_id) ON DELETE CASCADE,
        CONSTRAINT directory_profile_skills_tag_check
          CHECK (tag = lower(btrim(tag)) AND char_length(tag) BETWEEN 1 AND 40 AND tag !~ '\\s\\s'),
        CONSTRAINT directory_profile_skills_key_check CHECK (key <> '' AND key = lower(key)),
        CONSTRAINT directory_profile_skills_position_check CHECK (position >= 0 AND position < 15)
      )`);
    await db.query(`CREATE INDEX directory_profile_skills_key_idx ON directory_profile_skills (key)`);

    await db.query(`
      CREATE TABLE directory_profile_sites (
        user_id uuid NOT NULL,
        site_id uuid NOT NULL,
        CONSTRAINT directory_profile_sites_pkey PRIMARY KEY (user_id, site_id),
        CONSTRAINT directory_profile_sites_user_id_fkey
          FOREIGN KEY (user_id) REFERENCES directory_profiles (user_id) ON DELETE CASCADE,
        CONSTRAINT directory_profile_sites_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE INDEX directory_profile_sites_site_id_idx ON directory_profile_sites (site_id)`);

    // One announcement per site and local day, whichever process takes the request.
    await db.query(`
      CREATE TABLE site_announcements (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        author_id uuid,
        subject text NOT NULL,
        body text NOT NULL,
        months_back integer NOT NULL,
        recipient_count integer NOT NULL,
        sent_on date NOT NULL,
        sent_at timestamptz NOT NULL,
        CONSTRAINT site_announcements_pkey PRIMARY KEY (id),
        CONSTRAINT site_announcements_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT site_announcements_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT site_announcements_subject_check CHECK (char_length(subject) BETWEEN 1 AND 150),
        CONSTRAINT site_announcements_body_check CHECK (char_length(body) BETWEEN 1 AND 10000),
        CONSTRAINT site_announcements_months_back_check CHECK (months_back BETWEEN 1 AND 24),
        CONSTRAINT site_announcements_recipient_count_check CHECK (recipient_count >= 0)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX site_announcements_site_id_sent_on_key ON site_announcements (site_id, sent_on)`,
    );

    await db.query(`
      CREATE TABLE community_unsubscriptions (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        site_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT community_unsubscriptions_pkey PRIMARY KEY (id),
        CONSTRAINT community_unsubscriptions_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT community_unsubscriptions_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
      )`);
    await db.query(
      `CREATE UNIQUE INDEX community_unsubscriptions_site_key ON community_unsubscriptions (user_id, site_id)
       WHERE site_id IS NOT NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX community_unsubscriptions_all_key ON community_unsubscriptions (user_id) WHERE site_id IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE community_unsubscriptions`);
    await db.query(`DROP TABLE site_announcements`);
    await db.query(`DROP TABLE directory_profile_sites`);
    await db.query(`DROP TABLE directory_profile_skills`);
    await db.query(`DROP TABLE directory_profiles`);
    await db.query(`DROP FUNCTION community_search_key(text)`);
  }
}
