import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import type { EventsReportQuery } from './dto/report.dto';
import { compareKeys, rate } from './occupancy-report';
import { dimensionLabel, EVENT_DIMENSIONS, joinKey, joinLabel, KEY_SEPARATOR, parseGroupBy } from './report-dimensions';
import { checkPeriod } from './report-period';
import { ReportScope, siteNames } from './report-scope';
import { groupPositions, keySelect, rowKey } from './report-sql';

export const EVENTS_COLUMNS = [
  'key',
  'label',
  'events',
  'cancelledEvents',
  'capacity',
  'registrations',
  'waitlisted',
  'attendance',
  'fillRate',
  'attendanceRate',
] as const;

export interface EventsRow {
  key: string;
  label: string;
  events: number;
  cancelledEvents: number;
  capacity: number;
  registrations: number;
  waitlisted: number;
  attendance: number;
  fillRate: number | null;
  attendanceRate: number | null;
}

const CATEGORY_LABELS: Record<string, string> = {
  workshop: 'Atelier',
  afterwork: 'Afterwork',
  training: 'Formation',
  telework_cafe: 'Café télétravail',
  open_day: 'Portes ouvertes',
  talk: 'Conférence',
  other: 'Autre',
};

const KEY_SQL: Record<string, string> = {
  site: `coalesce(f.site_id::text, 'network')`,
  category: `f.category`,
  month: `to_char(f.day, 'YYYY-MM')`,
};

/**
 * Events of the period (by their local start date): published ones with their places, registrations
 * (registered and attended), waiting lines and attendance; cancelled ones counted apart. Drafts are not
 * events yet. An officer sees every event, the network's own (no site: key `network`) too; a host, the
 * events of the sites they host.
 */
@Injectable()
export class EventsReport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly scope: ReportScope,
  ) {}

  async report(principal: Principal, query: EventsReportQuery): Promise<{ rows: EventsRow[] }> {
    const dimensions = parseGroupBy(query.groupBy, EVENT_DIMENSIONS, 'site');
    checkPeriod(query);
    const sites = await this.scope.sites(principal, { siteId: query.siteId });
    const everySite = principal.role === 'admin' && query.siteId === undefined;
    const result: Record<string, string>[] = await this.dataSource.query(
      `WITH f AS (
         SELECT e.id, e.site_id, e.category, e.status, e.capacity,
                (e.starts_at AT TIME ZONE e.timezone)::date AS day
         FROM events e
         WHERE e.status IN ('published', 'cancelled')
           AND e.starts_at >= $1::date - 1 AND e.starts_at < $2::date + 2
           AND ($3 OR e.site_id = ANY($4::uuid[]))
       ), registrations AS (
         SELECT r.event_id,
                count(*) FILTER (WHERE r.status IN ('registered', 'attended')) AS registrations,
                count(*) FILTER (WHERE r.status = 'waitlisted') AS waitlisted,
                count(*) FILTER (WHERE r.status = 'attended') AS attendance
         FROM event_registrations r JOIN f ON f.id = r.event_id
         -- Cancelled registrations count nowhere; leaving them out lets the registrations be read by event
         -- through event_registrations_active_key, the events module's index of the others.
         WHERE r.status <> 'cancelled'
         GROUP BY r.event_id
       )
       SELECT ${keySelect(dimensions, KEY_SQL)},
              count(*) FILTER (WHERE f.status = 'published') AS events,
              count(*) FILTER (WHERE f.status = 'cancelled') AS cancelled_events,
              coalesce(sum(f.capacity) FILTER (WHERE f.status = 'published'), 0) AS capacity,
              coalesce(sum(r.registrations) FILTER (WHERE f.status = 'published'), 0) AS registrations,
              coalesce(sum(r.waitlisted) FILTER (WHERE f.status = 'published'), 0) AS waitlisted,
              coalesce(sum(r.attendance) FILTER (WHERE f.status = 'published'), 0) AS attendance
       FROM f LEFT JOIN registrations r ON r.event_id = f.id
       WHERE f.day BETWEEN $1::date AND $2::date
       GROUP BY ${groupPositions(dimensions)}`,
      [query.from, query.to, everySite, sites.map((site) => site.id)],
    );
    const names = siteNames(sites);
    names.set('site:network', 'Réseau (sans tiers-lieu)');
    if (everySite && dimensions.includes('site')) {
      const named: { id: string; name: string }[] = await this.dataSource.query(
        `SELECT id::text AS id, name FROM sites WHERE id::text = ANY($1)`,
        [result.map((row) => row[`key${dimensions.indexOf('site')}`])],
      );
      for (const { id, name } of named) names.set(`site:${id}`, name);
    }
    for (const [category, label] of Object.entries(CATEGORY_LABELS)) names.set(`category:${category}`, label);
    return {
      rows: result
        .map((row) => {
          const parts = rowKey(row, dimensions).split(KEY_SEPARATOR);
          const registrations = Number(row.registrations);
          const attendance = Number(row.attendance);
          return {
            key: joinKey(parts),
            label: joinLabel(parts.map((part, index) => dimensionLabel(dimensions[index], part, names))),
            events: Number(row.events),
            cancelledEvents: Number(row.cancelled_events),
            capacity: Number(row.capacity),
            registrations,
            waitlisted: Number(row.waitlisted),
            attendance,
            fillRate: rate(registrations, Number(row.capacity)),
            attendanceRate: rate(attendance, registrations),
          };
        })
        .sort((a, b) => compareKeys(a.key.replaceAll(',', KEY_SEPARATOR), b.key.replaceAll(',', KEY_SEPARATOR))),
    };
  }
}
