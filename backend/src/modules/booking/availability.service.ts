import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { DomainError, InvalidInput } from '../../common/problem/domain-error';
import { OpeningHours, OpeningRange, Weekday, weekdayKey, WEEKDAYS } from '../sites/opening-hours';
import { openingRangesOn, type SiteSchedule } from '../sites/site-calendar';
import { siteInstant } from '../sites/site-time';
import { customWindow, parseInputInstant, slotWindow, type Window } from './booking-slots';
import type { AvailabilityItem, AvailabilityPage, AvailabilityQuery, FreeResourceView } from './dto/booking.dto';

/**
 * The published sites that match the query's filters and have opening hours on their local date, without a
 * closure then: `$1` is the asked date, or `$2` the asked start (then the local date is each site's own, and
 * so is its weekday); `$6` is the asked date's weekday key. What a site's day is like (`ranges`,
 * `opens_on_holiday`, with its zone and local date) is all that decides whether it is open then.
 */
function candidateSites(join = ''): string {
  return `
  FROM sites s
  CROSS JOIN LATERAL (SELECT coalesce($1::date, (($2::timestamptz) AT TIME ZONE s.timezone)::date) AS local_date) AS d
  CROSS JOIN LATERAL (SELECT coalesce($6::text, to_char(d.local_date, 'dy')) AS weekday) AS w
  CROSS JOIN LATERAL (
    SELECT s.opening_hours -> w.weekday AS ranges, d.local_date = ANY (s.open_on_public_holidays) AS opens_on_holiday
  ) AS k
  ${join}
  WHERE s.status = 'published'
    AND ($3::uuid IS NULL OR s.id = $3) AND ($4::text IS NULL OR s.commune_code = $4)
    AND ($5::text IS NULL OR s.epci_code = $5)
    AND jsonb_array_length(k.ranges) > 0
    AND NOT EXISTS (SELECT 1 FROM site_closures c WHERE c.site_id = s.id AND c.date = d.local_date)`;
}

/**
 * The window of the site's kind of day when it is one of the open ones (`$7` to `$10`, windows `$11`, `$12`),
 * no row otherwise. A lateral subquery with a LIMIT stays a loop over the sites, so the page is read in the
 * order of the published-sites-by-name index and stops once full, instead of sorting every open site.
 */
const OPEN_KIND_WINDOW = `
  CROSS JOIN LATERAL (
    SELECT o.s, o.e
    FROM unnest($7::text[], $8::date[], $9::jsonb[], $10::boolean[], $11::timestamptz[], $12::timestamptz[])
      AS o(timezone, local_date, ranges, opens_on_holiday, s, e)
    WHERE o.timezone = s.timezone AND o.local_date = d.local_date AND o.ranges = k.ranges
      AND o.opens_on_holiday = k.opens_on_holiday
    LIMIT 1
  ) AS o`;

/**
 * The free resources of a page's site, as a JSON list: active, of the asked kind (`$15`), with no active
 * booking overlapping the site's window. Active bookings of one resource never overlap (the exclusion
 * constraint), so ordered by their end they are also ordered by their start: the first one ending after the
 * window starts is the only one that can overlap it. Each resource costs one step down the
 * (resource_id, upper(during)) index, however long its history and however far ahead it is booked.
 */
const FREE_RESOURCES = `
  SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'kind', r.kind) ORDER BY r.name, r.id)
  FROM resources r
  WHERE r.site_id = page.id AND r.active AND ($15::text IS NULL OR r.kind = $15)
    AND NOT EXISTS (
      SELECT 1 FROM (
        SELECT b.during FROM bookings b
        WHERE b.resource_id = r.id AND b.status IN ('confirmed', 'checked_in') AND upper(b.during) > page.start
        ORDER BY upper(b.during) LIMIT 1
      ) AS next_booking
      WHERE lower(next_booking.during) < page."end")`;

/** One kind of day among the candidate sites, and how many sites have it. */
interface DayKindRow {
  timezone: string;
  local_date: string;
  weekday: Weekday;
  ranges: OpeningRange[];
  opens_on_holiday: boolean;
  sites: number;
}

interface PageSiteRow {
  id: string;
  name: string;
  slug: string;
  timezone: string;
  start: Date;
  end: Date;
  free: FreeResourceView[];
}

const CLOSED_WEEK = Object.fromEntries(WEEKDAYS.map((day) => [day, []])) as unknown as OpeningHours;

