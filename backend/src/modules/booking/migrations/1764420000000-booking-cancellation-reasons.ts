import { MigrationInterface, QueryRunner } from 'typeorm';

export class BookingCancellationReasons1764420000000 implements MigrationInterface {
  name = 'BookingCancellationReasons1764420000000';

  async up(db: QueryRunner): Promise<void> {
    // Why a booking was cancelled, so that the mail can tell the member by whom and why. The list is the
    // cancellation paths that exist: the holder, a host of the site, a network officer, a closed day, the
    // holder's erased account, and an event letting go of the room it held.
    await db.query(`ALTER TABLE bookings ADD COLUMN cancellation_reason text`);
    // What the host or officer wrote to the member, or the closure's label.
    await db.query(`ALTER TABLE bookings ADD COLUMN cancellation_note text`);
    await db.query(`
      ALTER TABLE bookings ADD CONSTRAINT bookings_cancellation_reason_check CHECK (cancellation_reason IN
        ('member', 'host', 'officer', 'site_closed', 'account_erased', 'event_released'))`);
    await db.query(`
      ALTER TABLE bookings ADD CONSTRAINT bookings_cancellation_note_check
        CHECK (char_length(cancellation_note) <= 500)`);
    // The bookings cancelled before: their holder's own cancellation is known; anything else stays unknown
    // (NULL), and its mail keeps the general wording.
    await db.query(`
      UPDATE bookings SET cancellation_reason = 'member'
      WHERE status = 'cancelled' AND cancelled_by IS NOT NULL AND cancelled_by = user_id`);
    // Every cancellation from now on has a reason. Not a CHECK: one, even NOT VALID, is checked again on
    // every later update of an old row (an erasure setting user_id to NULL on its old cancelled bookings would
    // fail). The trigger looks only at the moment a booking becomes cancelled.
    await db.query(`
      CREATE FUNCTION bookings_cancellation_reason_required() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a booking is cancelled with a reason (booking %)', NEW.id
          USING ERRCODE = 'check_violation', CONSTRAINT = 'bookings_cancellation_reason_required';
      END $$`);
    await db.query(`
      CREATE TRIGGER bookings_cancellation_reason_required BEFORE UPDATE OF status ON bookings
        FOR EACH ROW WHEN (NEW.status = 'cancelled' AND OLD.status <> 'cancelled' AND NEW.cancellation_reason IS NULL)
        EXECUTE FUNCTION bookings_cancellation_reason_required()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER bookings_cancellation_reason_required ON bookings`);
    await db.query(`DROP FUNCTION bookings_cancellation_reason_required()`);
    await db.query(`ALTER TABLE bookings DROP COLUMN cancellation_note`);
    await db.query(`ALTER TABLE bookings DROP COLUMN cancellation_reason`);
  }
}
