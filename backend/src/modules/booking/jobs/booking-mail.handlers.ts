import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../../common/clock/clock';
import { AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import type { Locale } from '../../identity/entities/user.entity';
import { MailTransport, type OutgoingMail } from '../../notifications/mail-transport';
import { bookingInvitation } from '../booking-invitation';
import type { BookingStatus } from '../entities/booking.entity';
import { bookingMail, BookingMailKind } from './booking-mails';

interface MailRow {
  id: string;
  status: BookingStatus;
  start: Date;
  end: Date;
  /** The holder cancelled it themselves (not a host, an officer or a closed day). */
  cancelled_by_holder: boolean;
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
    readonly mail: MailTransport,
    readonly clock: Clock,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}
}

/**
 * Reloads the booking (and its holder's address, read from `users`: a documented exception until identity
 * exports a contact lookup) and sends nothing if the state moved on or the holder erased their account.
 */
abstract class BookingMail implements JobHandler {
  protected abstract readonly sendWhile: BookingStatus[];
  /** The calendar invitation the mail carries, if any: REQUEST with a place, CANCEL without. */
  protected abstract readonly invitation: 'REQUEST' | 'CANCEL' | undefined;

  constructor(private readonly context: BookingMailContext) {}

  protected abstract kindOf(row: MailRow): BookingMailKind;

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const [row]: MailRow[] = await this.context.dataSource.query(
      `SELECT b.id, b.status, lower(b.during) AS start, upper(b.during) AS "end",
              (b.cancelled_by IS NOT NULL AND b.cancelled_by = b.user_id) AS cancelled_by_holder,
              u.email, u.first_name, u.locale, r.name AS resource_name, s.name AS site_name,
              s.address AS site_address, s.timezone, s.access_instructions
       FROM bookings b JOIN resources r ON r.id = b.resource_id JOIN sites s ON s.id = b.site_id
       LEFT JOIN users u ON u.id = b.user_id
       WHERE b.id = $1`,
      [payload['bookingId']],
    );
    if (!row || !row.email || !this.sendWhile.includes(row.status)) return 'skipped';
    const mail: OutgoingMail = {
      to: row.email,
      ...bookingMail(this.kindOf(row), {
        firstName: row.first_name ?? '',
        locale: row.locale ?? 'fr',
        siteName: row.site_name,
        resourceName: row.resource_name,
        start: row.start,
        end: row.end,
        timezone: row.timezone,
        accessInstructions: row.access_instructions,
      }),
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
    await this.context.mail.send(mail);
    return 'sent';
  }
}

@Injectable()
@HandlesJob('booking.confirmed')
export class BookingConfirmedMailHandler extends BookingMail {
  protected readonly sendWhile: BookingStatus[] = ['confirmed'];
  protected readonly invitation = 'REQUEST';
  constructor(context: BookingMailContext) {
    super(context);
  }
  protected kindOf(): BookingMailKind {
    return 'confirmed';
  }
}

/** Cancelled by the site's team, a closed day, or the member themselves: the wording says which. */
@Injectable()
@HandlesJob('booking.cancelled')
export class BookingCancelledMailHandler extends BookingMail {
  protected readonly sendWhile: BookingStatus[] = ['cancelled'];
  protected readonly invitation = 'CANCEL';
  constructor(context: BookingMailContext) {
    super(context);
  }
  protected kindOf(row: MailRow): BookingMailKind {
    return row.cancelled_by_holder ? 'self-cancelled' : 'cancelled';
  }
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
  protected kindOf(): BookingMailKind {
    return 'waitlist-promoted';
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
  protected kindOf(): BookingMailKind {
    return 'reminder';
  }
}
