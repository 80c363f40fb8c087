import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Page, PageQuery } from '../../common/pagination/page';
import { NotFound } from '../../common/problem/domain-error';
import { PeopleDirectory } from '../identity/people-directory';
import { SiteCalendar } from '../sites/site-calendar';
import { isUuid } from '../sites/site-slug';
import { networkInstant } from './community-records';
import type { UnsubscribeView, UnsubscriptionView } from './dto/unsubscribe.dto';
import { UnsubscribeGrant, UnsubscribeTokens } from './unsubscribe-tokens';

/**
 * Members who want no more announcements from a site, or no community mail at all: through the signed
 * link of a mail (no sign-in), and undone from their own area. Announcements skip them when recipients are
 * counted and again when each mail goes.
 */
@Injectable()
export class UnsubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: UnsubscribeTokens,
    private readonly calendar: SiteCalendar,
    private readonly people: PeopleDirectory,
  ) {}

  /** What the link would stop, and whether it already is; 404 for a forged link or an erased account. */
  async describe(token: string): Promise<UnsubscribeView> {
    const grant = await this.grantOf(token);
    return this.viewOf(grant);
  }

  /** Stops what the link names. Doing it twice changes nothing (a mail client may post as well as the member). */
  async unsubscribe(token: string): Promise<UnsubscribeView> {
    const grant = await this.grantOf(token);
    const siteId = grant.scope === 'site' ? grant.siteId : null;
    await this.dataSource.query(
      `INSERT INTO community_unsubscriptions (user_id, site_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
      [grant.userId, siteId],
    );
    return this.viewOf(grant);
  }

  async mine(userId: string, query: PageQuery): Promise<Page<UnsubscriptionView>> {
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM community_unsubscriptions WHERE user_id = $1`,
      [userId],
    );
    // Site names joined read-only, as in the directory (see `community-records.ts`).
    const rows: { id: string; site_id: string | null; site_name: string | null; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT c.id, c.site_id, s.name AS site_name, c.created_at
         FROM community_unsubscriptions c LEFT JOIN sites s ON s.id = c.site_id
         WHERE c.user_id = $1 ORDER BY c.site_id NULLS FIRST, s.name, c.id LIMIT $2 OFFSET $3`,
        [userId, query.limit, query.offset],
      );
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        siteId: row.site_id,
        siteName: row.site_name,
        createdAt: networkInstant(row.created_at),
      })),
    };
  }

  /** Receives again what was stopped; 404 for someone else's. */
  async resubscribe(userId: string, id: string): Promise<void> {
    const [{ deleted }]: { deleted: number }[] = isUuid(id)
      ? await this.dataSource.query(
          `WITH gone AS (DELETE FROM community_unsubscriptions WHERE id = $1 AND user_id = $2 RETURNING id)
           SELECT count(*)::int AS deleted FROM gone`,
          [id, userId],
        )
      : [{ deleted: 0 }];
    if (deleted !== 1) throw new NotFound('Unsubscription', id);
  }

  private async grantOf(token: string): Promise<UnsubscribeGrant> {
    const grant = this.tokens.verify(token);
    if (!grant) throw new NotFound('Unsubscribe link');
    // An erased account's old links name nobody.
    if (!(await this.people.cards([grant.userId])).size) throw new NotFound('Unsubscribe link');
    return grant;
  }

  private async viewOf(grant: UnsubscribeGrant): Promise<UnsubscribeView> {
    const site = await this.calendar.bookingSettings(grant.siteId);
    if (!site) throw new NotFound('Unsubscribe link');
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM community_unsubscriptions
       WHERE user_id = $1 AND (site_id IS NULL OR ($2 = 'site' AND site_id = $3))`,
      [grant.userId, grant.scope, grant.siteId],
    );
    return { scope: grant.scope, siteId: site.siteId, siteName: site.name, unsubscribed: !!row };
  }
}
