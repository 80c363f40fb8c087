/**
 * Local dates (`2026-12-01`) and the instants of a site, read in the site's zone whatever the browser's.
 * A local date is a calendar day, not an instant: its arithmetic is done on the calendar (in UTC, where
 * no day has 23 hours), and only instants are converted with the zone.
 */

/** Every site of the network is in mainland France; the API still gives each booking's instants with their offset. */
export const NETWORK_TIME_ZONE = 'Europe/Paris';

const DAY_MS = 86_400_000;

function toUtc(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The calendar date at `zone` at this instant. */
export function localDateAt(instant: Date, zone = NETWORK_TIME_ZONE): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

export function addDays(date: string, days: number): string {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** ISO weekday: 1 is Monday, 7 Sunday. */
export function isoWeekday(date: string): number {
  return ((toUtc(date).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the ISO week of `date`. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** The first date strictly after `date` that falls on `weekday`: "next Tuesday" seen from `date`. */
export function nextWeekday(date: string, weekday: number): string {
  const ahead = (weekday - isoWeekday(date) + 7) % 7 || 7;
  return addDays(date, ahead);
}

/** "mardi 1 décembre 2026" / "Tuesday, 1 December 2026". */
export function longDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(toUtc(date));
}

/** "mar. 1 déc." / "Tue 1 Dec": for column headings. */
export function shortDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(toUtc(date));
}

/** "08:30" in either language: the network's 24-hour clock, at the site's zone. */
export function clockTime(instant: string | Date, zone = NETWORK_TIME_ZONE): string {
  return new Intl.DateTimeFormat('fr-FR', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(typeof instant === 'string' ? new Date(instant) : instant);
}
