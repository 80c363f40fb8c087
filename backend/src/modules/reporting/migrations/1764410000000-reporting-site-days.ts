import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportingSiteDays1764410000000 implements MigrationInterface {
  name = 'ReportingSiteDays1764410000000';

  async up(db: QueryRunner): Promise<void> {
    // Booked time per site, local day and resource kind, split at 13:00 local (the API's morning and
    // afternoon), so that occupancy over a month of the whole network reads a few hundred thousand small rows
    // instead of the bookings themselves. Per site and day rather than per resource: a per-resource table
    // would outgrow the bookings. Only counted bookings land here (confirmed and checked in, no-shows apart);
    // an event's room hold (event_id set) is an event, reported by the events report, not a booking.
    await db.query(`
      CREATE TABLE reporting_site_days (
        day date NOT NULL,
        site_id uuid NOT NULL,
        kind text NOT NULL,
        morning_minutes integer NOT NULL DEFAULT 0,
        afternoon_minutes integer NOT NULL DEFAULT 0,
        bookings integer NOT NULL DEFAULT 0,
        morning_bookings integer NOT NULL DEFAULT 0,
        afternoon_bookings integer NOT NULL DEFAULT 0,
        no_shows integer NOT NULL DEFAULT 0,
        morning_no_shows integer NOT NULL DEFAULT 0,
        afternoon_no_shows integer NOT NULL DEFAULT 0,
        CONSTRAINT reporting_site_days_pkey PRIMARY KEY (day, site_id, kind),
        CONSTRAINT reporting_site_days_site_id_fkey FOREIGN KEY (site_id) REFERENCES sites (id),
        CONSTRAINT reporting_site_days_counts_check CHECK (
          morning_minutes >= 0 AND afternoon_minutes >= 0 AND bookings >= 0 AND morning_bookings >= 0
          AND afternoon_bookings >= 0 AND no_shows >= 0 AND morning_no_shows >= 0 AND afternoon_no_shows >= 0)
      )`);
    // The network's figures read by day range (the primary key); one site's, by site then day.
    await db.query(`CREATE INDEX reporting_site_days_site_id_day_idx ON reporting_site_days (site_id, day)`);

    // A booking's share of its local day: the minutes of its overlap with the site's opening ranges of that
    // weekday, before and after 13:00 local (wall-clock minutes: on the 23- and 25-hour days of the DST
    // changes a site open 08:30–18:00 is still open 9.5 hours). A booking exists only on a day the site is
    // open (closures and holidays refuse or cancel bookings), so the weekday's ranges are the day's ranges.
    await db.query(`
      CREATE FUNCTION reporting_booking_share(
        p_site_id uuid, p_during tstzrange, OUT day date, OUT morning_minutes integer, OUT afternoon_minutes integer
      ) LANGUAGE plpgsql STABLE AS $$
      DECLARE
        zone text;
        week jsonb;
        local_start timestamp;
        local_end timestamp;
        noon timestamp;
        opening jsonb;
        open_start timestamp;
        open_end timestamp;
        overlap_start timestamp;
        overlap_end timestamp;
      BEGIN
        SELECT timezone, opening_hours INTO zone, week FROM sites WHERE id = p_site_id;
        local_start := lower(p_during) AT TIME ZONE zone;
        local_end := upper(p_during) AT TIME ZONE zone;
        day := local_start::date;
        noon := day + time '13:00';
        morning_minutes := 0;
        afternoon_minutes := 0;
        FOR opening IN
          SELECT value FROM jsonb_array_elements(
            week -> (ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])[extract(isodow FROM day)::integer])
        LOOP
          open_start := day + (opening ->> 0)::time;
          open_end := CASE WHEN opening ->> 1 = '24:00' THEN day + 1 ELSE day + (opening ->> 1)::time END;
          overlap_start := greatest(open_start, local_start);
          overlap_end := least(open_end, local_end);
          IF overlap_end > overlap_start THEN
            morning_minutes := morning_minutes
              + greatest(0, extract(epoch FROM least(overlap_end, noon) - overlap_start) / 60)::integer;
            afternoon_minutes := afternoon_minutes
              + greatest(0, extract(epoch FROM overlap_end - greatest(overlap_start, noon)) / 60)::integer;
          END IF;
        END LOOP;
      END $$`);

    // Adds (sign 1) or takes back (sign -1) one booking's share. The upsert, and the update, serialise
    // concurrent bookings of one site, day and kind on that row's lock until their transactions commit;
    // x = x + EXCLUDED.x never loses an update.
    await db.query(`
      CREATE FUNCTION reporting_count_booking(
        p_site_id uuid, p_kind text, p_during tstzrange, p_status text, p_event_id uuid, p_sign integer
      ) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        share record;
        counted boolean := p_status IN ('confirmed', 'checked_in');
        no_show boolean := p_status = 'no_show';
      BEGIN
        IF p_event_id IS NOT NULL OR NOT (counted OR no_show) THEN
          RETURN;
        END IF;
        share := reporting_booking_share(p_site_id, p_during);
        IF p_sign < 0 THEN
          -- Taking back: the row exists since the booking was added. (An upsert would check its proposed
          -- negative row against the CHECK before finding the conflict.)
          UPDATE reporting_site_days SET
            morning_minutes = morning_minutes - CASE WHEN counted THEN share.morning_minutes ELSE 0 END,
            afternoon_minutes = afternoon_minutes - CASE WHEN counted THEN share.afternoon_minutes ELSE 0 END,
            bookings = bookings - CASE WHEN counted THEN 1 ELSE 0 END,
            morning_bookings = morning_bookings - CASE WHEN counted AND share.morning_minutes > 0 THEN 1 ELSE 0 END,
            afternoon_bookings = afternoon_bookings
              - CASE WHEN counted AND share.afternoon_minutes > 0 THEN 1 ELSE 0 END,
            no_shows = no_shows - CASE WHEN no_show THEN 1 ELSE 0 END,
            morning_no_shows = morning_no_shows - CASE WHEN no_show AND share.morning_minutes > 0 THEN 1 ELSE 0 END,
            afternoon_no_shows = afternoon_no_shows
              - CASE WHEN no_show AND share.afternoon_minutes > 0 THEN 1 ELSE 0 END
          WHERE day = share.day AND site_id = p_site_id AND kind = p_kind;
          RETURN;
        END IF;
        INSERT INTO reporting_site_days AS d (
          day, site_id, kind, morning_minutes, afternoon_minutes, bookings, morning_bookings, afternoon_bookings,
          no_shows, morning_no_shows, afternoon_no_shows)
        VALUES (
          share.day, p_site_id, p_kind,
          CASE WHEN counted THEN share.morning_minutes ELSE 0 END,
          CASE WHEN counted THEN share.afternoon_minutes ELSE 0 END,
          CASE WHEN counted THEN 1 ELSE 0 END,
          CASE WHEN counted AND share.morning_minutes > 0 THEN 1 ELSE 0 END,
          CASE WHEN counted AND share.afternoon_minutes > 0 THEN 1 ELSE 0 END,
          CASE WHEN no_show THEN 1 ELSE 0 END,
          CASE WHEN no_show AND share.morning_minutes > 0 THEN 1 ELSE 0 END,
          CASE WHEN no_show AND share.afternoon_minutes > 0 THEN 1 ELSE 0 END)
        ON CONFLICT (day, site_id, kind) DO UPDATE SET
          morning_minutes = d.morning_minutes + EXCLUDED.morning_minutes,
          afternoon_minutes = d.afternoon_minutes + EXCLUDED.afternoon_minutes,
          bookings = d.bookings + EXCLUDED.bookings,
          morning_bookings = d.morning_bookings + EXCLUDED.morning_bookings,
          afternoon_bookings = d.afternoon_bookings + EXCLUDED.afternoon_bookings,
          no_shows = d.no_shows + EXCLUDED.no_shows,
          morning_no_shows = d.morning_no_shows + EXCLUDED.morning_no_shows,
          afternoon_no_shows = d.afternoon_no_shows + EXCLUDED.afternoon_no_shows;
      END $$`);

    // A trigger rather than calls from the booking module's services: it keeps the figures right whatever
    // writes a booking (a booking, a series, the waitlist, a closure's cancellations, a no-show, an erasure,
    // a hand-made fix in psql). A change that keeps a booking in the same column (confirmed → checked in)
    // touches nothing, so check-ins do not queue on the day's row.
    await db.query(`
      CREATE FUNCTION reporting_bookings_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_column text;
        new_column text;
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          old_column := CASE WHEN OLD.status IN ('confirmed', 'checked_in') THEN 'counted' ELSE OLD.status END;
          new_column := CASE WHEN NEW.status IN ('confirmed', 'checked_in') THEN 'counted' ELSE NEW.status END;
          IF old_column = new_column AND OLD.during = NEW.during AND OLD.site_id = NEW.site_id
             AND OLD.resource_id = NEW.resource_id AND OLD.event_id IS NOT DISTINCT FROM NEW.event_id THEN
            RETURN NULL;
          END IF;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM reporting_count_booking(
            OLD.site_id, (SELECT kind FROM resources WHERE id = OLD.resource_id), OLD.during, OLD.status, OLD.event_id, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM reporting_count_booking(
            NEW.site_id, (SELECT kind FROM resources WHERE id = NEW.resource_id), NEW.during, NEW.status, NEW.event_id, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER bookings_reporting_rollup
        AFTER INSERT OR DELETE OR UPDATE OF status, during, site_id, resource_id, event_id ON bookings
        FOR EACH ROW EXECUTE FUNCTION reporting_bookings_rollup()`);

    // A resource that changes kind (a desk made a phone booth) takes its bookings to the new kind's rows.
    await db.query(`
      CREATE FUNCTION reporting_resources_kind() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        booking record;
      BEGIN
        IF OLD.kind = NEW.kind THEN
          RETURN NULL;
        END IF;
        FOR booking IN
          SELECT site_id, during, status, event_id FROM bookings WHERE resource_id = NEW.id ORDER BY lower(during)
        LOOP
          PERFORM reporting_count_booking(booking.site_id, OLD.kind, booking.during, booking.status, booking.event_id, -1);
          PERFORM reporting_count_booking(booking.site_id, NEW.kind, booking.during, booking.status, booking.event_id, 1);
        END LOOP;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER resources_reporting_kind AFTER UPDATE OF kind ON resources
        FOR EACH ROW EXECUTE FUNCTION reporting_resources_kind()`);

    // Bookings made before this migration, in one statement: the arithmetic of reporting_booking_share and
    // reporting_count_booking in SQL (each booking's overlap with its site's opening ranges of its local
    // weekday, in wall-clock minutes before and after 13:00, each range rounded as the function rounds it),
    // rather than one plpgsql call and upsert per booking. The reporting bench checks this statement against
    // the function on a sample.
    await db.query(`
      INSERT INTO reporting_site_days (day, site_id, kind, morning_minutes, afternoon_minutes, bookings,
                                       morning_bookings, afternoon_bookings, no_shows, morning_no_shows,
                                       afternoon_no_shows)
      SELECT day, site_id, kind,
             coalesce(sum(morning) FILTER (WHERE counted), 0), coalesce(sum(afternoon) FILTER (WHERE counted), 0),
             count(*) FILTER (WHERE counted), count(*) FILTER (WHERE counted AND morning > 0),
             count(*) FILTER (WHERE counted AND afternoon > 0), count(*) FILTER (WHERE NOT counted),
             count(*) FILTER (WHERE NOT counted AND morning > 0), count(*) FILTER (WHERE NOT counted AND afternoon > 0)
      FROM (
        SELECT b.site_id, r.kind, l.day, b.status <> 'no_show' AS counted,
               coalesce(share.morning, 0) AS morning, coalesce(share.afternoon, 0) AS afternoon
        FROM bookings b
        JOIN resources r ON r.id = b.resource_id
        JOIN sites s ON s.id = b.site_id
        CROSS JOIN LATERAL (
          SELECT lower(b.during) AT TIME ZONE s.timezone AS local_start, upper(b.during) AT TIME ZONE s.timezone AS local_end,
                 (lower(b.during) AT TIME ZONE s.timezone)::date AS day
        ) AS l
        CROSS JOIN LATERAL (
          SELECT sum(greatest(0, extract(epoch FROM least(o.overlap_end, l.day + time '13:00') - o.overlap_start) / 60)::integer) AS morning,
                 sum(greatest(0, extract(epoch FROM o.overlap_end - greatest(o.overlap_start, l.day + time '13:00')) / 60)::integer) AS afternoon
          FROM (
            SELECT greatest(l.day + (opening ->> 0)::time, l.local_start) AS overlap_start,
                   least(CASE WHEN opening ->> 1 = '24:00' THEN l.day + 1 ELSE l.day + (opening ->> 1)::time END, l.local_end) AS overlap_end
            FROM jsonb_array_elements(
              s.opening_hours -> (ARRAY['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'])[extract(isodow FROM l.day)::integer]
            ) AS opening
          ) AS o
          WHERE o.overlap_end > o.overlap_start
        ) AS share
        WHERE b.event_id IS NULL AND b.status IN ('confirmed', 'checked_in', 'no_show')
      ) AS shares
      GROUP BY day, site_id, kind`);

    // Who came, per period: unique members and person-days read the period's counted bookings by their start
    // (a booking lies within one local day, so its start places it). INCLUDE lets those reports read the index
    // alone. Declared on the Booking entity with synchronize: false, as the other expression index is.
    await db.query(`
      CREATE INDEX bookings_reporting_idx ON bookings (lower(during))
        INCLUDE (site_id, user_id, resource_id, during, home_commune_code, organization_id)
        WHERE event_id IS NULL AND status IN ('confirmed', 'checked_in')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX bookings_reporting_idx`);
    await db.query(`DROP TRIGGER resources_reporting_kind ON resources`);
    await db.query(`DROP FUNCTION reporting_resources_kind()`);
    await db.query(`DROP TRIGGER bookings_reporting_rollup ON bookings`);
    await db.query(`DROP FUNCTION reporting_bookings_rollup()`);
    await db.query(`DROP FUNCTION reporting_count_booking(uuid, text, tstzrange, text, uuid, integer)`);
    await db.query(`DROP FUNCTION reporting_booking_share(uuid, tstzrange)`);
    await db.query(`DROP TABLE reporting_site_days`);
  }
}
