import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TeleworkDaysQuery } from './dto/report.dto';
import { compareKeys, rate } from './occupancy-report';
import {
  dimensionLabel,
  joinKey,
  joinLabel,
  KEY_SEPARATOR,
  parseGroupBy,
  TELEWORK_DIMENSIONS,
  TeleworkDimension,
} from './report-dimensions';
import { personDays, shownOrganizations, SMALL_GROUP_THRESHOLD } from './person-days';
import { checkPeriod, periodInstants, ReportPeriod } from './report-period';
import {
  BOOKING_AFTERNOON,
  BOOKING_LOCAL_DAY,
  BOOKING_MORNING,
  COUNTED_BOOKINGS,
  groupPositions,
  keySelect,
  rowKey,
} from './report-sql';

/** Whole days and half-days of the person-days, all and of people living outside the Gers ($6). */
const DAY_COUNTS = `count(*) FILTER (WHERE morning AND afternoon) AS whole_days,
       count(*) FILTER (WHERE NOT (morning AND afternoon)) AS half_days,
       count(*) FILTER (WHERE morning AND afternoon AND home <> '' AND home NOT LIKE $6 || '%') AS outside_whole_days,
       count(*) FILTER (WHERE NOT (morning AND afternoon) AND home <> '' AND home NOT LIKE $6 || '%') AS outside_half_days`;

export const TELEWORK_DAYS_COLUMNS = ['key', 'label', 'days', 'members', 'outsideGersShare'] as const;

export { SMALL_GROUP_THRESHOLD } from './person-days';

/** The Gers is département 32: a home commune whose INSEE code starts with 32 lies inside it. */
export const GERS_DEPARTMENT = '32';

export interface TeleworkDaysRow {
  key: string;
  label: string;
  days: number;
  members: number;
  outsideGersShare: number | null;
}

export interface TeleworkDaysTotals {
  days: number;
  members: number;
  outsideGersShare: number | null;
  unknownHomeShare: number | null;
}

/**
 * Keys over `f`, the person-days below. `organization` is the employer recorded on the booking, or `other`
 * for an employer with fewer than SMALL_GROUP_THRESHOLD members in the period (whatever the other
 * dimension), or `none`; communes and EPCIs are the member's home as recorded on the booking, `none` when
 * unknown.
 */
const KEY_SQL: Record<string, string> = {
  organization: `CASE WHEN f.organization_id IS NULL THEN 'none'
                      WHEN f.organization_id = ANY($5::uuid[]) THEN f.organization_id::text ELSE 'other' END`,
  homeCommune: `coalesce(f.home_commune_code, 'none')`,
  homeEpci: `coalesce(c.epci_code, 'none')`,
  site: `f.site_id::text`,
  month: `to_char(f.day, 'YYYY-MM')`,
};

/**
 * Teleworker-days: person-days spent in the network's sites, from the counted bookings of the period (an
 * event's room hold is no one's day). A person counts once a day per group: their bookings of that day in
 * that group put together, a half-day alone 0.5, a morning and an afternoon (or a full day) 1. A booking's
 * half is morning when it starts before 13:00 local, afternoon when it ends after. Home commune and employer
 * are the ones recorded on each booking, so past figures never move. A booking whose member was erased
 * (user_id null) still counts, as a person of its own.
 */
@Injectable()
export class TeleworkDaysReport {
  constructor(private readonly dataSource: DataSource) {}

  async report(query: TeleworkDaysQuery): Promise<{ rows: TeleworkDaysRow[]; totals: TeleworkDaysTotals }> {
    const dimensions = parseGroupBy(query.groupBy, TELEWORK_DIMENSIONS, 'organization');
    const period = { from: query.from, to: query.to };
    checkPeriod(period);
    const [rows, totals] = await Promise.all([this.rows(period, dimensions), this.totals(period)]);
    return { rows, totals };
  }

  private async rows(period: ReportPeriod, dimensions: TeleworkDimension[]): Promise<TeleworkDaysRow[]> {
    // Which employers may be shown is decided first, on their members over the whole period.
    const shown = dimensions.includes('organization') ? await this.shownOrganizations(period) : [];
    const result: Record<string, string>[] = await this.dataSource.query(
      `${this.personDays(dimensions)}
       SELECT ${dimensions.map((_, index) => `key${index}`).join(', ')}, ${DAY_COUNTS}, count(DISTINCT person) AS members
       FROM person_days GROUP BY ${groupPositions(dimensions)}`,
      this.params(period, shown),
    );
    const names = await this.names(result, dimensions);
    return result
      .map((row) => {
        const parts = rowKey(row, dimensions).split(KEY_SEPARATOR);
        const days = personDays(Number(row.whole_days), Number(row.half_days));
        return {
          key: joinKey(parts),
          label: joinLabel(parts.map((part, index) => dimensionLabel(dimensions[index], part, names))),
          days,
          members: Number(row.members),
          outsideGersShare: rate(personDays(Number(row.outside_whole_days), Number(row.outside_half_days)), days),
        };
      })
      .sort((a, b) => compareKeys(a.key.replaceAll(',', KEY_SEPARATOR), b.key.replaceAll(',', KEY_SEPARATOR)));
  }

