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

export const TELEWORK_DAYS_COLUMNS = ['key', 'label', 'days', 'members', 'outsideGersShare'] as const;

/** Fewer members than this in the period and an employer's figures go to `other`: no one is singled out. */
export const SMALL_GROUP_THRESHOLD = 5;

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
                      WHEN o.shown THEN f.organization_id::text ELSE 'other' END`,
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
    const result: Record<string, string>[] = await this.dataSource.query(
      `${this.personDays(dimensions)}
       SELECT ${dimensions.map((_, index) => `key${index}`).join(', ')},
              sum(days) AS days, count(DISTINCT person) AS members,
              sum(days) FILTER (WHERE home <> '' AND home NOT LIKE $6 || '%') AS outside_days
       FROM person_days GROUP BY ${groupPositions(dimensions)}`,
      this.params(period),
    );
    const names = await this.names(result, dimensions);
    return result
      .map((row) => {
        const parts = rowKey(row, dimensions).split(KEY_SEPARATOR);
        const days = Number(row.days);
        return {
          key: joinKey(parts),
          label: joinLabel(parts.map((part, index) => dimensionLabel(dimensions[index], part, names))),
          days,
          members: Number(row.members),
          outsideGersShare: rate(Number(row.outside_days ?? 0), days),
        };
      })
      .sort((a, b) => compareKeys(a.key.replaceAll(',', KEY_SEPARATOR), b.key.replaceAll(',', KEY_SEPARATOR)));
  }

  /** The whole network's person-days: a person once a day whatever the site. */
  private async totals(period: ReportPeriod): Promise<TeleworkDaysTotals> {
    const [row]: Record<string, string | null>[] = await this.dataSource.query(
      `${this.personDays([])}
       SELECT coalesce(sum(days), 0) AS days, count(DISTINCT person) AS members,
              coalesce(sum(days) FILTER (WHERE home <> '' AND home NOT LIKE $6 || '%'), 0) AS outside_days,
              coalesce(sum(days) FILTER (WHERE home = ''), 0) AS unknown_days
       FROM person_days`,
      this.params(period),
    );
    const days = Number(row.days);
    return {
      days,
      members: Number(row.members),
      // Unknown homes are not counted as outside the Gers; their share is given apart.
      outsideGersShare: rate(Number(row.outside_days), days),
      unknownHomeShare: rate(Number(row.unknown_days), days),
    };
  }

  private params(period: ReportPeriod): unknown[] {
    const { after, before } = periodInstants(period);
    return [after, before, period.from, period.to, SMALL_GROUP_THRESHOLD, GERS_DEPARTMENT];
  }

  /**
   * `person_days`: one row per group, person and day with its value (0.5 or 1) and the person's home commune
   * that day ('' when unknown: neither inside nor outside the Gers). Parameters: $1–$2 the UTC window, $3–$4
   * the local period, $5 the small-group threshold, $6 the Gers.
   */
  private personDays(dimensions: TeleworkDimension[]): string {
    const keys = dimensions.length > 0 ? `${keySelect(dimensions, KEY_SQL)},` : '';
    const groupKeys = dimensions.map((_, index) => `key${index}`);
    return `
      WITH spans AS (
        SELECT coalesce(b.user_id::text, 'booking:' || b.id::text) AS person, b.site_id, b.home_commune_code,
               b.organization_id, ${BOOKING_LOCAL_DAY} AS day, ${BOOKING_MORNING} AS morning,
               ${BOOKING_AFTERNOON} AS afternoon
        FROM bookings b JOIN sites s ON s.id = b.site_id
        WHERE ${COUNTED_BOOKINGS} AND lower(b.during) >= $1 AND lower(b.during) < $2
      ), f AS (
        SELECT * FROM spans WHERE day BETWEEN $3::date AND $4::date
      ), organization_members AS (
        SELECT organization_id, count(DISTINCT person) >= $5::integer AS shown FROM f
        WHERE organization_id IS NOT NULL GROUP BY organization_id
      ), person_days AS (
        SELECT ${keys} f.person, f.day, max(coalesce(f.home_commune_code, '')) AS home,
               CASE WHEN bool_or(f.morning) AND bool_or(f.afternoon) THEN 1.0 ELSE 0.5 END AS days
        FROM f
        LEFT JOIN organization_members o ON o.organization_id = f.organization_id
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
