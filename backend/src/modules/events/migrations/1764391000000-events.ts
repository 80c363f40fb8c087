import { MigrationInterface, QueryRunner } from 'typeorm';

export class Events1764391000000 implements MigrationInterface {
  name = 'Events1764391000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event_series (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid,
        created_by uuid,
        until_date date NOT NULL,
        conflicts jsonb NOT NULL DEFAULT '[]'::jsonb,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        CONSTRAINT event_series_pkey PRIMARY KEY (id),
        CONSTRAINT event_series_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT event_series_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT event_series_conflicts_check CHECK (jsonb_typeof(conflicts) = 'array')
      )`);
    await db.query(
      `CREATE UNIQUE INDEX event_series_created_by_idempotency_key_key ON event_series (created_by, idempotency_key)`,
    );

    // Capacity is never exceeded, across any number of API processes: `taken` (registered and attended
    // places) moves only by UPDATEs of this row, which serialise on its lock, and the CHECK refuses any
    // value beyond the capacity, including a capacity lowered below what is taken.
    await db.query(`
      CREATE TABLE events (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid,
        room_id uuid,
        series_id uuid,
        created_by uuid,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        category text NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        timezone text NOT NULL DEFAULT 'Europe/Paris',
        online_url text,
        capacity integer NOT NULL,
        taken integer NOT NULL DEFAULT 0,
        registration_deadline timestamptz,
        visibility text NOT NULL DEFAULT 'public',
        status text NOT NULL DEFAULT 'draft',
        revision integer NOT NULL DEFAULT 0,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz,
        cancelled_at timestamptz,
        CONSTRAINT events_pkey PRIMARY KEY (id),
        CONSTRAINT events_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT events_room_id_fkey FOREIGN KEY (room_id) REFERENCES resources (id),
        CONSTRAINT events_series_id_fkey FOREIGN KEY (series_id) REFERENCES event_series (id) ON DELETE SET NULL,
        CONSTRAINT events_created_by_fkey FOREIGN KEY (created_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT events_category_check
          CHECK (category IN ('workshop', 'afterwork', 'training', 'telework_cafe', 'open_day', 'talk', 'other')),
        CONSTRAINT events_visibility_check CHECK (visibility IN ('public', 'members')),
        CONSTRAINT events_status_check CHECK (status IN ('draft', 'published', 'cancelled')),
        CONSTRAINT events_times_check CHECK (starts_at < ends_at),
        CONSTRAINT events_deadline_check CHECK (registration_deadline <= ends_at),
        CONSTRAINT events_capacity_check CHECK (capacity > 0),
        CONSTRAINT events_taken_check CHECK (taken >= 0 AND taken <= capacity),
        CONSTRAINT events_room_site_check CHECK (room_id IS NULL OR site_id IS NOT NULL),
        CONSTRAINT events_published_check
          CHECK ((status <> 'draft' OR published_at IS NULL) AND (status <> 'published' OR published_at IS NOT NULL)),
        CONSTRAINT events_cancelled_check CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX events_starts_at_idx ON events (starts_at)`);
    await db.query(`CREATE INDEX events_site_id_idx ON events (site_id)`);
    await db.query(`CREATE INDEX events_series_id_idx ON events (series_id)`);
    await db.query(`CREATE UNIQUE INDEX events_created_by_idempotency_key_key ON events (created_by, idempotency_key)`);

    // `queue_number` orders the waitlist as people joined it; positions are counted from it, so they stay
    // 1, 2, 3… as people leave. One active (not cancelled) registration per member and event: registering
    // again after cancelling makes a new row.
    await db.query(`
      CREATE TABLE event_registrations (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        event_id uuid NOT NULL,
        user_id uuid,
        status text NOT NULL,
        queue_number bigint GENERATED ALWAYS AS IDENTITY,
        idempotency_key text,
        registered_at timestamptz NOT NULL DEFAULT now(),
        promoted_at timestamptz,
        cancelled_at timestamptz,
        attended_at timestamptz,
        CONSTRAINT event_registrations_pkey PRIMARY KEY (id),
        CONSTRAINT event_registrations_event_id_fkey FOREIGN KEY (event_id) REFERENCES events (id),
        CONSTRAINT event_registrations_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT event_registrations_status_check
          CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'attended')),
        CONSTRAINT event_registrations_cancelled_check CHECK ((status = 'cancelled') = (cancelled_at IS NOT NULL)),
        CONSTRAINT event_registrations_attended_check CHECK ((status = 'attended') = (attended_at IS NOT NULL))
      )`);
    await db.query(`
      CREATE UNIQUE INDEX event_registrations_active_key ON event_registrations (event_id, user_id)
        WHERE status <> 'cancelled'`);
    await db.query(`
      CREATE INDEX event_registrations_line_idx ON event_registrations (event_id, queue_number)
        WHERE status = 'waitlisted'`);
    await db.query(`CREATE INDEX event_registrations_user_id_idx ON event_registrations (user_id)`);
    await db.query(`
      CREATE UNIQUE INDEX event_registrations_user_id_idempotency_key_key
        ON event_registrations (user_id, idempotency_key)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event_registrations`);
    await db.query(`DROP TABLE events`);
    await db.query(`DROP TABLE event_series`);
  }
}
