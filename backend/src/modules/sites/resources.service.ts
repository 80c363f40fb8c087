import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { NotFound } from '../../common/problem/domain-error';
import { Page, PageQuery } from '../../common/pagination/page';
import { AuditService } from '../audit/audit.service';
import { CreateResourceRequest, ResourceView, UpdateResourceRequest } from './dto/resource.dto';
import { FieldWrite, updateRow } from './row-changes';
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
    private readonly audit: AuditService,
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
    const id = await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO resources (site_id, name, kind, capacity, amenities) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [site.id, request.name, request.kind, request.capacity ?? 1, request.amenities ?? []],
      );
      await this.audit.record(manager, principal, {
        action: 'resource.create',
        subjectType: 'resource',
        subjectId: row.id,
        details: { siteId: site.id, kind: request.kind },
      });
      return row.id;
    });
    return this.view(id);
  }

  async update(id: string, change: UpdateResourceRequest, principal: Principal): Promise<ResourceView> {
    const siteId = await this.requireManageable(id, principal);
    const writes: FieldWrite[] = Object.entries(UPDATABLE)
      .filter(([field]) => change[field as keyof UpdateResourceRequest] !== undefined)
      .map(([field, column]) => ({ field, column, value: change[field as keyof UpdateResourceRequest] }));
    if (writes.length) {
      await this.dataSource.transaction(async (manager) => {
        const changes = await updateRow(manager, 'resources', id, writes);
        // Field names only: what moved, not what it says.
        if (changes?.changed.length) {
          await this.audit.record(manager, principal, {
            action: 'resource.update',
            subjectType: 'resource',
            subjectId: id,
            details: { siteId, fields: changes.changed },
          });
        }
      });
    }
    return this.view(id);
  }

  /** Idempotent: removing a removed resource changes nothing (and logs nothing). */
  async deactivate(id: string, principal: Principal): Promise<void> {
    const siteId = await this.requireManageable(id, principal);
    await this.dataSource.transaction(async (manager) => {
      const changes = await updateRow(manager, 'resources', id, [{ field: 'active', column: 'active', value: false }]);
      if (changes?.changed.length) {
        await this.audit.record(manager, principal, {
          action: 'resource.deactivate',
          subjectType: 'resource',
          subjectId: id,
          details: { siteId },
        });
      }
    });
  }

  /**
   * A resource of a site the caller manages (answers that site's id); a 404 for one whose site they cannot
   * even see.
   */
  private async requireManageable(id: string, principal: Principal): Promise<string> {
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
    return row.site_id;
  }

  private async view(id: string): Promise<ResourceView> {
    const [row]: ResourceRow[] = await this.dataSource.query(`${RESOURCE_SELECT} WHERE r.id = $1`, [id]);
    return toResourceView(row);
  }
}
