import { MigrationInterface, QueryRunner } from 'typeorm';

export class Bookings1764390600000 implements MigrationInterface {
  name = 'Bookings1764390600000';

  async up(db: QueryRunner): Promise<void> {
    // Start-up creates it too; kept here so the migration stands on its own.
    await db.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    // No double booking, across any number of API processes: the exclusion constraint, range first (the
    // "what is free in this window" searches use the same GiST index). Half-open [) ranges, so a morning
    // ending at 13:00 and an afternoon starting at 13:00 do not overlap.
    // organization_id has no foreign key yet: the organizations table does not exist.
    await db.query(`
      CREATE TABLE bookings (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        resource_id uuid NOT NULL,
        site_id uuid NOT NULL,
        user_id uuid,
        during tstzrange NOT NULL,
        slot text NOT NULL,
        status text NOT NULL DEFAULT 'confirmed',
        home_commune_code text,
        organization_id uuid,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        cancelled_by uuid,
        checked_in_at timestamptz,
        CONSTRAINT bookings_pkey PRIMARY KEY (id),
        CONSTRAINT bookings_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES resources (id),
        CONSTRAINT bookings_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT bookings_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT bookings_cancelled_by_fkey FOREIGN KEY (cancelled_by) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT bookings_during_check CHECK (lower(during) < upper(during)),
        CONSTRAINT bookings_during_bounds_check CHECK (lower_inc(during) AND NOT upper_inc(during)),
        CONSTRAINT bookings_slot_check CHECK (slot IN ('full_day', 'morning', 'afternoon', 'custom')),
        CONSTRAINT bookings_status_check CHECK (status IN ('confirmed', 'checked_in', 'cancelled', 'no_show')),
        CONSTRAINT bookings_no_overlap EXCLUDE USING gist (during WITH &&, resource_id WITH =)
          WHERE (status IN ('confirmed', 'checked_in'))
      )`);
    // Idempotency-Key: one booking per key and user (NULL keys never collide).
    await db.query(`CREATE UNIQUE INDEX bookings_user_id_idempotency_key_key ON bookings (user_id, idempotency_key)`);
    await db.query(`CREATE INDEX bookings_user_id_idx ON bookings (user_id)`);
    await db.query(`CREATE INDEX bookings_site_id_idx ON bookings (site_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE bookings`);
  }
}
