import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import type { Locale } from '../../identity/entities/user.entity';
import { MailTransport } from '../../notifications/mail-transport';
import type { RegistrationStatus } from '../entities/event-registration.entity';
import type { EventStatus } from '../entities/event.entity';
import { eventPageUrl } from '../event-calendar-file';
import { eventMail, EventMailKind } from './event-mails';

export interface EventMailRow {
  registration_status: RegistrationStatus;
  event_id: string;
  event_status: EventStatus;
  revision: number;
  title: string;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  online_url: string | null;
  site_name: string | null;
  room_name: string | null;
  email: string | null;
  first_name: string | null;
  locale: Locale | null;
}

/**
 * Reloads the registration and its event, and the registrant's address and language from `users` (a
 * documented read of identity's table, as in the booking mails, until identity exports a contact lookup).
 * Sends nothing once the state moved on: a member who left, an erased account, a newer change.
 */
abstract class EventMail implements JobHandler {
  protected abstract readonly kind: EventMailKind;
  protected abstract stillTrue(row: EventMailRow, payload: Record<string, string>): boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailTransport,
    private readonly config: AppConfig,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const [row]: EventMailRow[] = await this.dataSource.query(
      `SELECT r.status AS registration_status, e.id AS event_id, e.status AS event_status, e.revision, e.title,
              e.starts_at, e.ends_at, e.timezone, e.online_url, s.name AS site_name, room.name AS room_name,
              u.email, u.first_name, u.locale
       FROM event_registrations r JOIN events e ON e.id = r.event_id
       LEFT JOIN sites s ON s.id = e.site_id LEFT JOIN resources room ON room.id = e.room_id
       LEFT JOIN users u ON u.id = r.user_id
       WHERE r.id = $1`,
      [payload['registrationId']],
    );
    if (!row || !row.email || !this.stillTrue(row, payload)) return 'skipped';
    await this.mail.send({
      to: row.email,
      ...eventMail(this.kind, {
        firstName: row.first_name ?? '',
        locale: row.locale ?? 'fr',
        title: row.title,
        start: row.starts_at,
        end: row.ends_at,
        timezone: row.timezone,
        siteName: row.site_name,
        roomName: row.room_name,
        onlineUrl: row.online_url,
        link: eventPageUrl(this.config.publicUrl, row.event_id),
      }),
    });
    return 'sent';
  }
}

/** The event was cancelled: every registrant (registered, attended or waitlisted) is told. */
@Injectable()
@HandlesJob('event.cancelled')
export class EventCancelledMailHandler extends EventMail {
  protected readonly kind = 'cancelled';
  protected stillTrue(row: EventMailRow): boolean {
    return row.event_status === 'cancelled' && row.registration_status !== 'cancelled';
  }
  constructor(dataSource: DataSource, mail: MailTransport, @Inject(APP_CONFIG) config: AppConfig) {
    super(dataSource, mail, config);
  }
}

/** The event moved in time or place; only the latest change is mailed (`revision`). */
@Injectable()
@HandlesJob('event.changed')
export class EventChangedMailHandler extends EventMail {
  protected readonly kind = 'changed';
  protected stillTrue(row: EventMailRow, payload: Record<string, string>): boolean {
    return (
      row.event_status === 'published' &&
      ['registered', 'waitlisted'].includes(row.registration_status) &&
      String(row.revision) === payload['revision']
    );
  }
  constructor(dataSource: DataSource, mail: MailTransport, @Inject(APP_CONFIG) config: AppConfig) {
    super(dataSource, mail, config);
  }
}

/** A place freed and went to this member, first in line. */
@Injectable()
@HandlesJob('event.promoted')
export class EventPromotedMailHandler extends EventMail {
  protected readonly kind = 'promoted';
  protected stillTrue(row: EventMailRow): boolean {
    return row.event_status === 'published' && row.registration_status === 'registered';
  }
  constructor(dataSource: DataSource, mail: MailTransport, @Inject(APP_CONFIG) config: AppConfig) {
    super(dataSource, mail, config);
  }
}
