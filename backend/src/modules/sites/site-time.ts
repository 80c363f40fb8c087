import { DateTime } from 'luxon';

/** An instant as the API writes it: ISO 8601 with the site's offset, no milliseconds (`2026-12-01T09:00:00+01:00`). */
export function siteInstant(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).set({ millisecond: 0 }).toISO({ suppressMilliseconds: true })!;
}

/** Today's date (`YYYY-MM-DD`) where the site is: at 23:30 UTC on 31 December it is already 1 January in Paris. */
export function siteToday(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}
