import { MigrationInterface, QueryRunner } from 'typeorm';

export class Sites1764390500000 implements MigrationInterface {
  name = 'Sites1764390500000';

  async up(db: QueryRunner): Promise<void> {
    // epci_code is copied from the commune at creation so that reports group by it without the territory's tables.
    await db.query(`
      CREATE TABLE sites (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        name text NOT NULL,
        search_name text NOT NULL,
        commune_code text NOT NULL,
        epci_code text,
        address text NOT NULL,
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        description text,
        amenities text[] NOT NULL DEFAULT '{}',
        fibre_mbps integer,
        opening_hours jsonb NOT NULL,
        timezone text NOT NULL DEFAULT 'Europe/Paris',
        status text NOT NULL DEFAULT 'draft',
        open_on_public_holidays date[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT sites_pkey PRIMARY KEY (id),
        CONSTRAINT sites_commune_code_fkey FOREIGN KEY (commune_code) REFERENCES communes (code),
        CONSTRAINT sites_epci_code_fkey FOREIGN KEY (epci_code) REFERENCES epcis (code) ON DELETE SET NULL,
        CONSTRAINT sites_slug_format_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        CONSTRAINT sites_latitude_check CHECK (latitude BETWEEN -90 AND 90),
        CONSTRAINT sites_longitude_check CHECK (longitude BETWEEN -180 AND 180),
        CONSTRAINT sites_fibre_mbps_check CHECK (fibre_mbps > 0),
        CONSTRAINT sites_status_check CHECK (status IN ('draft', 'published', 'archived')),
        CONSTRAINT sites_opening_hours_check CHECK (jsonb_typeof(opening_hours) = 'object'),
        CONSTRAINT sites_amenities_check CHECK (amenities <@ ARRAY['fibre', 'parking', 'bike_shelter', 'ev_charging',
          'kitchen', 'accessible', 'meeting_room', 'phone_box', 'printer', 'showers', 'coffee', 'garden',
          'lockers']::text[])
      )`);
    await db.query(`CREATE UNIQUE INDEX sites_slug_key ON sites (slug)`);
    await db.query(`CREATE INDEX sites_commune_code_idx ON sites (commune_code)`);
    await db.query(`CREATE INDEX sites_epci_code_idx ON sites (epci_code)`);

    await db.query(`
      CREATE TABLE site_closures (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        date date NOT NULL,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT site_closures_pkey PRIMARY KEY (id),
        CONSTRAINT site_closures_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
      )`);
    await db.query(`CREATE UNIQUE INDEX site_closures_site_id_date_key ON site_closures (site_id, date)`);

    // Resources are deactivated, never deleted: past bookings keep pointing at them.
    await db.query(`
      CREATE TABLE resources (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        name text NOT NULL,
        kind text NOT NULL,
        capacity integer NOT NULL DEFAULT 1,
        amenities text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT resources_pkey PRIMARY KEY (id),
        CONSTRAINT resources_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT resources_kind_check CHECK (kind IN ('desk', 'meeting_room', 'private_office', 'phone_booth')),
        CONSTRAINT resources_capacity_check CHECK (capacity > 0),
        CONSTRAINT resources_amenities_check CHECK (amenities <@ ARRAY['screen', 'whiteboard', 'videoconference',
          'standing_desk', 'docking_station', 'window', 'accessible']::text[])
      )`);
    await db.query(`CREATE INDEX resources_site_id_idx ON resources (site_id)`);

    await db.query(`
      CREATE TABLE site_hosts (
        site_id uuid NOT NULL,
        user_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT site_hosts_pkey PRIMARY KEY (site_id, user_id),
        CONSTRAINT site_hosts_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE,
        CONSTRAINT site_hosts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
      )`);
    // The access guard asks "which sites does this user host?" on every request.
    await db.query(`CREATE INDEX site_hosts_user_id_idx ON site_hosts (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE site_hosts`);
    await db.query(`DROP TABLE resources`);
    await db.query(`DROP TABLE site_closures`);
    await db.query(`DROP TABLE sites`);
  }
}
