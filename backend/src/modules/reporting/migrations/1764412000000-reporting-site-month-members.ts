import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingSiteMonthMembers1764412000000 implements MigrationInterface {
  name = 'ReportingSiteMonthMembers1764412000000';

  async up(db: QueryRunner): Promise<void> {
    // Unique members cannot be added up across days, and counting them over a year of the network's bookings
    // (2 million rows) is the costly part of the year by EPCI × month. Who booked at a site in a month, per
    // resource kind, answers it for every grouping by site, EPCI, month and kind: about one row per eight
    // bookings. `bookings` counts the member's counted bookings there that month; a row at 0 is a member who
    // cancelled them all and is left out by the reports. Personal data derived from bookings: it goes with the
    // account (ON DELETE CASCADE), and an erasure that clears bookings.user_id takes the rows back.
    await db.query(`
      CREATE TABLE reporting_site_month_members (
        month date NOT NULL,
        site_id uuid NOT NULL,
        kind text NOT NULL,
        user_id uuid NOT NULL,
        bookings integer NOT NULL DEFAULT 0,
        CONSTRAINT reporting_site_month_members_pkey PRIMARY KEY (month, site_id, kind, user_id),
        CONSTRAINT reporting_site_month_members_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT reporting_site_month_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
        CONSTRAINT reporting_site_month_members_bookings_check CHECK (bookings >= 0),
        CONSTRAINT reporting_site_month_members_month_check CHECK (extract(day FROM month) = 1)
      )`);
    await db.query(`CREATE INDEX reporting_site_month_members_user_id_idx ON reporting_site_month_members (user_id)`);

    // Adds or takes back one counted booking of a member, in the local month of its day.
    await db.query(`
      CREATE FUNCTION reporting_count_member(
        p_site_id uuid, p_kind text, p_during tstzrange, p_status text, p_event_id uuid, p_user_id uuid, p_sign integer
      ) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        booking_month date;
      BEGIN
        IF p_user_id IS NULL OR p_event_id IS NOT NULL OR p_status NOT IN ('confirmed', 'checked_in') THEN
          RETURN;
        END IF;
        booking_month := date_trunc('month', (reporting_booking_share(p_site_id, p_during)).day)::date;
        IF p_sign < 0 THEN
          UPDATE reporting_site_month_members SET bookings = bookings - 1
          WHERE month = booking_month AND site_id = p_site_id AND kind = p_kind AND user_id = p_user_id;
          RETURN;
        END IF;
        INSERT INTO reporting_site_month_members AS m (month, site_id, kind, user_id, bookings)
        VALUES (booking_month, p_site_id, p_kind, p_user_id, 1)
        ON CONFLICT (month, site_id, kind, user_id) DO UPDATE SET bookings = m.bookings + 1;
      END $$`);

    // The bookings' trigger now also counts members, and watches user_id (an erasure clears it).
    await db.query(`
      CREATE OR REPLACE FUNCTION reporting_bookings_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_column text;
        new_column text;
        old_kind text;
        new_kind text;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          old_column := CASE WHEN OLD.status IN ('confirmed', 'checked_in') THEN 'counted' ELSE OLD.status END;
          new_column := CASE WHEN NEW.status IN ('confirmed', 'checked_in') THEN 'counted' ELSE NEW.status END;
          IF old_column = new_column AND OLD.during = NEW.during AND OLD.site_id = NEW.site_id
             AND OLD.resource_id = NEW.resource_id AND OLD.event_id IS NOT DISTINCT FROM NEW.event_id
             AND OLD.user_id IS NOT DISTINCT FROM NEW.user_id THEN
            RETURN NULL;
          END IF;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          old_kind := (SELECT kind FROM resources WHERE id = OLD.resource_id);
          PERFORM reporting_count_booking(OLD.site_id, old_kind, OLD.during, OLD.status, OLD.event_id, -1);
          PERFORM reporting_count_member(OLD.site_id, old_kind, OLD.during, OLD.status, OLD.event_id, OLD.user_id, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          new_kind := (SELECT kind FROM resources WHERE id = NEW.resource_id);
          PERFORM reporting_count_booking(NEW.site_id, new_kind, NEW.during, NEW.status, NEW.event_id, 1);
          PERFORM reporting_count_member(NEW.site_id, new_kind, NEW.during, NEW.status, NEW.event_id, NEW.user_id, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`DROP TRIGGER bookings_reporting_rollup ON bookings`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER bookings_reporting_rollup
        AFTER INSERT OR DELETE OR UPDATE OF status, during, site_id, resource_id, event_id, user_id ON bookings
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION reporting_bookings_rollup()`);

    await db.query(`
      CREATE OR REPLACE FUNCTION reporting_resources_kind() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        booking record;
      BEGIN
        IF OLD.kind = NEW.kind THEN
          RETURN NULL;
        END IF;
        FOR booking IN
          SELECT site_id, during, status, event_id, user_id FROM bookings WHERE resource_id = NEW.id ORDER BY lower(during)
        LOOP
          PERFORM reporting_count_booking(booking.site_id, OLD.kind, booking.during, booking.status, booking.event_id, -1);
          PERFORM reporting_count_booking(booking.site_id, NEW.kind, booking.during, booking.status, booking.event_id, 1);
          PERFORM reporting_count_member(
            booking.site_id, OLD.kind, booking.during, booking.status, booking.event_id, booking.user_id, -1);
          PERFORM reporting_count_member(
            booking.site_id, NEW.kind, booking.during, booking.status, booking.event_id, booking.user_id, 1);
        END LOOP;
        RETURN NULL;
      END $$`);

    // Bookings made before this migration, in one statement. The month is that of the booking's local start
    // (what reporting_booking_share's day is), worked out in SQL rather than by a plpgsql call per booking
    // (over 20 minutes at ten million bookings).
    await db.query(`
      INSERT INTO reporting_site_month_members (month, site_id, kind, user_id, bookings)
      SELECT date_trunc('month', lower(b.during) AT TIME ZONE s.timezone)::date, b.site_id, r.kind, b.user_id, count(*)
      FROM bookings b JOIN resources r ON r.id = b.resource_id JOIN sites s ON s.id = b.site_id
      WHERE b.user_id IS NOT NULL AND b.event_id IS NULL AND b.status IN ('confirmed', 'checked_in')
      GROUP BY 1, 2, 3, 4`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER bookings_reporting_rollup ON bookings`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER bookings_reporting_rollup
        AFTER INSERT OR DELETE OR UPDATE OF status, during, site_id, resource_id, event_id ON bookings
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION reporting_bookings_rollup()`);
    await db.query(`DROP TABLE reporting_site_month_members`);
    // The functions' bodies of 1764410000000 are not restored: run that migration's down and up again.
    await db.query(`DROP FUNCTION reporting_count_member(uuid, text, tstzrange, text, uuid, uuid, integer)`);
  }
}
