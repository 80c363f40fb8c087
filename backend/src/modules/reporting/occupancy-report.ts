import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
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
import { MembersScope, membersStatement, networkMonths, presenceAnswers } from './occupancy-members';
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
 * Occupancy: capacity from the sites' calendars (TypeScript, `capacityByGroup`), booked time from the
 * rollups the bookings' triggers keep (`reporting_site_months` for whole months, `reporting_site_days` for
 * the other days), unique members from the presence levels for whole months grouped by site, EPCI and month
 * (`occupancy-members.ts`), otherwise from the members per site, kind and month and the bookings themselves
 * (distinct people cannot be added up across days or groups).
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
    checkPeriod(period);
    const sites = await this.scope.sites(principal, query);
    // Each booking lies in one group of every dimension but the half-day, where a full day is in both rows:
    // then the period's bookings and no-shows are counted again without groups. People are always counted
    // once over the period, which no sum of the rows can say. The totals' statements do not depend on the
    // rows: all run at once, each on a connection of the pool.
    const halfDays = dimensions.includes('halfDay');
    const none = Promise.resolve([] as Record<string, string>[]);
    const [rows, [booked], [members]] = await Promise.all([
      this.rowsOf(principal, sites, period, dimensions, query),
      sites.length > 0 && halfDays ? this.booked(principal, sites, period, [], query) : none,
      sites.length > 0 ? this.members(principal, sites, period, [], query) : none,
    ]);
    const sum = (field: 'capacityHours' | 'bookedHours' | 'bookings' | 'noShows') =>
      Math.round(rows.reduce((total, row) => total + row[field], 0) * 100) / 100;
    const counted = (value: string | undefined) => (rows.length > 0 ? Number(value ?? 0) : 0);
    const totals: OccupancyTotals = {
      capacityHours: sum('capacityHours'),
      bookedHours: sum('bookedHours'),
      occupancyRate: rate(sum('bookedHours'), sum('capacityHours')),
      bookings: halfDays ? counted(booked?.bookings) : sum('bookings'),
      uniqueMembers: counted(members?.members),
      noShows: halfDays ? counted(booked?.no_shows) : sum('noShows'),
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
    return this.rowsOf(principal, await this.scope.sites(principal, filter), period, dimensions, filter);
  }

  private async rowsOf(
    principal: Principal,
    sites: ScopedSite[],
    period: ReportPeriod,
    dimensions: OccupancyDimension[],
    filter: OccupancyFilter,
  ): Promise<OccupancyRow[]> {
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
    // Three independent reads, at once on the pool's connections.
    const [capacitySites, booked, members] = await Promise.all([
      this.capacitySites(sites, period, filter.kind),
      this.booked(principal, sites, period, dimensions, filter),
      this.members(principal, sites, period, dimensions, filter),
    ]);
    for (const [key, minutes] of capacityByGroup(capacitySites, reportDays(period), dimensions)) {
      figuresOf(key).capacityMinutes = minutes;
    }
    for (const row of booked) {
      const entry = figuresOf(rowKey(row, dimensions));
      entry.bookedMinutes = Number(row.minutes);
      entry.bookings = Number(row.bookings);
      entry.noShows = Number(row.no_shows);
    }
    for (const row of members) {
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
    const [resources, closures]: [
      { site_id: string; kind: string; count: string }[],
      { site_id: string; date: string; reason: string | null }[],
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT site_id, kind, count(*) AS count FROM resources
         WHERE active AND site_id = ANY($1::uuid[]) AND ($2::text IS NULL OR kind = $2)
         GROUP BY site_id, kind`,
        [ids, kind ?? null],
      ),
      this.dataSource.query(
        `SELECT site_id, to_char(date, 'YYYY-MM-DD') AS date, reason FROM site_closures
         WHERE site_id = ANY($1::uuid[]) AND date BETWEEN $2::date AND $3::date`,
        [ids, period.from, period.to],
      ),
    ]);
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

  /**
   * Booked minutes, bookings and no-shows per group: whole months from a monthly rollup when the grouping is
   * coarser than a day — per EPCI (`reporting_epci_months`) for the officers' network without a site grouping,
   * per site (`reporting_site_months`) otherwise — and the days outside them (or every day, for groupings by
   * day, week or weekday) from the daily one. Sums add up across them.
   */
  private booked(
    principal: Principal,
    sites: ScopedSite[],
    period: ReportPeriod,
    dimensions: OccupancyDimension[],
    filter: OccupancyFilter,
  ): Promise<Record<string, string>[]> {
    const params: unknown[] = [filter.kind ?? null];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    let siteIds: string | undefined;
    const sitesParam = () => (siteIds ??= param(sites.map((site) => site.id)));
    const rollup = (table: string, dayColumn: string, days: ReportPeriod) =>
      `SELECT t.${dayColumn} AS day, t.site_id, t.kind, ${ROLLUP_COUNTERS.map((c) => `t.${c}`).join(', ')}, s.epci_code
       FROM ${table} t JOIN sites s ON s.id = t.site_id
       WHERE t.${dayColumn} BETWEEN ${param(days.from)}::date AND ${param(days.to)}::date
         AND t.site_id = ANY(${sitesParam()}::uuid[]) AND ($1::text IS NULL OR t.kind = $1)`;
    // The EPCI rollup holds the published sites, which is exactly an officer's network (ReportScope).
    const epciRollup = (months: { first: string; last: string }) => {
      const epci = param(filter.epciCode ?? null);
      return `SELECT t.month AS day, NULL::uuid AS site_id, t.kind, ${ROLLUP_COUNTERS.map((c) => `t.${c}`).join(', ')},
              nullif(t.epci_code, 'none') AS epci_code
       FROM reporting_epci_months t
       WHERE t.month BETWEEN ${param(months.first)}::date AND ${param(months.last)}::date
         AND ($1::text IS NULL OR t.kind = $1) AND (${epci}::text IS NULL OR t.epci_code = ${epci})`;
    };
    const network = principal.role === 'admin' && filter.siteId === undefined;
    const months = wholeMonths(period);
    const sources =
      months && dimensions.every((dimension) => MONTHLY_BOOKED_DIMENSIONS.includes(dimension))
        ? [
            network && !dimensions.includes('site')
              ? epciRollup(months)
              : rollup('reporting_site_months', 'month', { from: months.first, to: months.last }),
            ...months.edges.map((edge) => rollup('reporting_site_days', 'day', edge)),
          ]
        : [rollup('reporting_site_days', 'day', period)];
    const halves = dimensions.includes('halfDay') ? HALF_DAYS : WHOLE_DAYS;
    if (dimensions.length === 0) {
      return this.dataSource.query(
        `SELECT coalesce(sum(h.minutes), 0)::bigint AS minutes, coalesce(sum(h.bookings), 0)::bigint AS bookings,
                coalesce(sum(h.no_shows), 0)::bigint AS no_shows
         FROM (${sources.join(' UNION ALL ')}) f ${halves}`,
        params,
      );
    }
    // Summed first by the raw columns the keys are made of (site, EPCI, date, kind, half), then the keys
    // formatted on those groups: a year of the network is 93,000 month rows but 12,504 EPCI × month groups,
    // and a text key per row made the statement sort them all.
    const raw = [...new Set(dimensions.map((dimension) => RAW_COLUMNS[dimension]))];
    return this.dataSource.query(
      `SELECT ${keySelect(dimensions)}, sum(f.minutes)::bigint AS minutes, sum(f.bookings)::bigint AS bookings,
              sum(f.no_shows)::bigint AS no_shows
       FROM (SELECT ${raw.map((column) => `${column} AS ${column.slice(2)}`).join(', ')},
                    sum(h.minutes) AS minutes, sum(h.bookings) AS bookings, sum(h.no_shows) AS no_shows
             FROM (${sources.join(' UNION ALL ')}) f ${halves}
             GROUP BY ${raw.join(', ')}) f
       CROSS JOIN LATERAL (SELECT ${raw.includes('h.half') ? 'f.half' : 'NULL::text'} AS half) h
       GROUP BY ${groupPositions(dimensions)}`,
      params,
    );
  }

  /**
   * Distinct members with a counted booking, per group. Erased accounts (user_id null) are not counted. Whole
   * months of all kinds grouped by site, EPCI and month come from the presence rollup (`occupancy-members`);
   * anything else from the members per site, kind and month and the bookings themselves.
   */
  private async members(
    principal: Principal,
    sites: ScopedSite[],
    period: ReportPeriod,
    dimensions: OccupancyDimension[],
    filter: OccupancyFilter,
  ): Promise<Record<string, string>[]> {
    const months = wholeMonths(period);
    if (months && months.edges.length === 0 && filter.kind === undefined && presenceAnswers(dimensions)) {
      const scope: MembersScope =
        principal.role === 'admin' && filter.siteId === undefined
          ? { kind: 'network', epciCode: filter.epciCode }
          : { kind: 'sites', siteIds: sites.map((site) => site.id) };
      const statement = membersStatement({ first: months.first, last: months.last, dimensions, scope });
      const result: Record<string, string>[] = await this.dataSource.query(statement.sql, statement.params);
      return statement.yearMonths ? networkMonths(result, months.first, months.last) : result;
    }
    return this.membersFromBookings(sites, period, dimensions, filter.kind);
  }

  private membersFromBookings(
    sites: ScopedSite[],
    period: ReportPeriod,
    dimensions: OccupancyDimension[],
    kind?: string,
  ): Promise<Record<string, string>[]> {
    const params: unknown[] = [sites.map((site) => site.id), kind ?? null];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const halfDays = dimensions.includes('halfDay');
    const needsKind = kind !== undefined || dimensions.includes('kind');
    /** The members' counted bookings of some local days, read from the reporting index. */
    const fromBookings = (days: ReportPeriod) => {
      const { after, before } = periodInstants(days);
      return `SELECT site_id, epci_code, user_id, day, kind, morning, afternoon FROM (
          SELECT b.site_id, s.epci_code, b.user_id, ${BOOKING_LOCAL_DAY} AS day,
                 ${needsKind ? 'r.kind' : 'NULL::text'} AS kind,
                 ${BOOKING_MORNING} AS morning, ${BOOKING_AFTERNOON} AS afternoon
          FROM bookings b JOIN sites s ON s.id = b.site_id
          ${needsKind ? 'JOIN resources r ON r.id = b.resource_id' : ''}
          WHERE ${COUNTED_BOOKINGS} AND lower(b.during) >= ${param(after)} AND lower(b.during) < ${param(before)}
            AND b.site_id = ANY($1::uuid[]) AND ($2::text IS NULL ${needsKind ? 'OR r.kind = $2' : ''})) b
        WHERE b.day BETWEEN ${param(days.from)}::date AND ${param(days.to)}::date`;
    };
    const months = wholeMonths(period);
    const sources: string[] = [];
    if (months && dimensions.every((dimension) => MONTHLY_DIMENSIONS.includes(dimension))) {
      // Whole months from who booked at each site that month; the days before and after them from the bookings.
      sources.push(`SELECT m.site_id, s.epci_code, m.user_id, m.month AS day, m.kind, true AS morning, true AS afternoon
        FROM reporting_site_month_members m JOIN sites s ON s.id = m.site_id
        WHERE m.month BETWEEN ${param(months.first)}::date AND ${param(months.last)}::date AND m.bookings > 0
          AND m.site_id = ANY($1::uuid[]) AND ($2::text IS NULL OR m.kind = $2)`);
      for (const edge of months.edges) sources.push(fromBookings(edge));
    } else {
      sources.push(fromBookings(period));
    }
    return this.dataSource.query(
      `SELECT ${dimensions.length > 0 ? `${keySelect(dimensions)},` : ''} count(DISTINCT f.user_id) AS members
       FROM (${sources.join(' UNION ALL ')}) f
       ${halfDays ? `CROSS JOIN LATERAL (VALUES ('morning', f.morning), ('afternoon', f.afternoon)) h(half, present)` : ''}
       ${halfDays ? 'WHERE h.present' : ''}
       ${dimensions.length > 0 ? `GROUP BY ${groupPositions(dimensions)}` : ''}`,
      params,
    );
  }
}

/** The counters of the daily and monthly rollups, in their column order. */
const ROLLUP_COUNTERS = [
  'morning_minutes',
  'afternoon_minutes',
  'bookings',
  'morning_bookings',
  'afternoon_bookings',
  'no_shows',
  'morning_no_shows',
  'afternoon_no_shows',
];

/** The rollup column each grouping's key is made of (`report-sql.ts`'s keys read them as `f.…` and `h.half`). */
const RAW_COLUMNS: Record<OccupancyDimension, string> = {
  site: 'f.site_id',
  epci: 'f.epci_code',
  day: 'f.day',
  week: 'f.day',
  month: 'f.day',
  weekday: 'f.day',
  halfDay: 'h.half',
  kind: 'f.kind',
};

/** The groupings whose booked time the monthly rollup answers. */
const MONTHLY_BOOKED_DIMENSIONS: OccupancyDimension[] = ['site', 'epci', 'month', 'kind', 'halfDay'];

/** The groupings whose unique members the monthly table answers. */
const MONTHLY_DIMENSIONS: OccupancyDimension[] = ['site', 'epci', 'month', 'kind'];

/**
 * The whole months inside a period (their first days) and the days of the period outside them, or undefined
 * when the period holds no whole month.
 */
export function wholeMonths(period: ReportPeriod): { first: string; last: string; edges: ReportPeriod[] } | undefined {
  const from = DateTime.fromISO(period.from, { zone: 'UTC' });
  const to = DateTime.fromISO(period.to, { zone: 'UTC' });
  const first = from.day === 1 ? from : from.plus({ months: 1 }).startOf('month');
  const last = to.plus({ days: 1 }).startOf('month').minus({ months: 1 });
  if (last < first) return undefined;
  const edges: ReportPeriod[] = [];
  if (first > from) edges.push({ from: period.from, to: first.minus({ days: 1 }).toISODate()! });
  const afterLast = last.plus({ months: 1 });
  if (afterLast <= to) edges.push({ from: afterLast.toISODate()!, to: period.to });
  return { first: first.toISODate()!, last: last.toISODate()!, edges };
}

/**
 * Rows in the order of their keys, by code unit, part by part: dates, weeks and months in time order, weekdays
 * 1 to 7, ids in one stable order. KEY_SEPARATOR (U+001F) sorts below every character a part holds (ids,
 * codes, dates, kinds), so comparing the joined keys compares their parts in turn, a shorter part first,
 * without splitting 12,504 keys at every comparison of a year by EPCI × month.
 */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
