import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { frenchPublicHolidayOn } from './french-public-holidays';
import { OpeningHours, OpeningRange, weekdayKey } from './opening-hours';
import type { SiteStatus } from './site-amenities';
import type { SiteBookingSettings } from './site-booking-settings';
import { CLOSURE_COLUMNS, ClosureRow } from './site-records';
import { isUuid } from './site-slug';

/** What the booking module needs to know of a site to place a booking in its local time. */
export interface SiteSchedule {
  id: string;
  status: SiteStatus;
  timezone: string;
  openingHours: OpeningHours;
  /** Public holidays (`YYYY-MM-DD`) the site opens on anyway. */
  openOnPublicHolidays: string[];
}

/** Why a site is closed on a day its week would open it. */
export type ClosedBecause = { kind: 'closure'; reason: string | null } | { kind: 'public_holiday'; name: string };

/**
 * The local opening ranges of one date (`YYYY-MM-DD` in the site's zone): the week's ranges for that
 * weekday, none on a closure, none on a public holiday the site did not choose to open on.
 */
export function openingRangesOn(
  schedule: SiteSchedule,
  date: string,
  closure: { reason: string | null } | undefined,
): { ranges: OpeningRange[]; closedBecause?: ClosedBecause } {
  if (closure) return { ranges: [], closedBecause: { kind: 'closure', reason: closure.reason } };
  const holiday = frenchPublicHolidayOn(date);
  if (holiday && !schedule.openOnPublicHolidays.includes(date)) {
    return { ranges: [], closedBecause: { kind: 'public_holiday', name: holiday.name } };
  }
  const weekday = DateTime.fromISO(date, { zone: schedule.timezone }).weekday;
  return { ranges: schedule.openingHours[weekdayKey(weekday)] };
}

/** The pool, or the caller's transaction. */
type Queryable = Pick<EntityManager, 'query'>;

/**
 * A site's opening in time, exported for the booking module (it never reads the sites tables).
 *
 * Each lookup takes the caller's transaction when it holds one (`db`): a caller that holds a pooled
 * connection in a transaction and asks the pool for a second one can, with enough callers at once, leave
 * every connection waiting for another and the API hung.
 */
@Injectable()
export class SiteCalendar {
  constructor(private readonly dataSource: DataSource) {}

  async findSchedule(siteId: string, db: Queryable = this.dataSource): Promise<SiteSchedule | undefined> {
    if (!isUuid(siteId)) return undefined;
    const [row] = await db.query(
      `SELECT id, status, timezone, opening_hours, open_on_public_holidays::text[] AS open_on_public_holidays
       FROM sites WHERE id = $1`,
      [siteId],
    );
    return row
      ? {
          id: row.id,
          status: row.status,
          timezone: row.timezone,
          openingHours: row.opening_hours,
          openOnPublicHolidays: row.open_on_public_holidays,
        }
      : undefined;
  }

  /** The closure recorded for that local date, if any. */
  async closureOn(siteId: string, date: string, db: Queryable = this.dataSource): Promise<ClosureRow | undefined> {
    if (!isUuid(siteId)) return undefined;
    const [row]: ClosureRow[] = await db.query(
      `SELECT ${CLOSURE_COLUMNS} FROM site_closures WHERE site_id = $1 AND date = $2::date`,
      [siteId, date],
    );
    return row;
  }

  /** The local ranges the site is open on that date; empty when closed (and why). Undefined for no such site. */
  async openingOn(
    siteId: string,
    date: string,
    db: Queryable = this.dataSource,
  ): Promise<{ ranges: OpeningRange[]; closedBecause?: ClosedBecause } | undefined> {
    const schedule = await this.findSchedule(siteId, db);
    if (!schedule) return undefined;
    return openingRangesOn(schedule, date, await this.closureOn(siteId, date, db));
  }

  /** How the site runs its bookings (cancellation cut-off, check-in, release time). Undefined for no such site. */
  async bookingSettings(siteId: string, db: Queryable = this.dataSource): Promise<SiteBookingSettings | undefined> {
    if (!isUuid(siteId)) return undefined;
    const [row] = await db.query(
      `SELECT id, name, timezone, cancellation_cutoff, check_in_required, no_show_release_time FROM sites WHERE id = $1`,
      [siteId],
    );
    return row
      ? {
          siteId: row.id,
          name: row.name,
          timezone: row.timezone,
          cancellationCutoff: row.cancellation_cutoff,
          checkInRequired: row.check_in_required,
          noShowReleaseTime: row.no_show_release_time,
        }
      : undefined;
  }

  async isOpenOn(siteId: string, date: string): Promise<boolean> {
    return ((await this.openingOn(siteId, date))?.ranges.length ?? 0) > 0;
  }
}