/**
 * What is free where, for the public search. Reads the published sites and their resources directly (a
 * documented exception: a few queries over sites, closures, resources and bookings instead of one call per
 * site).
 *
 * Across a national network (3,500 sites, 50,000 desks) only the page is worth the resource search, and
 * sites share a handful of kinds of day. So: the kinds of day among the candidate sites, each turned into a
 * window (or none: no morning that day, a holiday) in the site's zone with the booking rules; then the page of
 * sites whose kind of day is open, by name, with the free resources of that page's sites alone.
 * `bench/availability.mjs` measures it (docs/performance.md).
 */
@Injectable()
export class AvailabilityService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: AvailabilityQuery): Promise<AvailabilityPage> {
    const bySlot = Boolean(query.date && query.slot);
    if (!bySlot && !(query.start && query.end)) {
      throw new InvalidInput([{ field: 'date', message: 'date and slot, or start and end, must be given' }]);
    }
    const filters = [
      bySlot ? query.date : null,
      bySlot ? null : this.instantOrInvalid(query.start!, 'start'),
      query.siteId ?? null,
      query.communeCode ?? null,
      query.epciCode ?? null,
      // A date's weekday is the same in every zone; a start's depends on the site's.
      bySlot ? weekdayKey(DateTime.fromISO(query.date!, { zone: 'UTC' }).weekday) : null,
    ];
    const kinds: DayKindRow[] = await this.dataSource.query(
      `SELECT s.timezone, d.local_date::text AS local_date, w.weekday, k.ranges, k.opens_on_holiday,
              count(*)::int AS sites
       ${candidateSites()}
       GROUP BY s.timezone, d.local_date, w.weekday, k.ranges, k.opens_on_holiday`,
      filters,
    );
    const open = kinds.flatMap((kind) => {
      const window = this.windowAt(kind, query);
      return window ? [{ ...kind, window }] : [];
    });
    const total = open.reduce((sum, kind) => sum + kind.sites, 0);
    if (query.offset >= total) return { items: [], total };

    const page: PageSiteRow[] = await this.dataSource.query(
      `WITH page AS (
         SELECT s.id, s.name, s.slug, s.timezone, o.s AS start, o.e AS "end"
         ${candidateSites(OPEN_KIND_WINDOW)}
         ORDER BY s.name, s.id
         LIMIT $13 OFFSET $14
       )
       SELECT page.*, coalesce((${FREE_RESOURCES}), '[]') AS free
       FROM page
       ORDER BY page.name, page.id`,
      [
        ...filters,
        open.map((kind) => kind.timezone),
        open.map((kind) => kind.local_date),
        open.map((kind) => JSON.stringify(kind.ranges)),
        open.map((kind) => kind.opens_on_holiday),
        open.map((kind) => kind.window.start.toJSDate()),
        open.map((kind) => kind.window.end.toJSDate()),
        query.limit,
        query.offset,
        query.kind ?? null,
      ],
    );
    // The page's sites share a few windows; writing an instant in a zone is the costly part of the answer.
    const written = new Map<string, string>();
    const local = (instant: Date, zone: string): string => {
      const key = `${zone} ${instant.getTime()}`;
      if (!written.has(key)) written.set(key, siteInstant(instant, zone));
      return written.get(key)!;
    };
    const items: AvailabilityItem[] = page.map((site) => {
      return {
        site: { id: site.id, name: site.name, slug: site.slug },
        free: site.free,
        freeCount: site.free.length,
        start: local(site.start, site.timezone),
        end: local(site.end, site.timezone),
      };
    });
    return { items, total };
  }

  /** The window of a kind of day for the query, or undefined when such a site is not open then. */
  private windowAt(kind: DayKindRow, query: AvailabilityQuery): Window | undefined {
    // Only the asked day's ranges were read: the rest of the week plays no part.
    const schedule: SiteSchedule = {
      id: `${kind.timezone} ${kind.local_date}`,
      status: 'published',
      timezone: kind.timezone,
      openingHours: { ...CLOSED_WEEK, [kind.weekday]: kind.ranges },
      openOnPublicHolidays: kind.opens_on_holiday ? [kind.local_date] : [],
    };
    try {
      if (query.date && query.slot) {
        return slotWindow(openingRangesOn(schedule, query.date, undefined), query.date, query.slot, kind.timezone);
      }
      const start = parseInputInstant(query.start!, kind.timezone)!;
      const end = parseInputInstant(query.end!, kind.timezone);
      if (!end) throw new InvalidInput([{ field: 'end', message: 'end must be an ISO 8601 date and time' }]);
      const opening = openingRangesOn(schedule, start.toISODate()!, undefined);
      return customWindow(opening, start, end, kind.timezone);
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
