import { MigrationInterface, QueryRunner } from 'typeorm';

/** Serialises a site's recount with the bookings' rollup writes at that site (see below). */
const SITE_LOCK = `hashtextextended('reporting-site:' || p_site_id::text, 0)`;

export class ReportingFollowsSiteHours1764413000000 implements MigrationInterface {
  name = 'ReportingFollowsSiteHours1764413000000';

  async up(db: QueryRunner): Promise<void> {
    // A booking's share of its day is its overlap with the site's opening hours as they are when it is
    // counted, and it is taken back with the hours as they are when it is cancelled. Between the two a host
    // may change the hours: a full day booked across a lunch break (8 h 30) taken back once the break is gone
    // (9 h 30) would leave the day's row below zero, and the CHECK would refuse the member's cancellation.
    // So a change of a site's hours or zone recounts that site's rows from its bookings, with the new hours,
    // as the capacity is read with them too (the sites module keeps no history of opening hours).
    //
    // The recount must not interleave with a booking's rollup write at the same site: a booking committing
    // while the recount reads could be counted twice or not at all. Each rollup write takes the site's
    // advisory lock in shared mode (bookings never wait for one another on it), the recount takes it alone.
    await db.query(`
      CREATE FUNCTION reporting_lock_site(p_site_id uuid, p_alone boolean) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF p_alone THEN
          PERFORM pg_advisory_xact_lock(${SITE_LOCK});
        ELSE
          PERFORM pg_advisory_xact_lock_shared(${SITE_LOCK});
        END IF;
      END $$`);

    await db.query(`
      CREATE FUNCTION reporting_recount_site(p_site_id uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_lock_site(p_site_id, true);
        DELETE FROM reporting_site_days WHERE site_id = p_site_id;
        DELETE FROM reporting_site_month_members WHERE site_id = p_site_id;
        INSERT INTO reporting_site_days (
          day, site_id, kind, morning_minutes, afternoon_minutes, bookings, morning_bookings, afternoon_bookings,
          no_shows, morning_no_shows, afternoon_no_shows)
        SELECT share.day, b.site_id, r.kind,
               coalesce(sum(share.morning_minutes) FILTER (WHERE b.status <> 'no_show'), 0),
               coalesce(sum(share.afternoon_minutes) FILTER (WHERE b.status <> 'no_show'), 0),
               count(*) FILTER (WHERE b.status <> 'no_show'),
               count(*) FILTER (WHERE b.status <> 'no_show' AND share.morning_minutes > 0),
               count(*) FILTER (WHERE b.status <> 'no_show' AND share.afternoon_minutes > 0),
               count(*) FILTER (WHERE b.status = 'no_show'),
               count(*) FILTER (WHERE b.status = 'no_show' AND share.morning_minutes > 0),
               count(*) FILTER (WHERE b.status = 'no_show' AND share.afternoon_minutes > 0)
        FROM bookings b JOIN resources r ON r.id = b.resource_id
        CROSS JOIN LATERAL reporting_booking_share(b.site_id, b.during) share
        WHERE b.site_id = p_site_id AND b.event_id IS NULL AND b.status IN ('confirmed', 'checked_in', 'no_show')
        GROUP BY 1, 2, 3;
        INSERT INTO reporting_site_month_members (month, site_id, kind, user_id, bookings)
        SELECT date_trunc('month', (reporting_booking_share(b.site_id, b.during)).day)::date, b.site_id, r.kind,
               b.user_id, count(*)
        FROM bookings b JOIN resources r ON r.id = b.resource_id
        WHERE b.site_id = p_site_id AND b.user_id IS NOT NULL AND b.event_id IS NULL
          AND b.status IN ('confirmed', 'checked_in')
        GROUP BY 1, 2, 3, 4;
      END $$`);

    await db.query(`
      CREATE FUNCTION reporting_sites_hours() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_recount_site(NEW.id);
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE TRIGGER sites_reporting_hours AFTER UPDATE OF opening_hours, timezone ON sites
        FOR EACH ROW
        WHEN (OLD.opening_hours IS DISTINCT FROM NEW.opening_hours OR OLD.timezone IS DISTINCT FROM NEW.timezone)
        EXECUTE FUNCTION reporting_sites_hours()`);

    // The rollup writes of bookings, and of a resource's change of kind, take the site's lock in shared mode
    // first: triggers of their own, fired before the rollup's (triggers on one event fire in the order of
    // their names; the booking's is deferred to the commit like the rollup's).
    await db.query(`
      CREATE FUNCTION reporting_bookings_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          PERFORM reporting_lock_site(OLD.site_id, false);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM reporting_lock_site(NEW.site_id, false);
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER bookings_reporting_lock
        AFTER INSERT OR DELETE OR UPDATE OF status, during, site_id, resource_id, event_id, user_id ON bookings
        DEFERRABLE INITIALLY DEFERRED
        FOR EACH ROW EXECUTE FUNCTION reporting_bookings_lock()`);
    await db.query(`
      CREATE FUNCTION reporting_resources_lock() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM reporting_lock_site(NEW.site_id, false);
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER resources_reporting_lock BEFORE UPDATE OF kind ON resources
        FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind) EXECUTE FUNCTION reporting_resources_lock()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER resources_reporting_lock ON resources`);
    await db.query(`DROP FUNCTION reporting_resources_lock()`);
    await db.query(`DROP TRIGGER bookings_reporting_lock ON bookings`);
    await db.query(`DROP FUNCTION reporting_bookings_lock()`);
    await db.query(`DROP TRIGGER sites_reporting_hours ON sites`);
    await db.query(`DROP FUNCTION reporting_sites_hours()`);
    await db.query(`DROP FUNCTION reporting_recount_site(uuid)`);
    await db.query(`DROP FUNCTION reporting_lock_site(uuid, boolean)`);
  }
}
