import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import type { Locale } from '../../identity/entities/user.entity';
import { Mailer } from '../../notifications/mailer';
import { announcementMail } from '../announcement-mail';
import { UnsubscribeTokens } from '../unsubscribe-tokens';

interface AnnouncementMailRow {
  site_id: string;
  site_name: string;
  subject: string;
  body: string;
  months_back: number;
  email: string;
  first_name: string;
  locale: Locale;
  unsubscribed: boolean;
}

/**
 * One member's copy of an announcement. Reloads the announcement, the site's name and the member's
 * address and language (read from `users`, as the booking and event mails do, until identity exports a
 * contact lookup), and sends nothing to an erased account or to a member who unsubscribed meanwhile.
 */
@Injectable()
@HandlesJob('community.announcement')
export class AnnouncementMailHandler implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly tokens: UnsubscribeTokens,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const [row]: AnnouncementMailRow[] = await this.dataSource.query(
      `SELECT a.site_id, s.name AS site_name, a.subject, a.body, a.months_back, u.email, u.first_name, u.locale,
              EXISTS (SELECT 1 FROM community_unsubscriptions c
                      WHERE c.user_id = u.id AND (c.site_id IS NULL OR c.site_id = a.site_id)) AS unsubscribed
       FROM site_announcements a JOIN sites s ON s.id = a.site_id CROSS JOIN users u
       WHERE a.id = $1 AND u.id = $2`,
      [payload['announcementId'], payload['userId']],
    );
    if (!row || row.unsubscribed) return 'skipped';
    const mail = announcementMail({
      firstName: row.first_name,
      siteName: row.site_name,
      monthsBack: row.months_back,
      subject: row.subject,
      body: row.body,
      links: this.tokens.links(payload['userId'], row.site_id),
    });
    // Not a topic of the notification preferences: community mail has its own unsubscribe links.
    await this.mailer.send({ to: { email: row.email, locale: row.locale, userId: payload['userId'] }, ...mail });
    return 'sent';
  }
}
