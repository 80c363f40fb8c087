import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Whether a member receives community mail at all: the unsubscription with no site
 * (`community_unsubscriptions.site_id IS NULL`) that the "all community mail" link of a mail also makes.
 * Exported for the member's notification preferences; stopping one site's announcements stays with the
 * links and the member's list of unsubscriptions.
 */
@Injectable()
export class CommunityMailChoice {
  constructor(private readonly dataSource: DataSource) {}

  async wantsCommunityMail(userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM community_unsubscriptions WHERE user_id = $1 AND site_id IS NULL`,
      [userId],
    );
    return !row;
  }

  /** Saying the same twice changes nothing, as with the links. */
  async chooseCommunityMail(userId: string, wants: boolean): Promise<void> {
    if (wants) {
      await this.dataSource.query(`DELETE FROM community_unsubscriptions WHERE user_id = $1 AND site_id IS NULL`, [
        userId,
      ]);
    } else {
      await this.dataSource.query(
        `INSERT INTO community_unsubscriptions (user_id, site_id) VALUES ($1, NULL) ON CONFLICT DO NOTHING`,
        [userId],
      );
    }
  }
}
