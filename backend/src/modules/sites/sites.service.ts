import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { Forbidden, InvalidInput, NotFound } from '../../common/problem/domain-error';
import { Page } from '../../common/pagination/page';
import { searchKey } from '../../common/text/search-key';
import { FOREIGN_KEY_VIOLATION, UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import type { CommuneView } from '../territory/dto/territory.dto';
import { TerritoryService } from '../territory/territory.service';
import { AuditService } from '../audit/audit.service';
import { CreateSiteRequest, SiteQuery, UpdateSiteRequest } from './dto/site.dto';
import { SiteDetailView, SiteView } from './dto/site-view.dto';
import { FieldWrite, RowChanges, updateRow } from './row-changes';
import { SiteAccess } from './site-access';
import { DEFAULT_CANCELLATION_CUTOFF, DEFAULT_NO_SHOW_RELEASE_TIME } from './site-booking-settings';
import {
  CLOSURE_COLUMNS,
  ClosureRow,
  likePattern,
  RESOURCE_SELECT,
  ResourceRow,
  SITE_SELECT,
  SiteRow,
  toClosureView,
  toResourceView,
  toSiteView,
} from './site-records';
import { firstFreeSlug, slugFromName } from './site-slug';
import { siteToday } from './site-time';
import { AdminOnlyChange, SlugTaken } from './sites.errors';

/** Two admins creating "Auch" at the same instant both pick `auch`; the loser takes the next free one. */
const SLUG_ATTEMPTS = 5;
const UPCOMING_CLOSURES = 100;

/** The columns a PATCH may set, and the column each request field goes to. */
const UPDATABLE: Record<string, string> = {
  name: 'name',
  address: 'address',
  latitude: 'latitude',
  longitude: 'longitude',
  description: 'description',
  amenities: 'amenities',
  fibreMbps: 'fibre_mbps',
  openingHours: 'opening_hours',
  timezone: 'timezone',
  openOnPublicHolidays: 'open_on_public_holidays',
  cancellationCutoff: 'cancellation_cutoff',
  checkInRequired: 'check_in_required',
  noShowReleaseTime: 'no_show_release_time',
  accessInstructions: 'access_instructions',
  status: 'status',
  slug: 'slug',
};
const ADMIN_ONLY = ['status', 'communeCode', 'slug'] as const;

/** The network's sites: the public directory, and their description by admins and hosts. */
@Injectable()
export class SitesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly territory: TerritoryService,
    private readonly access: SiteAccess,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Published sites for everyone; officers also list drafts and archives (`status`). */
  async list(query: SiteQuery, principal?: Principal): Promise<Page<SiteView>> {
    const status = query.status ?? 'published';
    if (status !== 'published' && principal?.role !== 'admin') {
      throw new Forbidden('Only network officers list sites that are not published.');
    }
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown, condition: (placeholder: string) => string) => {
      params.push(value);
      conditions.push(condition(`$${params.length}`));
    };
    if (status !== 'all') add(status, (p) => `s.status = ${p}`);
    if (query.communeCode) add(query.communeCode, (p) => `s.commune_code = ${p}`);
    if (query.epciCode) add(query.epciCode, (p) => `s.epci_code = ${p}`);
    if (query.amenity?.length) add(query.amenity, (p) => `s.amenities @> ${p}::text[]`);
    const q = query.q ? searchKey(query.q) : '';
    if (q) add(likePattern(q), (p) => `(s.search_name LIKE ${p} OR c.search_name LIKE ${p})`);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    params.push(query.limit, query.offset);
    const rows: (SiteRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM (${SITE_SELECT} ${where}) AS found
       ORDER BY name, id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(
        `SELECT count(*) AS n FROM sites s JOIN communes c ON c.code = s.commune_code ${where}`,
        params.slice(0, -2),
      );
      total = Number(row.n);
    }
    return { items: rows.map(toSiteView), total };
  }

  /** A site's page: published for everyone, drafts and archives for admins and its hosts. */
  async get(idOrSlug: string, principal: Principal | undefined): Promise<SiteDetailView> {
    const site = await this.access.requireVisible(idOrSlug, principal);
    return this.detail(site.id, mayManageSite(principal, site.id));
  }

  async create(request: CreateSiteRequest): Promise<SiteDetailView> {
    const commune = await this.requireCommune(request.communeCode);
    const base = slugFromName(request.name);
    for (let attempt = 1; ; attempt++) {
      const taken: { slug: string }[] = await this.dataSource.query(
        `SELECT slug FROM sites WHERE slug = $1 OR slug LIKE $2`,
        [base, `${base}-%`],
      );
      const slug = firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
      try {
        const [row]: { id: string }[] = await this.dataSource.query(
          `INSERT INTO sites (slug, name, search_name, commune_code, epci_code, address, latitude, longitude,
                              description, amenities, fibre_mbps, opening_hours, timezone, open_on_public_holidays,
                              cancellation_cutoff, check_in_required, no_show_release_time, access_instructions)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
                   $15, $16, $17, $18)
           RETURNING id`,
          [
            slug,
            request.name,
            searchKey(request.name),
            commune.code,
            commune.epciCode,
            request.address,
            request.latitude,
            request.longitude,
            request.description ?? null,
            request.amenities ?? [],
            request.fibreMbps ?? null,
            JSON.stringify(request.openingHours),
            request.timezone ?? 'Europe/Paris',
            request.openOnPublicHolidays ?? [],
            JSON.stringify(request.cancellationCutoff ?? DEFAULT_CANCELLATION_CUTOFF),
            request.checkInRequired ?? false,
            request.noShowReleaseTime ?? DEFAULT_NO_SHOW_RELEASE_TIME,
            request.accessInstructions ?? null,
          ],
        );
        return this.detail(row.id, true);
      } catch (error) {
        if (violates(error, 'sites_slug_key', UNIQUE_VIOLATION) && attempt < SLUG_ATTEMPTS) continue;
        throw this.translate(error, slug);
      }
    }
  }

  async update(id: string, change: UpdateSiteRequest, principal: Principal): Promise<SiteDetailView> {
    const site = await this.access.requireManageable(id, principal);
    const [current] = await this.dataSource.query(`SELECT status, commune_code, slug FROM sites WHERE id = $1`, [
      site.id,
    ]);
    if (principal.role !== 'admin') {
      const currentValues = { status: current.status, communeCode: current.commune_code, slug: current.slug };
      const changed = ADMIN_ONLY.filter(
        (field) => change[field] !== undefined && change[field] !== currentValues[field],
      );
      if (changed.length) throw new AdminOnlyChange(changed);
    }
    const writes: FieldWrite[] = [];
    const also: Omit<FieldWrite, 'field'>[] = [];
    for (const [field, column] of Object.entries(UPDATABLE)) {
      const value = change[field as keyof UpdateSiteRequest];
      if (value === undefined) continue;
      writes.push({ field, column, value: field === 'openingHours' ? JSON.stringify(value) : value });
    }
    if (change.name !== undefined) also.push({ column: 'search_name', value: searchKey(change.name) });
    if (change.communeCode !== undefined && change.communeCode !== current.commune_code) {
      const commune = await this.requireCommune(change.communeCode);
      writes.push({ field: 'communeCode', column: 'commune_code', value: commune.code });
      also.push({ column: 'epci_code', value: commune.epciCode });
    }
    if (writes.length || also.length) {
      also.push({ column: 'updated_at', value: this.clock.now() });
      try {
        await this.dataSource.transaction(async (manager) => {
          const changes = await updateRow(manager, 'sites', site.id, writes, also);
          if (changes) await this.recordChanges(manager, principal, site.id, changes, change.status);
        });
      } catch (error) {
        throw this.translate(error, change.slug);
      }
    }
    return this.detail(site.id, true);
  }

  /**
   * An edit by a host or an officer, in the audit log with the names of the fields that moved (never their
   * values: descriptions and addresses are free text); a change of status says from what to what.
   */
  private async recordChanges(
    manager: EntityManager,
    principal: Principal,
    siteId: string,
    changes: RowChanges,
    status: string | undefined,
  ): Promise<void> {
    const fields = changes.changed.filter((field) => field !== 'status');
    if (fields.length) {
      await this.audit.record(manager, principal, {
        action: 'site.update',
        subjectType: 'site',
        subjectId: siteId,
        details: { fields },
      });
    }
    if (changes.changed.includes('status')) {
      await this.audit.record(manager, principal, {
        action: 'site.status.change',
        subjectType: 'site',
        subjectId: siteId,
        details: { from: changes.before['status'], to: status },
      });
    }
  }

  private async requireCommune(code: string): Promise<CommuneView> {
    const commune = await this.territory.findCommune(code);
    if (!commune) throw new InvalidInput([{ field: 'communeCode', message: 'communeCode names no French commune' }]);
    return commune;
  }

  /** Constraint violations a request can still cause after validation (races), in the domain's words. */
  private translate(error: unknown, slug: string | undefined): unknown {
    if (violates(error, 'sites_slug_key', UNIQUE_VIOLATION)) return new SlugTaken(slug ?? '');
    if (violates(error, 'sites_commune_code_fkey', FOREIGN_KEY_VIOLATION)) {
      return new InvalidInput([{ field: 'communeCode', message: 'communeCode names no French commune' }]);
    }
    return error;
  }

  /** `withAccess`: the caller manages the site, so it sees how to get in (others learn it once booked). */
  private async detail(id: string, withAccess: boolean): Promise<SiteDetailView> {
    const [row]: SiteRow[] = await this.dataSource.query(`${SITE_SELECT} WHERE s.id = $1`, [id]);
    if (!row) throw new NotFound('Site', id);
    const resources: ResourceRow[] = await this.dataSource.query(
      `${RESOURCE_SELECT} WHERE r.site_id = $1 AND r.active ORDER BY r.kind, r.name, r.id`,
      [id],
    );
    const closures: ClosureRow[] = await this.dataSource.query(
      `SELECT ${CLOSURE_COLUMNS} FROM site_closures WHERE site_id = $1 AND date >= $2::date ORDER BY date LIMIT $3`,
      [id, siteToday(this.clock.now(), row.timezone), UPCOMING_CLOSURES],
    );
    return {
      ...toSiteView(row),
      ...(withAccess ? { accessInstructions: row.access_instructions } : {}),
      resources: resources.map(toResourceView),
      upcomingClosures: closures.map(toClosureView),
    };
  }
}
