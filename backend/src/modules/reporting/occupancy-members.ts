import { DateTime } from 'luxon';
import type { OccupancyDimension } from './report-dimensions';
import { groupPositions, keySelect } from './report-sql';

/** A statement and its parameters. */
export interface MembersStatement {
  sql: string;
  params: unknown[];
}

/**
 * Whose sites a report covers, as far as unique members care: `network` is an officer's report without a
 * `siteId` (every published site, of one EPCI when `epciCode` is given), which the EPCI and network levels
 * of the presence rollup hold exactly; `sites` is anything else (a host's sites, one site), counted from the
 * member-per-site level over those sites.
 */
export type MembersScope = { kind: 'network'; epciCode?: string } | { kind: 'sites'; siteIds: string[] };

/** What the presence rollup answers: whole local months, all kinds, grouped by site, EPCI and month. */
export interface MonthsRequest {
  /** First days of the first and last whole month (`YYYY-MM-01`). */
  first: string;
  last: string;
  dimensions: OccupancyDimension[];
  scope: MembersScope;
}

const PRESENCE_DIMENSIONS: OccupancyDimension[] = ['site', 'epci', 'month'];

/** Whether the presence rollup answers these groupings (other ones count over the bookings). */
export function presenceAnswers(dimensions: OccupancyDimension[]): boolean {
  return dimensions.every((dimension) => PRESENCE_DIMENSIONS.includes(dimension));
}

/**
 * The unique members of whole months per group, from the presence rollup (migration 1764460000000), as rows
 * of `key0`, `key1` and `members` — or, for the network's months without site or EPCI, `yearMonths` (the
 * counts of members per month bit of each year, which `networkMonths` turns into rows).
 *
 * - grouped by site, per month (or over one month): the precounted members of each site and month;
 * - the network grouped by EPCI, or one EPCI, per month: the precounted members of each EPCI and month;
 * - the network, per month or over a year: the members whose year holds one of the months (bit masks);
 * - otherwise, over several months: distinct people among the members per site or per EPCI and month.
 */
export function membersStatement(request: MonthsRequest): MembersStatement & { yearMonths?: true } {
  const { first, last, dimensions, scope } = request;
  const perMonth = dimensions.includes('month') || first === last;
  const select = dimensions.length > 0 ? `${keySelect(dimensions)},` : '';
  const group = dimensions.length > 0 ? `GROUP BY ${groupPositions(dimensions)}` : '';
  if (dimensions.includes('site') || scope.kind === 'sites') {
    const siteIds = scope.kind === 'sites' ? scope.siteIds : null;
    const epciCode = scope.kind === 'network' ? (scope.epciCode ?? null) : null;
    // An officer's network is every published site; the counts per site are kept whatever the status.
    const sites = `($3::uuid[] IS NULL OR x.site_id = ANY($3::uuid[]))
                   AND ($4::text IS NULL OR s.epci_code = $4) AND ($3::uuid[] IS NOT NULL OR s.status = 'published')`;
    if (perMonth && dimensions.includes('site')) {
      return {
        sql: `SELECT ${select} sum(f.members)::bigint AS members
              FROM (SELECT x.month AS day, x.site_id, s.epci_code, x.members
                    FROM reporting_site_month_counts x JOIN sites s ON s.id = x.site_id
                    WHERE x.month BETWEEN $1::date AND $2::date AND x.members > 0 AND ${sites}) f
              ${group}`,
        params: [first, last, siteIds, epciCode],
      };
    }
    return {
      sql: `SELECT ${select} count(DISTINCT f.user_id) AS members
            FROM (SELECT x.month AS day, x.site_id, s.epci_code, x.user_id
                  FROM reporting_member_site_months x JOIN sites s ON s.id = x.site_id
                  WHERE x.month BETWEEN $1::date AND $2::date AND x.kinds > 0 AND ${sites}) f
            ${group}`,
      params: [first, last, siteIds, epciCode],
    };
  }
  const epciCode = scope.epciCode ?? null;
  if (dimensions.includes('epci') || epciCode !== null) {
    if (perMonth) {
      return {
        sql: `SELECT ${select} sum(f.members)::bigint AS members
              FROM (SELECT x.month AS day, x.epci_code, x.members FROM reporting_epci_month_counts x
                    WHERE x.month BETWEEN $1::date AND $2::date AND x.members > 0
                      AND ($3::text IS NULL OR x.epci_code = $3)) f
              ${group}`,
        params: [first, last, epciCode],
      };
    }
    return {
      sql: `SELECT ${select} count(DISTINCT f.user_id) AS members
            FROM (SELECT x.month AS day, x.epci_code, x.user_id FROM reporting_member_epci_months x
                  WHERE x.month BETWEEN $1::date AND $2::date AND x.sites > 0
                    AND ($3::text IS NULL OR x.epci_code = $3)) f
            ${group}`,
      params: [first, last, epciCode],
    };
  }
  const masks = yearMasks(first, last);
  if (dimensions.includes('month')) {
    const bits = Array.from({ length: 12 }, (_, index) => `count(*) FILTER (WHERE y.months & ${1 << index} <> 0)`);
    return {
      sql: `SELECT y.year, ${bits.map((bit, index) => `${bit} AS m${index + 1}`).join(', ')}
            FROM reporting_member_years y WHERE y.year BETWEEN $1 AND $2 GROUP BY y.year`,
      params: [masks[0].year, masks[masks.length - 1].year],
      yearMonths: true,
    };
  }
  // One row per member and year: over one year the matching rows are the members; over several, a member
  // of two years is one person.
  return {
    sql: `SELECT ${masks.length === 1 ? 'count(*)' : 'count(DISTINCT y.user_id)'} AS members
          FROM reporting_member_years y JOIN unnest($1::integer[], $2::integer[]) AS p(year, mask) ON p.year = y.year
          WHERE y.months & p.mask <> 0`,
    params: [masks.map((mask) => mask.year), masks.map((mask) => mask.mask)],
  };
}

/** Rows `key0` = `YYYY-MM`, `members` from the `yearMonths` statement's counts, for the months asked. */
export function networkMonths(
  counts: Record<string, string | number>[],
  first: string,
  last: string,
): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  const byYear = new Map(counts.map((row) => [Number(row.year), row]));
  for (const month of monthsBetween(first, last)) {
    const members = Number(byYear.get(month.year)?.[`m${month.month}`] ?? 0);
    if (members > 0) rows.push({ key0: month.toFormat('yyyy-MM'), members: String(members) });
  }
  return rows;
}

/**
 * For each year from `first` to `last` (first days of months), the mask of its months inside that range:
 * bit 0 January … bit 11 December, as `reporting_member_years.months` holds them.
 */
export function yearMasks(first: string, last: string): { year: number; mask: number }[] {
  const masks = new Map<number, number>();
  for (const month of monthsBetween(first, last)) {
    masks.set(month.year, (masks.get(month.year) ?? 0) | (1 << (month.month - 1)));
  }
  return [...masks].map(([year, mask]) => ({ year, mask }));
}

function monthsBetween(first: string, last: string): DateTime[] {
  const months: DateTime[] = [];
  const end = DateTime.fromISO(last, { zone: 'UTC' });
  for (let month = DateTime.fromISO(first, { zone: 'UTC' }); month <= end; month = month.plus({ months: 1 })) {
    months.push(month);
  }
  return months;
}
