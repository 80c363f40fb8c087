import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, InvalidInput } from '../../common/problem/domain-error';
import type { OpeningHours } from '../sites/opening-hours';
import { openingRangesOn } from '../sites/site-calendar';
import { siteInstant } from '../sites/site-time';
import { customWindow, parseInputInstant, slotWindow, type Window } from './booking-slots';
import type { AvailabilityItem, AvailabilityPage, AvailabilityQuery, FreeResourceView } from './dto/booking.dto';

interface SiteRow {
  id: string;
  name: string;
  slug: string;
  timezone: string;
  opening_hours: OpeningHours;
  open_on_public_holidays: string[];
  closure_reason: string | null;
  closed: boolean;
}

/**
 * What is free where, for the public search. Reads the published sites and their resources directly (a
 * documented exception: one query over sites, closures, resources and bookings instead of one call per site).
 */
@Injectable()
export class AvailabilityService {
  constructor(private readonly dataSource: DataSource) {}

  async search(query: AvailabilityQuery): Promise<AvailabilityPage> {
    const bySlot = Boolean(query.date && query.slot);
    if (!bySlot && !(query.start && query.end)) {
      throw new InvalidInput([{ field: 'date', message: 'date and slot, or start and end, must be given' }]);
    }
    const sites: SiteRow[] = await this.dataSource.query(
      `SELECT s.id, s.name, s.slug, s.timezone, s.opening_hours,
              s.open_on_public_holidays::text[] AS open_on_public_holidays,
              c.reason AS closure_reason, c.id IS NOT NULL AS closed
       FROM sites s
       LEFT JOIN site_closures c ON c.site_id = s.id
         AND c.date = coalesce($1::date, (($2::timestamptz) AT TIME ZONE s.timezone)::date)
       WHERE s.status = 'published'
         AND ($3::uuid IS NULL OR s.id = $3) AND ($4::text IS NULL OR s.commune_code = $4)
         AND ($5::text IS NULL OR s.epci_code = $5)
       ORDER BY s.name, s.id`,
      [
        bySlot ? query.date : null,
        bySlot ? null : this.instantOrInvalid(query.start!, 'start'),
        query.siteId ?? null,
        query.communeCode ?? null,
        query.epciCode ?? null,
      ],
    );
    const open: { site: SiteRow; window: Window }[] = [];
    for (const site of sites) {
      const window = this.windowAt(site, query);
      if (window) open.push({ site, window });
    }
    const free: (FreeResourceView & { site_id: string })[] = open.length
      ? await this.dataSource.query(
          `SELECT r.id, r.name, r.kind, r.site_id FROM resources r
           JOIN unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS w(site_id, s, e) ON w.site_id = r.site_id
           WHERE r.active AND ($4::text IS NULL OR r.kind = $4)
             AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.resource_id = r.id
               AND b.status IN ('confirmed', 'checked_in') AND b.during && tstzrange(w.s, w.e, '[)'))
           ORDER BY r.name, r.id`,
          [
            open.map((o) => o.site.id),
            open.map((o) => o.window.start.toJSDate()),
            open.map((o) => o.window.end.toJSDate()),
            query.kind ?? null,
          ],
        )
      : [];
    const items: AvailabilityItem[] = open.map(({ site, window }) => {
      const resources = free.filter((r) => r.site_id === site.id).map(({ id, name, kind }) => ({ id, name, kind }));
      return {
        site: { id: site.id, name: site.name, slug: site.slug },
        free: resources,
        freeCount: resources.length,
        start: siteInstant(window.start.toJSDate(), site.timezone),
        end: siteInstant(window.end.toJSDate(), site.timezone),
      };
    });
    return { items: items.slice(query.offset, query.offset + query.limit), total: items.length };
  }

  /** The site's window for the query, or undefined when the site is not open then. */
  private windowAt(site: SiteRow, query: AvailabilityQuery): Window | undefined {
    const schedule = {
      id: site.id,
      status: 'published' as const,
      timezone: site.timezone,
      openingHours: site.opening_hours,
      openOnPublicHolidays: site.open_on_public_holidays,
    };
    const closure = site.closed ? { reason: site.closure_reason } : undefined;
    try {
      if (query.date && query.slot) {
        return slotWindow(openingRangesOn(schedule, query.date, closure), query.date, query.slot, site.timezone);
      }
      const start = parseInputInstant(query.start!, site.timezone)!;
      const end = parseInputInstant(query.end!, site.timezone);
      if (!end) throw new InvalidInput([{ field: 'end', message: 'end must be an ISO 8601 date and time' }]);
      const opening = openingRangesOn(schedule, start.toISODate()!, closure);
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
