import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

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
