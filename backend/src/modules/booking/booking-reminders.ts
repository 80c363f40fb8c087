import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { OutboxService } from '../../jobs/outbox.service';
import { SiteCalendar } from '../sites/site-calendar';
import { localInstant } from './booking-slots';

/** The local time, in the site's zone, of the reminder the evening before a booking. */
export const REMINDER_TIME = '18:00';

/**
 * When the reminder of a booking starting at `start` is due: 18:00 in the site's zone on the day before its
 * local date. Built from the local date and time (not "start minus so many hours"), so the eve of a change of
 * clocks still gets its 18:00.
 */
export function reminderDueAt(start: Date, zone: string): DateTime {
  const eve = DateTime.fromJSDate(start, { zone }).minus({ days: 1 }).toISODate()!;
  return localInstant(eve, REMINDER_TIME, zone);
}

/**
 * Schedules the `booking.reminder` job in the booking's transaction, one per booking. A booking made after its
 * reminder time (booked at 20:00 for tomorrow, or for today) gets none: the confirmation just told them.
 */
@Injectable()
export class BookingReminders {
  constructor(
    private readonly calendar: SiteCalendar,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async schedule(manager: EntityManager, bookingId: string, siteId: string, start: Date): Promise<void> {
    const settings = await this.calendar.bookingSettings(siteId, manager);
    if (!settings) return;
    const dueAt = reminderDueAt(start, settings.timezone);
    if (dueAt.toMillis() <= this.clock.now().getTime()) return;
    await this.outbox.enqueue(manager, {
      kind: 'booking.reminder',
      key: `booking-reminder-${bookingId}`,
      payload: { bookingId },
      dueAt: dueAt.toJSDate(),
    });
  }
}
