import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import type { Locale } from '../../identity/entities/user.entity';
import type { MailTopic } from '../../notifications/mail-topics';
import { Mailer, type TemplatedMail } from '../../notifications/mailer';
import { bookingInvitation } from '../booking-invitation';
import type { BookingSlot } from '../booking-slots';
import type { BookingStatus, CancellationReason } from '../entities/booking.entity';
import { NoShowRelease } from '../no-show-release';

interface MailRow {
  id: string;
  status: BookingStatus;
  slot: BookingSlot;
  site_id: string;
  user_id: string | null;
  start: Date;
  end: Date;
  /** The holder cancelled it themselves (not a host, an officer or a closed day). */
  cancelled_by_holder: boolean;
  /** Null for a booking cancelled before reasons were kept (and for one not cancelled). */
  cancellation_reason: CancellationReason | null;
  cancellation_note: string | null;
  email: string | null;
  first_name: string | null;
  locale: Locale | null;
  resource_name: string;
  site_name: string;
  site_address: string | null;
  timezone: string;
  access_instructions: string | null;
}

/** What every booking mail handler needs, injected once and handed to the base class. */
@Injectable()
export class BookingMailContext {
  constructor(
    readonly dataSource: DataSource,
    readonly mailer: Mailer,
    readonly clock: Clock,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}
}

/** A time of day as the member reads it: `08h30` in French, `08:30` in English. */
export function clockTime(at: DateTime, locale: 'fr' | 'en'): string {
  return at.toFormat(locale === 'fr' ? "HH'h'mm" : 'HH:mm');
}

export interface BookingMailFacts {
  firstName: string;
  siteName: string;
  resourceName: string;
  start: Date;
  end: Date;
  timezone: string;
  /** How to get in (door code, key), told only in a mail that gives a place; null otherwise. */
  access: string | null;
}

/** What every booking template reads: the booking in the member's language, times in the site's zone. */
export function bookingMailData(facts: BookingMailFacts, locale: 'fr' | 'en'): Record<string, string | null> {
  const start = DateTime.fromJSDate(facts.start, { zone: facts.timezone }).setLocale(locale);
  const end = DateTime.fromJSDate(facts.end, { zone: facts.timezone }).setLocale(locale);
  return {
    firstName: facts.firstName,
    siteName: facts.siteName,
    resourceName: facts.resourceName,
    date: start.toFormat('cccc d LLLL yyyy'),
    startTime: clockTime(start, locale),
    endTime: clockTime(end, locale),
    access: facts.access,
  };
}

/**
 * Reloads the booking (and its holder's address, read from `users`: a documented exception until identity
 * exports a contact lookup) and sends nothing if the state moved on or the holder erased their account. The
 * wording is the template `booking/<name>` (`../mail/`); the booking's times are told in the site's zone.
 */
abstract class BookingMail implements JobHandler {
  protected abstract readonly sendWhile: BookingStatus[];
  /** The calendar invitation the mail carries, if any: REQUEST with a place, CANCEL without. */
  protected abstract readonly invitation: 'REQUEST' | 'CANCEL' | undefined;
  /** Only a mail that gives the member a place tells them how to get in. */
  protected readonly givesPlace: boolean = true;

  constructor(private readonly context: BookingMailContext) {}

  protected abstract templateOf(row: MailRow): string;

  /** The preference that may turn this mail off; none by default (always sent). */
  protected topicOf(_row: MailRow, _payload: Record<string, string>): MailTopic | undefined {
    return undefined;
  }

  /** Values a template needs beyond the booking's own. */
  protected async extraData(_row: MailRow, _locale: 'fr' | 'en'): Promise<object> {
    return {};
  }

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const [row]: MailRow[] = await this.context.dataSource.query(
      `SELECT b.id, b.status, b.slot, b.site_id, b.user_id, lower(b.during) AS start, upper(b.during) AS "end",
              (b.cancelled_by IS NOT NULL AND b.cancelled_by = b.user_id) AS cancelled_by_holder,
              b.cancellation_reason, b.cancellation_note,
              u.email, u.first_name, u.locale, r.name AS resource_name, s.name AS site_name,
              s.address AS site_address, s.timezone, s.access_instructions
       FROM bookings b JOIN resources r ON r.id = b.resource_id JOIN sites s ON s.id = b.site_id
       LEFT JOIN users u ON u.id = b.user_id
       WHERE b.id = $1`,
      [payload['bookingId']],
    );
    if (!row || !row.email || !row.user_id || !this.sendWhile.includes(row.status)) return 'skipped';
    const locale = row.locale === 'en' ? 'en' : 'fr';
    const facts: BookingMailFacts = {
      firstName: row.first_name ?? '',
      siteName: row.site_name,
      resourceName: row.resource_name,
      start: row.start,
      end: row.end,
      timezone: row.timezone,
      access: (this.givesPlace && row.access_instructions?.trim()) || null,
    };
    const mail: TemplatedMail = {
      to: { email: row.email, locale, userId: row.user_id },
      template: this.templateOf(row),
      topic: this.topicOf(row, payload),
      data: { ...bookingMailData(facts, locale), ...(await this.extraData(row, locale)) },
    };
    if (this.invitation) {
      mail.icalEvent = bookingInvitation(
        this.invitation,
        {
          bookingId: row.id,
          start: row.start,
          end: row.end,
          siteName: row.site_name,
          resourceName: row.resource_name,
          address: row.site_address,
        },
        {
          publicUrl: this.context.config.publicUrl,
          mailFrom: this.context.config.mailFrom,
          stamp: this.context.clock.now(),
        },
      );
    }
    return this.context.mailer.send(mail);
  }
}