  /** The employers with at least SMALL_GROUP_THRESHOLD distinct members with days in the period. */
  private async shownOrganizations(period: ReportPeriod): Promise<string[]> {
    const counts: { organization_id: string; members: string }[] = await this.dataSource.query(
      `${this.personDays([])}
       SELECT organization_id, count(DISTINCT person) AS members FROM f
       WHERE organization_id IS NOT NULL GROUP BY organization_id`,
      this.params(period, []),
    );
    return shownOrganizations(
      counts.map((row) => ({ organizationId: row.organization_id, members: Number(row.members) })),
    );
  }

  /** The whole network's person-days: a person once a day whatever the site. */
  private async totals(period: ReportPeriod): Promise<TeleworkDaysTotals> {
    const [row]: Record<string, string | null>[] = await this.dataSource.query(
      `${this.personDays([])}
       SELECT ${DAY_COUNTS}, count(DISTINCT person) AS members,
              count(*) FILTER (WHERE home = '' AND morning AND afternoon) AS unknown_whole_days,
              count(*) FILTER (WHERE home = '' AND NOT (morning AND afternoon)) AS unknown_half_days
       FROM person_days`,
      this.params(period, []),
    );
    const days = personDays(Number(row.whole_days), Number(row.half_days));
    return {
      days,
      members: Number(row.members),
      // Unknown homes are not counted as outside the Gers; their share is given apart.
      outsideGersShare: rate(personDays(Number(row.outside_whole_days), Number(row.outside_half_days)), days),
      unknownHomeShare: rate(personDays(Number(row.unknown_whole_days), Number(row.unknown_half_days)), days),
    };
  }

  private params(period: ReportPeriod, shownOrganizations: string[]): unknown[] {
    const { after, before } = periodInstants(period);
    return [after, before, period.from, period.to, shownOrganizations, GERS_DEPARTMENT];
  }

  /**
   * `person_days`: one row per group, person and day with the halves their bookings that day touched and the
   * person's home commune that day ('' when unknown: neither inside nor outside the Gers); what a day is worth
   * is `personDayValue`'s to say, from the counts of whole and half days. Parameters: $1–$2 the UTC window,
   * $3–$4 the local period, $5 the employers shown, $6 the Gers.
   */
  private personDays(dimensions: TeleworkDimension[]): string {
    const keys = dimensions.length > 0 ? `${keySelect(dimensions, KEY_SQL)},` : '';
    const groupKeys = dimensions.map((_, index) => `key${index}`);
    // Typed once here, so that every statement may leave either parameter unused.
    return `
      WITH parameters AS (SELECT $5::uuid[] AS shown_organizations, $6::text AS gers), spans AS (
        SELECT coalesce(b.user_id::text, 'booking:' || b.id::text) AS person, b.site_id, b.home_commune_code,
               b.organization_id, ${BOOKING_LOCAL_DAY} AS day, ${BOOKING_MORNING} AS morning,
               ${BOOKING_AFTERNOON} AS afternoon
        FROM bookings b JOIN sites s ON s.id = b.site_id
        WHERE ${COUNTED_BOOKINGS} AND lower(b.during) >= $1 AND lower(b.during) < $2
      ), f AS (
        SELECT * FROM spans WHERE day BETWEEN $3::date AND $4::date
      ), person_days AS (
        SELECT ${keys} f.person, f.day, max(coalesce(f.home_commune_code, '')) AS home,
               bool_or(f.morning) AS morning, bool_or(f.afternoon) AS afternoon
        FROM f
        LEFT JOIN communes c ON c.code = f.home_commune_code
        GROUP BY ${[...groupKeys, 'f.person', 'f.day'].join(', ')}
      )`;
  }

  /** Names of the organizations, communes, EPCIs and sites the rows name. */
  private async names(rows: Record<string, string>[], dimensions: TeleworkDimension[]): Promise<Map<string, string>> {
    const names = new Map<string, string>([
      ['organization:other', `Autres employeurs (moins de ${SMALL_GROUP_THRESHOLD} membres)`],
      ['organization:none', 'Sans employeur'],
      ['homeCommune:none', 'Commune inconnue'],
      ['homeEpci:none', 'EPCI inconnu'],
    ]);
    const keysOf = (dimension: TeleworkDimension) => {
      const index = dimensions.indexOf(dimension);
      return index < 0 ? [] : [...new Set(rows.map((row) => row[`key${index}`]))].filter((key) => key !== 'none');
    };
    const lookups: [TeleworkDimension, string][] = [
      ['organization', `SELECT id::text AS key, name FROM organizations WHERE id::text = ANY($1)`],
      ['homeCommune', `SELECT code AS key, name FROM communes WHERE code = ANY($1)`],
      ['homeEpci', `SELECT code AS key, name FROM epcis WHERE code = ANY($1)`],
      ['site', `SELECT id::text AS key, name FROM sites WHERE id::text = ANY($1)`],
    ];
    for (const [dimension, sql] of lookups) {
      const keys = keysOf(dimension);
      if (keys.length === 0) continue;
      const found: { key: string; name: string }[] = await this.dataSource.query(sql, [keys]);
      for (const { key, name } of found) names.set(`${dimension}:${key}`, name);
    }
    return names;
  }
}
