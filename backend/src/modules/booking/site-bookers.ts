import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** A booking as a site's hosts list it. */
export interface HeldPlace {
  id: string;
  start: Date;
  end: Date;
  resourceName: string;
  /** Null for an event's room hold, or once the member erased their account. */
  userId: string | null;
  eventId: string | null;
}

/**
 * Who booked where, for modules that address a site's people (the community module's announcements) or
 * suggest sites to a member: they ask here instead of reading `bookings`. Cancelled bookings do not count
 * (the member changed their mind); no-shows do (they booked there); an event's room hold has no member.
 */
@Injectable()
export class SiteBookers {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The members with a booking at the site that ends after `since`: past ones within the window, the ones
   * under way and the ones to come. Erased accounts are gone from the bookings, so from the answer.
   */
  async memberIds(manager: EntityManager, siteId: string, since: Date): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT DISTINCT user_id FROM bookings
       WHERE site_id = $1 AND user_id IS NOT NULL AND status <> 'cancelled' AND upper(during) > $2
       ORDER BY user_id`,
      [siteId, since],
    );
    return rows.map((row) => row.user_id);
  }

  /**
   * The bookings holding a place at the site between `from` and `to` (confirmed or checked in), by start
   * then resource, for the hosts' sheet of a day. An event's room hold has `eventId` and no member.
   */
  async holdingBetween(siteId: string, from: Date, to: Date): Promise<HeldPlace[]> {
    return this.dataSource.query(
      `SELECT b.id, lower(b.during) AS start, upper(b.during) AS "end", r.name AS "resourceName",
              b.user_id AS "userId", b.event_id AS "eventId"
       FROM bookings b JOIN resources r ON r.id = b.resource_id
       WHERE b.site_id = $1 AND b.status IN ('confirmed', 'checked_in') AND b.during && tstzrange($2, $3, '[)')
       ORDER BY lower(b.during), r.name, b.id`,
      [siteId, from, to],
    );
  }

  /** The sites where the member booked (same rule) since `since`, most booked first. */
  async sitesOf(userId: string, since: Date): Promise<string[]> {
    const rows: { site_id: string }[] = await this.dataSource.query(
      `SELECT site_id FROM bookings
       WHERE user_id = $1 AND status <> 'cancelled' AND upper(during) > $2
       GROUP BY site_id ORDER BY count(*) DESC, site_id`,
      [userId, since],
    );
    return rows.map((row) => row.site_id);
  }
}
