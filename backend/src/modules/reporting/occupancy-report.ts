import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { CapacitySite, capacityByGroup } from './occupancy-capacity';
import type { OccupancyQuery } from './dto/report.dto';
import {
  dimensionLabel,
  joinKey,
  joinLabel,
  KEY_SEPARATOR,
  OCCUPANCY_DIMENSIONS,
  OccupancyDimension,
  parseGroupBy,
} from './report-dimensions';
import { checkPeriod, periodInstants, ReportPeriod, reportDays } from './report-period';
import { ReportScope, ScopedSite, siteNames } from './report-scope';
import {
  BOOKING_AFTERNOON,
  BOOKING_LOCAL_DAY,
  BOOKING_MORNING,
  COUNTED_BOOKINGS,
  groupPositions,
  keySelect,
  rowKey,
} from './report-sql';

export interface OccupancyFilter {
  siteId?: string;
  epciCode?: string;
  kind?: string;
}

export const OCCUPANCY_COLUMNS = [
  'key',
  'label',
  'capacityHours',
  'bookedHours',
  'occupancyRate',
  'bookings',
  'uniqueMembers',
  'noShows',
] as const;

/** The period's figures over every group. */
export type OccupancyTotals = Omit<OccupancyRow, 'key' | 'label'>;

export interface OccupancyRow {
  key: string;
  label: string;
  capacityHours: number;
  bookedHours: number;
  /** bookedHours / capacityHours, to four decimals; null where there is no capacity. */
  occupancyRate: number | null;
  bookings: number;
  uniqueMembers: number;
  noShows: number;
}

interface Figures {
  capacityMinutes: number;
  bookedMinutes: number;
  bookings: number;
  noShows: number;
  uniqueMembers: number;
}

const HALF_DAYS = `CROSS JOIN LATERAL (VALUES
  ('morning', f.morning_minutes, f.morning_bookings, f.morning_no_shows),
  ('afternoon', f.afternoon_minutes, f.afternoon_bookings, f.afternoon_no_shows)) h(half, minutes, bookings, no_shows)`;
const WHOLE_DAYS = `CROSS JOIN LATERAL (VALUES
  ('', f.morning_minutes + f.afternoon_minutes, f.bookings, f.no_shows)) h(half, minutes, bookings, no_shows)`;

export function hours(minutes: number): number {
  return Math.round((minutes / 60) * 100) / 100;
}

export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 10_000) / 10_000 : null;
}

/**
 * Occupancy: capacity from the sites' calendars (TypeScript, `capacityByGroup`), booked time from the daily
 * rollup the bookings' trigger keeps (`reporting_site_days`), unique members from the period's bookings
 * (distinct people cannot be added up across days, so they are counted over the bookings themselves, through
 * the reporting index).
 */
