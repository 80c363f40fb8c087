import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { NotFound } from '../../common/problem/domain-error';
import type { SiteStatus } from './site-amenities';
import { isUuid, SLUG_PATTERN } from './site-slug';
import { NotSiteHost } from './sites.errors';

export interface SiteRef {
  id: string;
  status: SiteStatus;
  timezone: string;
}

/**
 * Who may see and who may manage a site. The public sees published sites; a network officer and the
 * site's hosts also see its drafts and archives. Everyone else gets a 404 for a site they cannot see
 * (its existence is not theirs to learn) and a 403 for one they see but may not manage.
 */
@Injectable()
export class SiteAccess {
  constructor(private readonly dataSource: DataSource) {}

  /** The site by id or slug, or undefined; never a query error for a malformed id. */
  async find(idOrSlug: string): Promise<SiteRef | undefined> {
    const column = isUuid(idOrSlug) ? 'id' : 'slug';
    if (column === 'slug' && !SLUG_PATTERN.test(idOrSlug)) return undefined;
    const rows: SiteRef[] = await this.dataSource.query(`SELECT id, status, timezone FROM sites WHERE ${column} = $1`, [
      column === 'id' ? idOrSlug.toLowerCase() : idOrSlug,
    ]);
    return rows[0];
  }

  async requireVisible(idOrSlug: string, principal: Principal | undefined): Promise<SiteRef> {
    const site = await this.find(idOrSlug);
    if (!site || !this.isVisible(site, principal)) throw new NotFound('Site', idOrSlug);
    return site;
  }

  async requireManageable(id: string, principal: Principal | undefined): Promise<SiteRef> {
    const site = isUuid(id) ? await this.find(id) : undefined;
    if (!site || !this.isVisible(site, principal)) throw new NotFound('Site', id);
    if (!mayManageSite(principal, site.id)) throw new NotSiteHost();
    return site;
  }

  isVisible(site: SiteRef, principal: Principal | undefined): boolean {
    return site.status === 'published' || mayManageSite(principal, site.id);
  }
}
