import { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingSeries1764390810000 implements MigrationInterface {
  name = 'BookingSeries1764390810000';

  async up(db: QueryRunner): Promise<void> {
    // A member's standing pattern ("every Tuesday and Thursday morning until June"): the bookings it made
    // point at it. `conflicts` keeps the dates it could not book, so that a replayed request (Idempotency-Key)
    // answers what the first one did. A series is personal data: it goes with its member's account.
    await db.query(`
      CREATE TABLE booking_series (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL,
        site_id uuid NOT NULL,
        resource_id uuid,
        kind text NOT NULL,
        weekdays smallint[] NOT NULL,
        slot text NOT NULL,
        from_date date NOT NULL,
        until_date date NOT NULL,
        conflicts jsonb NOT NULL DEFAULT '[]'::jsonb,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        cancelled_at timestamptz,
        CONSTRAINT booking_series_pkey PRIMARY KEY (id),
        CONSTRAINT booking_series_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT booking_series_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT booking_series_resource_id_fkey FOREIGN KEY (resource_id) REFERENCES resources (id),
        CONSTRAINT booking_series_kind_check CHECK (kind IN ('desk', 'meeting_room', 'private_office', 'phone_booth')),
        CONSTRAINT booking_series_slot_check CHECK (slot IN ('full_day', 'morning', 'afternoon')),
        CONSTRAINT booking_series_weekdays_check
          CHECK (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
        CONSTRAINT booking_series_dates_check CHECK (from_date <= until_date),
        CONSTRAINT booking_series_conflicts_check CHECK (jsonb_typeof(conflicts) = 'array')
      )`);
    await db.query(
      `CREATE UNIQUE INDEX booking_series_user_id_idempotency_key_key ON booking_series (user_id, idempotency_key)`,
    );
    await db.query(`CREATE INDEX booking_series_user_id_idx ON booking_series (user_id)`);
    // A booking outlives its series (erasure deletes the series, the anonymous past bookings stay).
    await db.query(`
      ALTER TABLE bookings
        ADD COLUMN series_id uuid,
        ADD CONSTRAINT bookings_series_id_fkey FOREIGN KEY (series_id) REFERENCES booking_series (id) ON DELETE SET NULL`);
    await db.query(`CREATE INDEX bookings_series_id_idx ON bookings (series_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE bookings DROP COLUMN series_id`);
    await db.query(`DROP TABLE booking_series`);
  }
}
