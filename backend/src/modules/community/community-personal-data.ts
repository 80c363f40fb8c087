import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';
import { networkInstant } from './community-records';
import { DirectoryService } from './directory.service';

/**
 * A member's directory card and unsubscriptions, and the announcements they wrote as a host, in their
 * GDPR export. On erasure the card and the unsubscriptions go; the announcements stay in their site's
 * history (its members received them) without an author.
 */
@Injectable()
@HoldsPersonalData('community')
export class CommunityPersonalData implements PersonalDataHolder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly directory: DirectoryService,
  ) {}

  async exportFor(userId: string): Promise<unknown> {
    const [profile] = await this.dataSource.query(`SELECT 1 FROM directory_profiles WHERE user_id = $1`, [userId]);
    const unsubscriptions: { site_id: string | null; created_at: Date }[] = await this.dataSource.query(
      `SELECT site_id, created_at FROM community_unsubscriptions WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    const announcements: { id: string; site_id: string; subject: string; body: string; sent_at: Date }[] =
      await this.dataSource.query(
        `SELECT id, site_id, subject, body, sent_at FROM site_announcements WHERE author_id = $1 ORDER BY sent_at, id`,
        [userId],
      );
    const card = profile ? await this.directory.profileOf(userId) : null;
    return {
      directoryProfile: card && {
        listed: card.listed,
        trade: card.trade,
        skills: card.skills,
        helpText: card.helpText,
        showEmail: card.showEmail,
        sites: card.sites,
        updatedAt: card.updatedAt,
      },
      unsubscriptions: unsubscriptions.map((row) => ({
        scope: row.site_id ? 'site' : 'all',
        siteId: row.site_id,
        createdAt: networkInstant(row.created_at),
      })),
      announcementsWritten: announcements.map((row) => ({
        id: row.id,
        siteId: row.site_id,
        subject: row.subject,
        body: row.body,
        sentAt: networkInstant(row.sent_at),
      })),
    };
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    // Skills and sites of the card go with it (ON DELETE CASCADE).
    await manager.query(`DELETE FROM directory_profiles WHERE user_id = $1`, [userId]);
    await manager.query(`DELETE FROM community_unsubscriptions WHERE user_id = $1`, [userId]);
    await manager.query(`UPDATE site_announcements SET author_id = NULL WHERE author_id = $1`, [userId]);
  }
}
