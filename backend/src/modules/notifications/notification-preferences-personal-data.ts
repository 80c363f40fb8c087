import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';
import { MAIL_TOPICS, type MailTopic } from './mail-topics';

/**
 * The e-mails a member turned off, in their GDPR export (community mail and language are in the community
 * and account sections). Erasure removes them.
 */
@Injectable()
@HoldsPersonalData('notificationPreferences')
export class NotificationPreferencesPersonalData implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  async exportFor(userId: string): Promise<unknown> {
    const rows: { topic: MailTopic; created_at: Date }[] = await this.dataSource.query(
      `SELECT topic, created_at FROM notification_opt_outs WHERE user_id = $1`,
      [userId],
    );
    return {
      turnedOff: rows
        .sort((a, b) => MAIL_TOPICS.indexOf(a.topic) - MAIL_TOPICS.indexOf(b.topic))
        .map((row) => ({ topic: row.topic, since: row.created_at.toISOString() })),
    };
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM notification_opt_outs WHERE user_id = $1`, [userId]);
  }
}
