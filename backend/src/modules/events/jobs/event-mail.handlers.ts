import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import type { Locale } from '../../identity/entities/user.entity';
import type { MailTopic } from '../../notifications/mail-topics';
import { Mailer } from '../../notifications/mailer';
import type { RegistrationStatus } from '../entities/event-registration.entity';
import { eventInvitation } from '../event-calendar-file';
import { EventRow, POSITION_OF } from '../event-records';
import { EventsService } from '../events.service';
import { eventMailData } from './event-mail-data';

interface Registrant {
  status: RegistrationStatus;
  event_id: string;
  user_id: string | null;
  position: number | null;
  email: string | null;
  first_name: string | null;
  locale: Locale | null;
}

/** One kind of event mail: its template, whether it is still due when handled, and its calendar part. */
interface EventMailRule {
  /** `events/<mail>`: `modules/events/mail/<mail>.<locale>.hbs`. */
  template: string;
  /** Set for a mail the member may turn off. */
  topic?: MailTopic;
  stillDue(registration: RegistrationStatus, event: EventRow, payload: Record<string, string>): boolean;
  /** The invitation the mail carries, if any, for a registration in this state. */
  invitation?(registration: RegistrationStatus): 'REQUEST' | 'CANCEL' | undefined;
}

const holdsPlace = (status: RegistrationStatus): boolean => status === 'registered' || status === 'attended';

/**
 * Reloads the registration and its event, and the registrant's address and language from `users` (a
 * documented read of identity's table, as in the booking mails, until identity exports a contact lookup).
 * Sends nothing once the state moved on: a member who left, an erased account, a newer change.
 */
@Injectable()
export class EventMailSender {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(payload: Record<string, string>, rule: EventMailRule): Promise<JobOutcome> {
    const [registrant]: Registrant[] = await this.dataSource.query(
      `SELECT r.status, r.event_id, r.user_id, u.email, u.first_name, u.locale,
              CASE WHEN r.status = 'waitlisted' THEN ${POSITION_OF('r')} END AS position
       FROM event_registrations r LEFT JOIN users u ON u.id = r.user_id
       WHERE r.id = $1`,
      [payload['registrationId']],
    );
    if (!registrant?.email || !registrant.user_id) return 'skipped';
    const event = await this.events.findRow(registrant.event_id, undefined);
    if (!event || !rule.stillDue(registrant.status, event, payload)) return 'skipped';
    const locale: Locale = registrant.locale === 'en' ? 'en' : 'fr';
    const method = rule.invitation?.(registrant.status);
    const { publicUrl, mailFrom } = this.config;
    return this.mailer.send({
      to: { email: registrant.email, locale, userId: registrant.user_id },
      template: rule.template,
      topic: rule.topic,
      data: eventMailData(
        { firstName: registrant.first_name, position: registrant.position, event },
        locale,
        publicUrl,
      ),
      icalEvent: method ? eventInvitation(method, event, { publicUrl, mailFrom, stamp: this.clock.now() }) : undefined,
    });
  }
}

/**
 * The member took a place: the confirmation, with the invitation that puts the event in their calendar.
 * Skipped once they left or the event was cancelled (that mail says so instead).
 */
@Injectable()
@HandlesJob('event.registered')
export class EventRegisteredMailHandler implements JobHandler {
  constructor(private readonly mails: EventMailSender) {}
  handle(payload: Record<string, string>): Promise<JobOutcome> {
    return this.mails.send(payload, {
      template: 'events/registered',
      topic: 'event-registrations',
      stillDue: (registration, event) => registration === 'registered' && event.status === 'published',
      invitation: () => 'REQUEST',
    });
  }
}

/** The event was full: the member is in the waiting line, at the position they hold when the mail leaves. */
@Injectable()
@HandlesJob('event.waitlisted')
export class EventWaitlistedMailHandler implements JobHandler {
  constructor(private readonly mails: EventMailSender) {}
  handle(payload: Record<string, string>): Promise<JobOutcome> {
    return this.mails.send(payload, {
      template: 'events/waitlisted',
      topic: 'event-registrations',
      stillDue: (registration, event) => registration === 'waitlisted' && event.status === 'published',
    });
  }
}

/**
 * The reminder the day before, for the time the event had when it was scheduled: a move since then
 * (another revision) scheduled its own reminder, so this one sends nothing.
 */
@Injectable()
@HandlesJob('event.reminder')
export class EventReminderMailHandler implements JobHandler {
  constructor(private readonly mails: EventMailSender) {}
  handle(payload: Record<string, string>): Promise<JobOutcome> {
    return this.mails.send(payload, {
      template: 'events/reminder',
      topic: 'event-reminders',
      stillDue: (registration, event) =>
        registration === 'registered' && event.status === 'published' && String(event.revision) === payload['revision'],
    });
  }
}

/**
 * The event was cancelled: every registrant (registered, attended or waitlisted) is told; those who held a
 * place get the calendar CANCEL of their invitation, with its UID.
 */
@Injectable()
@HandlesJob('event.cancelled')
export class EventCancelledMailHandler implements JobHandler {
  constructor(private readonly mails: EventMailSender) {}
  handle(payload: Record<string, string>): Promise<JobOutcome> {
    return this.mails.send(payload, {
      template: 'events/cancelled',
      stillDue: (registration, event) => event.status === 'cancelled' && registration !== 'cancelled',
      invitation: (registration) => (holdsPlace(registration) ? 'CANCEL' : undefined),
    });
  }
}

/**
 * The event moved in time or place; only the latest change is mailed (`revision`). Those holding a place get
 * the updated invitation (a higher SEQUENCE), so their calendar moves it; those in line have none to update.
 */
@Injectable()
@HandlesJob('event.changed')
export class EventChangedMailHandler implements JobHandler {
  constructor(private readonly mails: EventMailSender) {}
  handle(payload: Record<string, string>): Promise<JobOutcome> {
    return this.mails.send(payload, {
      template: 'events/changed',
      stillDue: (registration, event) =>
        event.status === 'published' &&
        (registration === 'registered' || registration === 'waitlisted') &&
        String(event.revision) === payload['revision'],
      invitation: (registration) => (registration === 'registered' ? 'REQUEST' : undefined),
    });
  }
}

/** A place freed and went to this member, first in line: told, with the invitation for their calendar. */
@Injectable()
@HandlesJob('event.promoted')
export class EventPromotedMailHandler implements JobHandler {
  constructor(private readonly mails: EventMailSender) {}
  handle(payload: Record<string, string>): Promise<JobOutcome> {
    return this.mails.send(payload, {
      template: 'events/promoted',
      stillDue: (registration, event) => registration === 'registered' && event.status === 'published',
      invitation: () => 'REQUEST',
    });
  }
}
