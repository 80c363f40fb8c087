import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HostedSitesLookup, type Principal } from '../../common/access/principal';
import { NotFound } from '../../common/problem/domain-error';
import { PageQuery, Page } from '../../common/pagination/page';
import { FOREIGN_KEY_VIOLATION, violates } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { PeopleDirectory } from '../identity/people-directory';
import { SiteHostView } from './dto/site-host.dto';
import { SiteAccess } from './site-access';
import { isUuid } from './site-slug';
import { siteInstant } from './site-time';

/**
 * Who runs which site. The identity module asks `hostedSiteIds` on every request to build the caller's
 * principal, so an appointment or a removal counts at once, even for tokens issued before.
 */
@Injectable()
export class SiteHostsService extends HostedSitesLookup {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SiteAccess,
    private readonly audit: AuditService,
    private readonly people: PeopleDirectory,
  ) {
    super();
  }

  async hostedSiteIds(userId: string): Promise<string[]> {
    const rows: { site_id: string }[] = await this.dataSource.query(
      `SELECT site_id FROM site_hosts WHERE user_id = $1 ORDER BY site_id`,
      [userId],
    );
    return rows.map((row) => row.site_id);
  }

  /** Every host of every published site, with the site's zone: whom the daily sheet goes to. */
  async hostsOfPublishedSites(): Promise<{ siteId: string; userId: string; timezone: string }[]> {
    const rows: { site_id: string; user_id: string; timezone: string }[] = await this.dataSource.query(
      `SELECT h.site_id, h.user_id, s.timezone FROM site_hosts h JOIN sites s ON s.id = h.site_id
       WHERE s.status = 'published' ORDER BY h.site_id, h.user_id`,
    );
    return rows.map((row) => ({ siteId: row.site_id, userId: row.user_id, timezone: row.timezone }));
  }

  /**
   * Idempotent: appointing a host twice keeps the first appointment. `actor` is the officer, recorded in
   * the audit log (the demo loader appoints without one).
   */
  async appoint(siteId: string, userId: string, actor?: Principal): Promise<void> {
    if (!isUuid(siteId)) throw new NotFound('Site', siteId);
    if (!isUuid(userId)) throw new NotFound('User', userId);
    try {
      await this.dataSource.transaction(async (manager) => {
        // INSERT answers its rows (UPDATE and DELETE answer [rows, count]).
        const inserted: unknown[] = await manager.query(
          `INSERT INTO site_hosts (site_id, user_id) VALUES ($1, $2) ON CONFLICT (site_id, user_id) DO NOTHING
           RETURNING user_id`,
          [siteId, userId],
        );
        if (actor && inserted.length) {
          await this.audit.record(manager, actor, {
            action: 'site.host.appoint',
            subjectType: 'user',
            subjectId: userId,
            details: { siteId },
          });
        }
      });
    } catch (error) {
      // The users table is identity's: the foreign key, not a query of it, says whether the user exists.
      if (violates(error, 'site_hosts_site_id_fkey', FOREIGN_KEY_VIOLATION)) throw new NotFound('Site', siteId);
      if (violates(error, 'site_hosts_user_id_fkey', FOREIGN_KEY_VIOLATION)) throw new NotFound('User', userId);
      throw error;
    }
  }

  async remove(siteId: string, userId: string, actor: Principal): Promise<void> {
    const site = isUuid(siteId) ? await this.access.find(siteId) : undefined;
    if (!site) throw new NotFound('Site', siteId);
    if (!isUuid(userId)) throw new NotFound(`Host of site ${site.id}`, userId);
    await this.dataSource.transaction(async (manager) => {
      const [, deleted] = await manager.query(`DELETE FROM site_hosts WHERE site_id = $1 AND user_id = $2`, [
        site.id,
        userId,
      ]);
      if (!deleted) throw new NotFound(`Host of site ${site.id}`, userId);
      await this.audit.record(manager, actor, {
        action: 'site.host.remove',
        subjectType: 'user',
        subjectId: userId,
        details: { siteId: site.id },
      });
    });
  }

  async list(siteId: string, query: PageQuery, principal: Principal): Promise<Page<SiteHostView>> {
    const site = await this.access.requireManageable(siteId, principal);
    const rows: { user_id: string; created_at: Date; total: string }[] = await this.dataSource.query(
      `SELECT user_id, created_at, count(*) OVER () AS total FROM site_hosts WHERE site_id = $1
       ORDER BY created_at, user_id LIMIT $2 OFFSET $3`,
      [site.id, query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(`SELECT count(*) AS n FROM site_hosts WHERE site_id = $1`, [site.id]);
      total = Number(row.n);
    }
    const cards = await this.people.cards(rows.map((row) => row.user_id));
    const items: SiteHostView[] = [];
    for (const row of rows) {
      const card = cards.get(row.user_id);
      // An account erased since this page was read: its appointment went with it (ON DELETE CASCADE).
      if (!card) continue;
      items.push({
        userId: row.user_id,
        appointedAt: siteInstant(row.created_at, site.timezone),
        firstName: card.firstName,
        lastName: card.lastName,
        ...(principal.role === 'admin' ? { email: card.email } : {}),
      });
    }
    return { items, total };
  }
}