/**
 * The member may turn off the confirmations of what they booked themselves; a booking a host made for them
 * (`bookedBy` in the payload, the host's id) is news to them, so its confirmation is always sent.
 */
@Injectable()
@HandlesJob('booking.confirmed')
export class BookingConfirmedMailHandler extends BookingMail {
  protected readonly sendWhile: BookingStatus[] = ['confirmed'];
  protected readonly invitation = 'REQUEST';
  constructor(context: BookingMailContext) {
    super(context);
  }
  protected templateOf(): string {
    return 'booking/confirmed';
  }
  protected override topicOf(row: MailRow, payload: Record<string, string>): MailTopic | undefined {
    const bookedBy = payload['bookedBy'];
    return bookedBy && bookedBy !== row.user_id ? undefined : 'booking-confirmations';
  }
}

/** Cancelled by the site's team, a closed day, or the member themselves: the wording says which. */
@Injectable()
@HandlesJob('booking.cancelled')
export class BookingCancelledMailHandler extends BookingMail {
  protected readonly sendWhile: BookingStatus[] = ['cancelled'];
  protected readonly invitation = 'CANCEL';
  protected override readonly givesPlace = false;
  constructor(context: BookingMailContext) {
    super(context);
  }
  protected templateOf(row: MailRow): string {
    return row.cancelled_by_holder ? 'booking/self-cancelled' : 'booking/cancelled';
  }
  protected override async extraData(row: MailRow): Promise<object> {
    return cancellationMailData(row.cancellation_reason, row.cancellation_note);
  }
}

/**
 * Who cancelled and why, as `booking/cancelled` tells it: the site's team or the network's team (with the
 * note they left, if any), or the day closed (with the closure's label); a booking cancelled before reasons
 * were kept gets the general wording (none of the flags set).
 */
export function cancellationMailData(
  reason: CancellationReason | null,
  note: string | null,
): { byHost: boolean; byOfficer: boolean; bySiteClosure: boolean; note: string | null } {
  return {
    byHost: reason === 'host',
    byOfficer: reason === 'officer',
    bySiteClosure: reason === 'site_closed',
    note: note?.trim() || null,
  };
}

/** Booked from the waitlist: the confirmation says how the place came (with the access instructions too). */
@Injectable()
@HandlesJob('booking.waitlist-promoted')
export class BookingWaitlistPromotedMailHandler extends BookingMail {
  protected readonly sendWhile: BookingStatus[] = ['confirmed', 'checked_in'];
  protected readonly invitation = 'REQUEST';
  constructor(context: BookingMailContext) {
    super(context);
  }
  protected templateOf(): string {
    return 'booking/waitlist-promoted';
  }
}

/** The evening before: only while the booking still holds its place (not once cancelled). */
@Injectable()
@HandlesJob('booking.reminder')
export class BookingReminderMailHandler extends BookingMail {
  protected readonly sendWhile: BookingStatus[] = ['confirmed'];
  protected readonly invitation = undefined;
  constructor(context: BookingMailContext) {
    super(context);
  }
  protected templateOf(): string {
    return 'booking/reminder';
  }
  protected override topicOf(): MailTopic {
    return 'booking-reminders';
  }
}

/**
 * The booking was released because nobody checked in by the site's release time: told while it is still a
 * no-show, with the time that applied and how to check in next time. No calendar CANCEL: the release comes on
 * the day itself, once the booking has begun, when updating the member's calendar no longer helps anyone.
 */
@Injectable()
@HandlesJob('booking.no-show-released')
export class BookingNoShowReleasedMailHandler extends BookingMail {
  protected readonly sendWhile: BookingStatus[] = ['no_show'];
  protected readonly invitation = undefined;
  protected override readonly givesPlace = false;
  constructor(
    context: BookingMailContext,
    private readonly noShows: NoShowRelease,
  ) {
    super(context);
  }
  protected templateOf(): string {
    return 'booking/no-show-released';
  }
  protected override async extraData(row: MailRow, locale: 'fr' | 'en'): Promise<object> {
    const at = await this.noShows.releaseTime(row.site_id, row.slot, row.start);
    return { releaseTime: clockTime(at.setZone(row.timezone), locale) };
  }
}
