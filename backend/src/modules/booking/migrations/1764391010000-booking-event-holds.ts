import { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingEventHolds1764391010000 implements MigrationInterface {
  name = 'BookingEventHolds1764391010000';

  async up(db: QueryRunner): Promise<void> {
    // An event in a meeting room holds it with a booking row of its own (no member: user_id stays null), so
    // that the exclusion constraint keeps bookings and events from sharing a room. No foreign key to
    // events: the booking module knows an event only by its id (events are cancelled, never deleted).
    await db.query(`ALTER TABLE bookings ADD COLUMN event_id uuid`);
    // One active hold per event: moving the event cancels the old hold before making the new one.
    await db.query(`
      CREATE UNIQUE INDEX bookings_event_id_active_key ON bookings (event_id)
        WHERE status IN ('confirmed', 'checked_in')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE bookings DROP COLUMN event_id`);
  }
}
