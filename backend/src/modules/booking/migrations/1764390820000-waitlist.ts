import { MigrationInterface, QueryRunner } from 'typeorm';

export class Waitlist1764390820000 implements MigrationInterface {
  name = 'Waitlist1764390820000';

  async up(db: QueryRunner): Promise<void> {
    // One line per (site, kind, local date, slot). `seq` orders the line as people joined it, whatever the
    // clocks say. A waiting entry becomes `promoted` (with the booking made for it) or `skipped` (with the
    // reason a booking could not be made: quota, already booked, ...); it leaves the line by being deleted.
    await db.query(`
      CREATE TABLE waitlist_entries (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY,
        user_id uuid NOT NULL,
        site_id uuid NOT NULL,
        kind text NOT NULL,
        date date NOT NULL,
        slot text NOT NULL,
        status text NOT NULL DEFAULT 'waiting',
        booking_id uuid,
        reason text,
        idempotency_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz,
        CONSTRAINT waitlist_entries_pkey PRIMARY KEY (id),
        CONSTRAINT waitlist_entries_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT waitlist_entries_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT waitlist_entries_booking_id_fkey FOREIGN KEY (booking_id) REFERENCES bookings (id),
        CONSTRAINT waitlist_entries_kind_check CHECK (kind IN ('desk', 'meeting_room', 'private_office', 'phone_booth')),
        CONSTRAINT waitlist_entries_slot_check CHECK (slot IN ('full_day', 'morning', 'afternoon')),
        CONSTRAINT waitlist_entries_status_check CHECK (status IN ('waiting', 'promoted', 'skipped')),
        CONSTRAINT waitlist_entries_promoted_check CHECK ((status = 'promoted') = (booking_id IS NOT NULL)),
        CONSTRAINT waitlist_entries_skipped_check CHECK ((status = 'skipped') = (reason IS NOT NULL)),
        CONSTRAINT waitlist_entries_resolved_check CHECK ((status = 'waiting') = (resolved_at IS NULL))
      )`);
    // A member is once in a line (while waiting: once promoted or skipped, they may join it again).
    await db.query(`
      CREATE UNIQUE INDEX waitlist_entries_line_user_key ON waitlist_entries (site_id, kind, date, slot, user_id)
        WHERE status = 'waiting'`);
    // The promotion reads a day's lines in order.
    await db.query(`
      CREATE INDEX waitlist_entries_line_idx ON waitlist_entries (site_id, kind, date, seq) WHERE status = 'waiting'`);
    // A booking answers one entry: a promotion is never counted twice.
    await db.query(`CREATE UNIQUE INDEX waitlist_entries_booking_id_key ON waitlist_entries (booking_id)`);
    await db.query(
      `CREATE UNIQUE INDEX waitlist_entries_user_id_idempotency_key_key ON waitlist_entries (user_id, idempotency_key)`,
    );
    await db.query(`CREATE INDEX waitlist_entries_user_id_idx ON waitlist_entries (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE waitlist_entries`);
  }
}
