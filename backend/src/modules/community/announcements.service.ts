import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { Page, PageQuery } from '../../common/pagination/page';
import { NotFound } from '../../common/problem/domain-error';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { OutboxService } from '../../jobs/outbox.service';
import { AuditService } from '../audit/audit.service';
import { SiteBookers } from '../booking/site-bookers';
import { renderSafeMarkdown } from '../../common/text/safe-markdown';
import { PeopleDirectory } from '../identity/people-directory';
import { MailTemplates } from '../notifications/mail-templates';
import { SiteCalendar } from '../sites/site-calendar';
import { siteInstant } from '../sites/site-time';
import { NotSiteHost } from '../sites/sites.errors';
import { announcementMail } from './announcement-mail';
import { AnnouncementDailyLimit, NoRecipients } from './community.errors';
import type {
  AnnouncementPreview,
  AnnouncementPreviewRequest,
  AnnouncementRequest,
  AnnouncementView,
} from './dto/announcement.dto';
import { UnsubscribeTokens } from './unsubscribe-tokens';

interface ManagedSite {
  id: string;
  name: string;
  timezone: string;
}

interface AnnouncementRow {
  id: string;
  site_id: string;
  author_id: string | null;
  subject: string;
  body: string;
  months_back: number;
  recipient_count: number;
  sent_at: Date;
}

const ANNOUNCEMENT_COLUMNS = 'id, site_id, author_id, subject, body, months_back, recipient_count, sent_at';

/**
 * Hosts' announcements to the members who booked at their site: previewed, sent (one outbox message per
 * recipient, in the announcement's transaction), listed. Recipients come from the booking module's
 * `SiteBookers`, less the members who unsubscribed from the site or from all community mail; they are
 * checked again when each mail goes, so an unsubscription in between still counts.
 */
