import { DateTime } from 'luxon';
import type { CancellationCutoff, SiteBookingSettings } from '../sites/site-booking-settings';
import { siteInstant } from '../sites/site-time';
import { BookingRule, CancellationCutoffPassed } from './booking.errors';

const MINUTES_PER_DAY = 24 * 60;

/**
 * The last instant the holder may cancel a booking starting at `start`, in the site's zone. Whole days are
 * counted on the calendar ("1440 minutes before" a 09:00 start is 09:00 the day before, even across a change
 * of summer time, where `- 24 hours` would land an hour off); the rest in minutes. "The day before at 18:00"
 * is that local time on the day before the booking's local date; should the clocks skip it, Luxon moves it
 * forward by the gap, which can only give the member more time.
 */
export function cancellationDeadline(start: Date, zone: string, cutoff: CancellationCutoff): DateTime {
  const local = DateTime.fromJSDate(start, { zone });
  switch (cutoff.kind) {
    case 'until_start':
      return local;
    case 'minutes_before':
      return local.minus({ days: Math.floor(cutoff.minutes / MINUTES_PER_DAY) }).minus({
        minutes: cutoff.minutes % MINUTES_PER_DAY,
      });
    case 'day_before_at': {
      const [hour, minute] = cutoff.time.split(':').map(Number);
      return local.startOf('day').minus({ days: 1 }).set({ hour, minute });
    }
  }
}

/** The 422 that refuses the holder's cancellation of a booking starting at `start` at `now`, if it is too late. */
export function lateCancellation(start: Date, settings: SiteBookingSettings, now: Date): BookingRule | undefined {
  const deadline = cancellationDeadline(start, settings.timezone, settings.cancellationCutoff);
  if (now.getTime() <= deadline.toMillis()) return undefined;
  return CancellationCutoffPassed(settings.name, siteInstant(deadline.toJSDate(), settings.timezone));
}
