import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';

/**
 * Whether a member has a calendar feed, and since when, in their GDPR export (never its token: the export
 * is a file that travels, the token a credential). Erasure removes the feed, which kills its address.
 */
@Injectable()
@HoldsPersonalData('calendarFeed')
export class CalendarFeedPersonalData implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  async exportFor(userId: string): Promise<unknown> {
    const [row]: { created_at: Date }[] = await this.dataSource.query(
      `SELECT created_at FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    return row ? { createdAt: row.created_at.toISOString() } : null;
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
  }
}
