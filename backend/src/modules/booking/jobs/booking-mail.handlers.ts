import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import type { Locale } from '../../identity/entities/user.entity';
import { MailTransport } from '../../notifications/mail-transport';
import type { BookingStatus } from '../entities/booking.entity';
import { bookingMail, BookingMailKind } from './booking-mails';

interface MailRow {
  status: BookingStatus;
  start: Date;
  end: Date;
  email: string | null;
  first_name: string | null;
  locale: Locale | null;
  resource_name: string;
  site_name: string;
  timezone: string;
  access_instructions: string | null;
}

/**
 * Reloads the booking (and its holder's address, read from `users`: a documented exception until identity
 * exports a contact lookup) and sends nothing if the state moved on or the holder erased their account.
 */
abstract class BookingMail implements JobHandler {
  protected abstract readonly kind: BookingMailKind;
  protected abstract readonly sendWhile: BookingStatus[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailTransport,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const [row]: MailRow[] = await this.dataSource.query(
      `SELECT b.status, lower(b.during) AS start, upper(b.during) AS "end", u.email, u.first_name, u.locale,
              r.name AS resource_name, s.name AS site_name, s.timezone, s.access_instructions
       FROM bookings b JOIN resources r ON r.id = b.resource_id JOIN sites s ON s.id = b.site_id
       LEFT JOIN users u ON u.id = b.user_id
       WHERE b.id = $1`,
      [payload['bookingId']],
    );
    if (!row || !row.email || !this.sendWhile.includes(row.status)) return 'skipped';
    await this.mail.send({
      to: row.email,
      ...bookingMail(this.kind, {
        firstName: row.first_name ?? '',
        locale: row.locale ?? 'fr',
        siteName: row.site_name,
        resourceName: row.resource_name,
        start: row.start,
        end: row.end,
        timezone: row.timezone,
        accessInstructions: row.access_instructions,
      }),
    });
    return 'sent';
  }
}

@Injectable()
@HandlesJob('booking.confirmed')
export class BookingConfirmedMailHandler extends BookingMail {
  protected readonly kind = 'confirmed';
  protected readonly sendWhile: BookingStatus[] = ['confirmed'];
  constructor(dataSource: DataSource, mail: MailTransport) {
    super(dataSource, mail);
  }
}

@Injectable()
@HandlesJob('booking.cancelled')
export class BookingCancelledMailHandler extends BookingMail {
  protected readonly kind = 'cancelled';
  protected readonly sendWhile: BookingStatus[] = ['cancelled'];
  constructor(dataSource: DataSource, mail: MailTransport) {
    super(dataSource, mail);
  }
}

/** Booked from the waitlist: the confirmation says how the place came (with the access instructions too). */
@Injectable()
@HandlesJob('booking.waitlist-promoted')
export class BookingWaitlistPromotedMailHandler extends BookingMail {
  protected readonly kind = 'waitlist-promoted';
  protected readonly sendWhile: BookingStatus[] = ['confirmed', 'checked_in'];
  constructor(dataSource: DataSource, mail: MailTransport) {
    super(dataSource, mail);
  }
}
