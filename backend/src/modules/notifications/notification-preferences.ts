import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MAIL_TOPICS, type MailTopic } from './mail-topics';

/**
 * A member's choice of optional e-mails (see `MAIL_TOPICS`), kept as the topics they turned off
 * (`notification_opt_outs`): a member who never chose, and every topic added later, gets the mail.
 */
@Injectable()
export class NotificationPreferences {
  constructor(private readonly dataSource: DataSource) {}

  /** Whether the member still wants mails of this topic: one lookup on the table's key, before each mail. */
  async allows(userId: string, topic: MailTopic): Promise<boolean> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM notification_opt_outs WHERE user_id = $1 AND topic = $2`, [
      userId,
      topic,
    ]);
    return !row;
  }

  /** Every topic with whether the member wants it, in the order of `MAIL_TOPICS`. */
  async of(userId: string): Promise<Record<MailTopic, boolean>> {
    const rows: { topic: MailTopic }[] = await this.dataSource.query(
      `SELECT topic FROM notification_opt_outs WHERE user_id = $1`,
      [userId],
    );
    const off = new Set(rows.map((row) => row.topic));
    return Object.fromEntries(MAIL_TOPICS.map((topic) => [topic, !off.has(topic)])) as Record<MailTopic, boolean>;
  }

  /** Turns the named topics on or off and leaves the others as they were; saying the same twice changes nothing. */
  async choose(userId: string, wanted: Partial<Record<MailTopic, boolean>>, manager?: EntityManager): Promise<void> {
    const entries = Object.entries(wanted) as [MailTopic, boolean | undefined][];
    const off = entries.filter(([, wants]) => wants === false).map(([topic]) => topic);
    const on = entries.filter(([, wants]) => wants === true).map(([topic]) => topic);
    const db = manager ?? this.dataSource.manager;
    if (off.length) {
      await db.query(
        `INSERT INTO notification_opt_outs (user_id, topic) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING`,
        [userId, off],
      );
    }
    if (on.length) {
      await db.query(`DELETE FROM notification_opt_outs WHERE user_id = $1 AND topic = ANY($2::text[])`, [userId, on]);
    }
  }
}