@Injectable()
export class OccupancyReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ReportScope,
  ) {}

  /**
   * The report for a query: groupBy read (400 naming the field when unknown), the period checked, and the
   * totals of the period (its unique members are counted once, which no sum of the rows can say).
   */
  async report(
    principal: Principal,
    query: OccupancyQuery,
  ): Promise<{ rows: OccupancyRow[]; totals: OccupancyTotals }> {
    const dimensions = parseGroupBy(query.groupBy, OCCUPANCY_DIMENSIONS, 'site');
    const period = { from: query.from, to: query.to };
    const rows = await this.rows(principal, period, dimensions, query);
    const sum = (field: 'capacityHours' | 'bookedHours') =>
      Math.round(rows.reduce((total, row) => total + row[field], 0) * 100) / 100;
    // A full-day booking is in both half-day rows: the period's bookings, no-shows and people are counted
    // once, by the same queries without groups.
    const sites = rows.length > 0 ? await this.scope.sites(principal, query) : [];
    const [booked] = sites.length > 0 ? await this.booked(sites, period, [], query.kind) : [];
    const [members] = sites.length > 0 ? await this.members(sites, period, [], query.kind) : [];
    const totals: OccupancyTotals = {
      capacityHours: sum('capacityHours'),
      bookedHours: sum('bookedHours'),
      occupancyRate: rate(sum('bookedHours'), sum('capacityHours')),
      bookings: Number(booked?.bookings ?? 0),
      uniqueMembers: Number(members?.members ?? 0),
      noShows: Number(booked?.no_shows ?? 0),
    };
    return { rows, totals };
  }

  async rows(
    principal: Principal,
    period: ReportPeriod,
    dimensions: OccupancyDimension[],
    filter: OccupancyFilter,
  ): Promise<OccupancyRow[]> {
    checkPeriod(period);
    const sites = await this.scope.sites(principal, filter);
    if (sites.length === 0) return [];
    const figures = new Map<string, Figures>();
    const figuresOf = (key: string) => {
      let entry = figures.get(key);
      if (!entry) {
        entry = { capacityMinutes: 0, bookedMinutes: 0, bookings: 0, noShows: 0, uniqueMembers: 0 };
        figures.set(key, entry);
      }
      return entry;
    };
    const capacitySites = await this.capacitySites(sites, period, filter.kind);
    for (const [key, minutes] of capacityByGroup(capacitySites, reportDays(period), dimensions)) {
      figuresOf(key).capacityMinutes = minutes;
    }
    for (const row of await this.booked(sites, period, dimensions, filter.kind)) {
      const entry = figuresOf(rowKey(row, dimensions));
      entry.bookedMinutes = Number(row.minutes);
      entry.bookings = Number(row.bookings);
      entry.noShows = Number(row.no_shows);
    }
    for (const row of await this.members(sites, period, dimensions, filter.kind)) {
      figuresOf(rowKey(row, dimensions)).uniqueMembers = Number(row.members);
    }
    const names = siteNames(sites);
    return [...figures.entries()]
      .filter(([, f]) => f.capacityMinutes > 0 || f.bookings > 0 || f.noShows > 0)
      .sort(([a], [b]) => compareKeys(a, b))
      .map(([key, f]) => {
        const parts = key.split(KEY_SEPARATOR);
        return {
          key: joinKey(parts),
          label: joinLabel(parts.map((part, index) => dimensionLabel(dimensions[index], part, names))),
          capacityHours: hours(f.capacityMinutes),
          bookedHours: hours(f.bookedMinutes),
          occupancyRate: rate(f.bookedMinutes, f.capacityMinutes),
          bookings: f.bookings,
          uniqueMembers: f.uniqueMembers,
          noShows: f.noShows,
        };
      });
  }

  /** Each site's schedule, active resources by kind and closures of the period. */
  private async capacitySites(sites: ScopedSite[], period: ReportPeriod, kind?: string): Promise<CapacitySite[]> {
    const ids = sites.map((site) => site.id);
    const resources: { site_id: string; kind: string; count: string }[] = await this.dataSource.query(
      `SELECT site_id, kind, count(*) AS count FROM resources
       WHERE active AND site_id = ANY($1::uuid[]) AND ($2::text IS NULL OR kind = $2)
       GROUP BY site_id, kind`,
      [ids, kind ?? null],
    );
    const closures: { site_id: string; date: string; reason: string | null }[] = await this.dataSource.query(
      `SELECT site_id, to_char(date, 'YYYY-MM-DD') AS date, reason FROM site_closures
       WHERE site_id = ANY($1::uuid[]) AND date BETWEEN $2::date AND $3::date`,
      [ids, period.from, period.to],
    );
    const bySite = new Map<string, CapacitySite>(
      sites.map((site) => [
        site.id,
        {
          id: site.id,
          epciCode: site.epciCode,
          schedule: {
            id: site.id,
            status: site.status,
            timezone: site.timezone,
            openingHours: site.openingHours,
            openOnPublicHolidays: site.openOnPublicHolidays,
          },
          resources: new Map(),
          closures: new Map(),
        },
      ]),
    );
    for (const row of resources) bySite.get(row.site_id)?.resources.set(row.kind, Number(row.count));
    for (const row of closures) bySite.get(row.site_id)?.closures.set(row.date, { reason: row.reason });
    return [...bySite.values()];
  }

  private booked(
    sites: ScopedSite[],
    period: ReportPeriod,
    dimensions: OccupancyDimension[],
    kind?: string,
  ): Promise<Record<string, string>[]> {
    return this.dataSource.query(
      `SELECT ${dimensions.length > 0 ? `${keySelect(dimensions)},` : ''}
              coalesce(sum(h.minutes), 0)::bigint AS minutes, coalesce(sum(h.bookings), 0)::bigint AS bookings,
              coalesce(sum(h.no_shows), 0)::bigint AS no_shows
       FROM (SELECT d.*, s.epci_code FROM reporting_site_days d JOIN sites s ON s.id = d.site_id
             WHERE d.day BETWEEN $1::date AND $2::date AND d.site_id = ANY($3::uuid[])
               AND ($4::text IS NULL OR d.kind = $4)) f
       ${dimensions.includes('halfDay') ? HALF_DAYS : WHOLE_DAYS}
       ${dimensions.length > 0 ? `GROUP BY ${groupPositions(dimensions)}` : ''}`,
      [period.from, period.to, sites.map((site) => site.id), kind ?? null],
    );
  }

  /** Distinct members with a counted booking, per group. Erased accounts (user_id null) are not counted. */
  private members(
    sites: ScopedSite[],
    period: ReportPeriod,
    dimensions: OccupancyDimension[],
    kind?: string,
  ): Promise<Record<string, string>[]> {
    const { after, before } = periodInstants(period);
    const needsKind = kind !== undefined || dimensions.includes('kind');
    return this.dataSource.query(
      `SELECT ${dimensions.length > 0 ? `${keySelect(dimensions)},` : ''} count(DISTINCT f.user_id) AS members
       FROM (SELECT b.site_id, s.epci_code, b.user_id, ${BOOKING_LOCAL_DAY} AS day,
                    ${needsKind ? 'r.kind' : 'NULL::text'} AS kind,
                    ${BOOKING_MORNING} AS morning, ${BOOKING_AFTERNOON} AS afternoon
             FROM bookings b JOIN sites s ON s.id = b.site_id
             ${needsKind ? 'JOIN resources r ON r.id = b.resource_id' : ''}
             WHERE ${COUNTED_BOOKINGS} AND lower(b.during) >= $1 AND lower(b.during) < $2
               AND b.site_id = ANY($3::uuid[]) ${kind !== undefined ? 'AND r.kind = $6' : ''}) f
       ${dimensions.includes('halfDay') ? `CROSS JOIN LATERAL (VALUES ('morning', f.morning), ('afternoon', f.afternoon)) h(half, present)` : ''}
       WHERE f.day BETWEEN $4::date AND $5::date ${dimensions.includes('halfDay') ? 'AND h.present' : ''}
       ${dimensions.length > 0 ? `GROUP BY ${groupPositions(dimensions)}` : ''}`,
      [after, before, sites.map((site) => site.id), period.from, period.to, ...(kind !== undefined ? [kind] : [])],
    );
  }
}

/**
 * Rows in the order of their keys, by code unit, part by part: dates, weeks and months in time order, weekdays
 * 1 to 7, ids in one stable order.
 */
export function compareKeys(a: string, b: string): number {
  const left = a.split(KEY_SEPARATOR);
  const right = b.split(KEY_SEPARATOR);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const [x, y] = [left[index] ?? '', right[index] ?? ''];
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