@Injectable()
export class AnnouncementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: SiteCalendar,
    private readonly bookers: SiteBookers,
    private readonly people: PeopleDirectory,
    private readonly tokens: UnsubscribeTokens,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly templates: MailTemplates,
  ) {}

  /** The mail as the caller would get it, and how many members it would reach now; nothing is sent. */
  async preview(
    siteId: string,
    request: AnnouncementPreviewRequest,
    principal: Principal,
  ): Promise<AnnouncementPreview> {
    const site = await this.managedSite(siteId, principal);
    const since = this.windowStart(site, request.monthsBack);
    const recipients = await this.recipients(this.dataSource.manager, site.id, since);
    const me = (await this.people.cards([principal.userId])).get(principal.userId);
    const mail = announcementMail({
      firstName: me?.firstName ?? '',
      siteName: site.name,
      monthsBack: request.monthsBack,
      subject: request.subject,
      body: request.body,
      links: this.tokens.links(principal.userId, site.id),
    });
    const rendered = this.templates.render(mail.template, request.locale ?? 'fr', mail.data);
    return {
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      recipientCount: recipients.length,
      since: since.toISODate()!,
    };
  }

  /**
   * Records the announcement and one mail per recipient, and audits it, in one transaction. One a site and
   * local day: 429 with `Retry-After` (the friendly check, then the unique index for two at once); 422 when
   * nobody would receive it.
   */
  async send(siteId: string, request: AnnouncementRequest, principal: Principal): Promise<AnnouncementView> {
    const site = await this.managedSite(siteId, principal);
    const now = this.clock.now();
    const local = DateTime.fromJSDate(now, { zone: site.timezone });
    const sentOn = local.toISODate()!;
    const limit = () =>
      new AnnouncementDailyLimit(Math.ceil(local.plus({ days: 1 }).startOf('day').diff(local).as('seconds')));
    const [sentToday] = await this.dataSource.query(
      `SELECT 1 FROM site_announcements WHERE site_id = $1 AND sent_on = $2`,
      [site.id, sentOn],
    );
    if (sentToday) throw limit();
    const since = this.windowStart(site, request.monthsBack);
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const recipients = await this.recipients(manager, site.id, since);
        if (!recipients.length) throw new NoRecipients(request.monthsBack);
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO site_announcements (site_id, author_id, subject, body, months_back, recipient_count, sent_on,
                                           sent_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            site.id,
            principal.userId,
            request.subject,
            request.body,
            request.monthsBack,
            recipients.length,
            sentOn,
            now,
          ],
        );
        await this.outbox.enqueue(
          manager,
          ...recipients.map((userId) => ({
            kind: 'community.announcement' as const,
            key: `announcement-${row.id}-${userId}`,
            payload: { announcementId: row.id, userId },
          })),
        );
        await this.audit.record(manager, principal, {
          action: 'announcement.send',
          subjectType: 'site',
          subjectId: site.id,
          details: { announcementId: row.id, recipients: recipients.length, monthsBack: request.monthsBack },
        });
        return row.id;
      });
    } catch (error) {
      if (violates(error, 'site_announcements_site_id_sent_on_key', UNIQUE_VIOLATION)) throw limit();
      throw error;
    }
    const [row]: AnnouncementRow[] = await this.dataSource.query(
      `SELECT ${ANNOUNCEMENT_COLUMNS} FROM site_announcements WHERE id = $1`,
      [id],
    );
    return (await this.views([row], site.timezone))[0];
  }

  /** The site's announcements, newest first, for its team. */
  async history(siteId: string, query: PageQuery, principal: Principal): Promise<Page<AnnouncementView>> {
    const site = await this.managedSite(siteId, principal);
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM site_announcements WHERE site_id = $1`,
      [site.id],
    );
    const rows: AnnouncementRow[] = await this.dataSource.query(
      `SELECT ${ANNOUNCEMENT_COLUMNS} FROM site_announcements WHERE site_id = $1
       ORDER BY sent_at DESC, id LIMIT $2 OFFSET $3`,
      [site.id, query.limit, query.offset],
    );
    return { total, items: await this.views(rows, site.timezone) };
  }

  /** The members it goes to: a booking there ending after `since`, and not unsubscribed. */
  private async recipients(manager: EntityManager, siteId: string, since: DateTime): Promise<string[]> {
    const booked = await this.bookers.memberIds(manager, siteId, since.toJSDate());
    if (!booked.length) return [];
    const unsubscribed: { user_id: string }[] = await manager.query(
      `SELECT DISTINCT user_id FROM community_unsubscriptions
       WHERE user_id = ANY($1::uuid[]) AND (site_id IS NULL OR site_id = $2)`,
      [booked, siteId],
    );
    const out = new Set(unsubscribed.map((row) => row.user_id));
    return booked.filter((userId) => !out.has(userId));
  }

  /** The start of the local day N calendar months ago (Luxon: 31 March less one month is 28 or 29 February). */
  private windowStart(site: ManagedSite, monthsBack: number): DateTime {
    return DateTime.fromJSDate(this.clock.now(), { zone: site.timezone }).minus({ months: monthsBack }).startOf('day');
  }

  /**
   * The site, if the caller manages it: 404 for one they may not see (a draft of another's), 403 for a
   * published site they do not host.
   */
  private async managedSite(siteId: string, principal: Principal): Promise<ManagedSite> {
    const schedule = await this.calendar.findSchedule(siteId);
    if (!schedule || (schedule.status !== 'published' && !mayManageSite(principal, schedule.id))) {
      throw new NotFound('Site', siteId);
    }
    if (!mayManageSite(principal, schedule.id)) throw new NotSiteHost();
    const settings = await this.calendar.bookingSettings(schedule.id);
    return { id: schedule.id, name: settings!.name, timezone: schedule.timezone };
  }

  private async views(rows: AnnouncementRow[], zone: string): Promise<AnnouncementView[]> {
    const authors = await this.people.cards(rows.map((row) => row.author_id).filter((id): id is string => !!id));
    return rows.map((row) => {
      const author = row.author_id ? authors.get(row.author_id) : undefined;
      return {
        id: row.id,
        siteId: row.site_id,
        subject: row.subject,
        body: row.body,
        bodyHtml: renderSafeMarkdown(row.body),
        monthsBack: row.months_back,
        recipientCount: row.recipient_count,
        sentAt: siteInstant(row.sent_at, zone),
        author: author ? { id: author.id, firstName: author.firstName, lastName: author.lastName } : null,
      };
    });
  }
}
