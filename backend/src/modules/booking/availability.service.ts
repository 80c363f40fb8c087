import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, InvalidInput } from '../../common/problem/domain-error';
import { OpeningHours, OpeningRange, Weekday, WEEKDAYS } from '../sites/opening-hours';
import { openingRangesOn, type SiteSchedule } from '../sites/site-calendar';
import { siteInstant } from '../sites/site-time';
import { customWindow, parseInputInstant, slotWindow, type Window } from './booking-slots';
import type { AvailabilityItem, AvailabilityPage, AvailabilityQuery, FreeResourceView } from './dto/booking.dto';

/** A published site that has opening hours on the asked local date and no closure then. */
interface CandidateSiteRow {
  id: string;
  name: string;
  slug: string;
  timezone: string;
  local_date: string;
  weekday: Weekday;
  ranges: OpeningRange[];
  opens_on_holiday: boolean;
}

type FreeResourceRow = FreeResourceView & { site_id: string };

const CLOSED_WEEK = Object.fromEntries(WEEKDAYS.map((day) => [day, []])) as unknown as OpeningHours;

/**
 * What is free where, for the public search. Reads the published sites and their resources directly (a
 * documented exception: one query over sites and closures, one over the page's resources and bookings,
 * instead of one call per site).
 *
 * Across a national network (3,500 sites, 50,000 desks) only the page is worth the resource search: the
 * sites that are open then are found first (the total counts them), and free resources are looked up for the
 * page's sites alone. Sites share a few kinds of day, so each distinct day is turned into a window once per
 * request (bench/availability.mjs measures it).
 */
@Injectable()
export class AvailabilityService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: AvailabilityQuery): Promise<AvailabilityPage> {
    const bySlot = Boolean(query.date && query.slot);
    if (!bySlot && !(query.start && query.end)) {
      throw new InvalidInput([{ field: 'date', message: 'date and slot, or start and end, must be given' }]);
    }
    // The local date is each site's own (for start/end it depends on the site's zone); to_char(…, 'dy') is
    // the English weekday key of the opening week, whatever the server's locale.
    const candidates: CandidateSiteRow[] = await this.dataSource.query(
      `SELECT s.id, s.name, s.slug, s.timezone, d.local_date::text AS local_date,
              to_char(d.local_date, 'dy') AS weekday, s.opening_hours -> to_char(d.local_date, 'dy') AS ranges,
              d.local_date = ANY (s.open_on_public_holidays) AS opens_on_holiday
       FROM sites s
       CROSS JOIN LATERAL (
         SELECT coalesce($1::date, (($2::timestamptz) AT TIME ZONE s.timezone)::date) AS local_date
       ) AS d
       WHERE s.status = 'published'
         AND ($3::uuid IS NULL OR s.id = $3) AND ($4::text IS NULL OR s.commune_code = $4)
         AND ($5::text IS NULL OR s.epci_code = $5)
         AND jsonb_array_length(s.opening_hours -> to_char(d.local_date, 'dy')) > 0
         AND NOT EXISTS (SELECT 1 FROM site_closures c WHERE c.site_id = s.id AND c.date = d.local_date)
       ORDER BY s.name, s.id`,
      [
        bySlot ? query.date : null,
        bySlot ? null : this.instantOrInvalid(query.start!, 'start'),
        query.siteId ?? null,
        query.communeCode ?? null,
        query.epciCode ?? null,
      ],
    );
    const windows = new Map<string, Window | undefined>();
    const open: { site: CandidateSiteRow; window: Window }[] = [];
    for (const site of candidates) {
      const day = `${site.timezone} ${site.local_date} ${site.opens_on_holiday} ${JSON.stringify(site.ranges)}`;
      if (!windows.has(day)) windows.set(day, this.windowAt(site, query));
      const window = windows.get(day);
      if (window) open.push({ site, window });
    }
    const page = open.slice(query.offset, query.offset + query.limit);
    const free = await this.freeResources(page, query);
    const freeBySite = new Map<string, FreeResourceView[]>();
    for (const { id, name, kind, site_id } of free) {
      const list = freeBySite.get(site_id) ?? [];
      list.push({ id, name, kind });
      freeBySite.set(site_id, list);
    }
    const items: AvailabilityItem[] = page.map(({ site, window }) => {
      const resources = freeBySite.get(site.id) ?? [];
      return {
        site: { id: site.id, name: site.name, slug: site.slug },
        free: resources,
        freeCount: resources.length,
        start: siteInstant(window.start.toJSDate(), site.timezone),
        end: siteInstant(window.end.toJSDate(), site.timezone),
      };
    });
    return { items, total: open.length };
  }

  /**
   * The active resources of the page's sites with no active booking overlapping the site's window. Active
   * bookings of one resource never overlap (the exclusion constraint), so ordered by their end they are
   * also ordered by their start: the first one ending after the window starts is the only one that can
   * overlap it. Each resource costs one step down the (resource_id, upper(during)) index, however long its
   * history and however far ahead it is booked.
   */
  private freeResources(
    page: { site: CandidateSiteRow; window: Window }[],
    query: AvailabilityQuery,
  ): Promise<FreeResourceRow[]> {
    if (!page.length) return Promise.resolve([]);
    return this.dataSource.query(
      `SELECT r.id, r.name, r.kind, r.site_id FROM resources r
       JOIN unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS w(site_id, s, e) ON w.site_id = r.site_id
       WHERE r.site_id = ANY ($1::uuid[]) AND r.active AND ($4::text IS NULL OR r.kind = $4)
         AND NOT EXISTS (
           SELECT 1 FROM (
             SELECT b.during FROM bookings b
             WHERE b.resource_id = r.id AND b.status IN ('confirmed', 'checked_in') AND upper(b.during) > w.s
             ORDER BY upper(b.during) LIMIT 1
           ) AS next_booking
           WHERE lower(next_booking.during) < w.e)
       ORDER BY r.name, r.id`,
      [
        page.map((o) => o.site.id),
        page.map((o) => o.window.start.toJSDate()),
        page.map((o) => o.window.end.toJSDate()),
        query.kind ?? null,
      ],
    );
  }

  /** The site's window for the query, or undefined when the site is not open then. */
  private windowAt(site: CandidateSiteRow, query: AvailabilityQuery): Window | undefined {
    // The candidate query read only the asked day's ranges: the rest of the week plays no part.
    const schedule: SiteSchedule = {
      id: site.id,
      status: 'published',
      timezone: site.timezone,
      openingHours: { ...CLOSED_WEEK, [site.weekday]: site.ranges },
      openOnPublicHolidays: site.opens_on_holiday ? [site.local_date] : [],
    };
    try {
      if (query.date && query.slot) {
        return slotWindow(openingRangesOn(schedule, query.date, undefined), query.date, query.slot, site.timezone);
      }
      const start = parseInputInstant(query.start!, site.timezone)!;
      const end = parseInputInstant(query.end!, site.timezone);
      if (!end) throw new InvalidInput([{ field: 'end', message: 'end must be an ISO 8601 date and time' }]);
      const opening = openingRangesOn(schedule, start.toISODate()!, undefined);
      return customWindow(opening, start, end, site.timezone);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'rule') return undefined;
      throw error;
    }
  }

  private instantOrInvalid(value: string, field: string): Date {
    const instant = parseInputInstant(value, 'Europe/Paris');
    if (!instant) throw new InvalidInput([{ field, message: `${field} must be an ISO 8601 date and time` }]);
    return instant.toJSDate();
  }
}
