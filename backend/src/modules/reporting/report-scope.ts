import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { InvalidInput, NotFound } from '../../common/problem/domain-error';
import type { OpeningHours } from '../sites/opening-hours';
import type { SiteStatus } from '../sites/site-amenities';
import { isUuid } from '../sites/site-slug';
import { ReportForbidden } from './reporting.errors';

/** A site a report covers, with what its rows are labelled with. */
export interface ScopedSite {
  id: string;
  name: string;
  status: SiteStatus;
  epciCode: string | null;
  epciName: string | null;
  timezone: string;
  openingHours: OpeningHours;
  openOnPublicHolidays: string[];
}

export interface ScopeFilter {
  siteId?: string;
  epciCode?: string;
}

/**
 * Which sites a caller's report covers: an officer's, the network's published sites; a host's, the sites
 * they host (draft or archived too: they run them); `siteId` narrows to one site, which a host must host
 * (403 otherwise) and any officer may name whatever its status; `epciCode` to one EPCI.
 *
 * Reporting reads the sites module's tables with read-only SQL, as it reads bookings and events: a report
 * over 3,500 sites in one query cannot go through per-site service calls, and reports never write there.
 */
@Injectable()
export class ReportScope {
  constructor(private readonly dataSource: DataSource) {}

  async sites(principal: Principal, filter: ScopeFilter): Promise<ScopedSite[]> {
    if (filter.siteId !== undefined && !isUuid(filter.siteId)) {
      throw new InvalidInput([{ field: 'siteId', message: 'siteId must be a UUID' }]);
    }
    const admin = principal.role === 'admin';
    if (!admin && filter.siteId !== undefined && !principal.hostedSiteIds.includes(filter.siteId)) {
      throw new ReportForbidden();
    }
    if (!admin && principal.hostedSiteIds.length === 0)
      throw new ReportForbidden('Reports are for hosts and officers.');
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.siteId !== undefined) {
      params.push(filter.siteId);
      conditions.push(`s.id = $${params.length}`);
    } else if (admin) {
      conditions.push(`s.status = 'published'`);
    }
    if (!admin) {
      params.push(principal.hostedSiteIds);
      conditions.push(`s.id = ANY($${params.length}::uuid[])`);
    }
    if (filter.epciCode !== undefined) {
      params.push(filter.epciCode);
      conditions.push(`s.epci_code = $${params.length}`);
    }
    const rows: ScopedSite[] = await this.dataSource.query(
      `SELECT s.id, s.name, s.status, s.epci_code AS "epciCode", e.name AS "epciName", s.timezone,
              s.opening_hours AS "openingHours", s.open_on_public_holidays::text[] AS "openOnPublicHolidays"
       FROM sites s LEFT JOIN epcis e ON e.code = s.epci_code
       WHERE ${conditions.join(' AND ')}
       ORDER BY s.name, s.id`,
      params,
    );
    if (filter.siteId !== undefined && rows.length === 0 && filter.epciCode === undefined) {
      throw new NotFound('Site', filter.siteId);
    }
    return rows;
  }
}

/** The names rows are labelled with, keyed `dimension:key`. */
export function siteNames(sites: ScopedSite[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const site of sites) {
    names.set(`site:${site.id}`, site.name);
    if (site.epciCode) names.set(`epci:${site.epciCode}`, site.epciName ?? site.epciCode);
  }
  names.set('epci:none', 'Hors EPCI');
  return names;
}
