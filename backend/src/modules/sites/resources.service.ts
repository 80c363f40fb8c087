import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { NotFound } from '../../common/problem/domain-error';
import { Page, PageQuery } from '../../common/pagination/page';
import { CreateResourceRequest, ResourceView, UpdateResourceRequest } from './dto/resource.dto';
import { SiteAccess } from './site-access';
import { RESOURCE_SELECT, ResourceRow, toResourceView } from './site-records';
import { isUuid } from './site-slug';
import { NotSiteHost } from './sites.errors';

const UPDATABLE: Record<keyof UpdateResourceRequest, string> = {
  name: 'name',
  kind: 'kind',
  capacity: 'capacity',
  amenities: 'amenities',
  active: 'active',
};

/** The desks, rooms, offices and booths of a site. Removing one deactivates it: bookings keep their history. */
@Injectable()
export class ResourcesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SiteAccess,
  ) {}

  /** What can be booked at a site the caller can see. */
  async listActive(siteIdOrSlug: string, query: PageQuery, principal?: Principal): Promise<Page<ResourceView>> {
    const site = await this.access.requireVisible(siteIdOrSlug, principal);
    const rows: (ResourceRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM (${RESOURCE_SELECT} WHERE r.site_id = $1 AND r.active) AS found
       ORDER BY kind, name, id LIMIT $2 OFFSET $3`,
      [site.id, query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(`SELECT count(*) AS n FROM resources WHERE site_id = $1 AND active`, [
        site.id,
      ]);
      total = Number(row.n);
    }
    return { items: rows.map(toResourceView), total };
  }

  async create(siteId: string, request: CreateResourceRequest, principal: Principal): Promise<ResourceView> {
    const site = await this.access.requireManageable(siteId, principal);
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO resources (site_id, name, kind, capacity, amenities) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [site.id, request.name, request.kind, request.capacity ?? 1, request.amenities ?? []],
    );
    return this.view(row.id);
  }

  async update(id: string, change: UpdateResourceRequest, principal: Principal): Promise<ResourceView> {
    await this.requireManageable(id, principal);
    const params: unknown[] = [id];
    const assignments = Object.entries(UPDATABLE)
      .filter(([field]) => change[field as keyof UpdateResourceRequest] !== undefined)
      .map(([field, column]) => {
        params.push(change[field as keyof UpdateResourceRequest]);
        return `${column} = $${params.length}`;
      });
    if (assignments.length) {
      await this.dataSource.query(`UPDATE resources SET ${assignments.join(', ')} WHERE id = $1`, params);
    }
    return this.view(id);
  }

  /** Idempotent: removing a removed resource changes nothing. */
  async deactivate(id: string, principal: Principal): Promise<void> {
    await this.requireManageable(id, principal);
    await this.dataSource.query(`UPDATE resources SET active = false WHERE id = $1`, [id]);
  }

  /** A resource of a site the caller manages; a 404 for one whose site they cannot even see. */
  private async requireManageable(id: string, principal: Principal): Promise<void> {
    const [row]: { site_id: string; status: 'draft' | 'published' | 'archived'; timezone: string }[] = isUuid(id)
      ? await this.dataSource.query(
          `SELECT r.site_id, s.status, s.timezone FROM resources r JOIN sites s ON s.id = r.site_id WHERE r.id = $1`,
          [id],
        )
      : [];
    if (!row || !this.access.isVisible({ id: row.site_id, status: row.status, timezone: row.timezone }, principal)) {
      throw new NotFound('Resource', id);
    }
    if (!mayManageSite(principal, row.site_id)) throw new NotSiteHost();
  }

  private async view(id: string): Promise<ResourceView> {
    const [row]: ResourceRow[] = await this.dataSource.query(`${RESOURCE_SELECT} WHERE r.id = $1`, [id]);
    return toResourceView(row);
  }
}
