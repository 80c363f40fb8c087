import { DateTime } from 'luxon';
import type { OpeningRange } from '../sites/opening-hours';
import type { ClosedBecause } from '../sites/site-calendar';
import { NonexistentLocalTime, NoSuchHalfDay, NotOnHalfHour, OutsideOpeningHours, SiteClosed } from './booking.errors';

/**
 * Where a booking falls in time, computed in the site's IANA zone with Luxon's calendar arithmetic (never
 * `+ 24 hours`). Pure: the caller gives the day's opening ranges (from `SiteCalendar`) and gets instants
 * or a 422 rule error.
 */
export const SLOTS = ['full_day', 'morning', 'afternoon'] as const;
export type Slot = (typeof SLOTS)[number];
export type BookingSlot = Slot | 'custom';

/** Half-days change at 13:00 local time. */
export const MIDDAY = '13:00';
const STEP_MINUTES = 30;

export interface Window {
  start: DateTime;
  end: DateTime;
}

export interface DayOpening {
  ranges: OpeningRange[];
  closedBecause?: ClosedBecause;
}

/**
 * The instant of a local date and time (`24:00` is the next day's midnight). A local time that does not
 * exist (02:30 on the spring change) is refused rather than shifted; an ambiguous one (02:30 on the autumn
 * change) takes its first occurrence.
 */
export function localInstant(date: string, time: string, zone: string): DateTime {
  if (time === '24:00') return localInstant(date, '00:00', zone).plus({ days: 1 });
  const instant = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!instant.isValid || instant.toFormat("yyyy-MM-dd'T'HH:mm") !== `${date}T${time}`) {
    throw NonexistentLocalTime(`${date} ${time}`, zone);
  }
  return instant;
}

function closedDetail(closed: ClosedBecause | undefined): string {
  if (!closed) return 'it has no opening hours that day';
  if (closed.kind === 'closure') return closed.reason ? `closure (${closed.reason})` : 'closure';
  return `public holiday (${closed.name})`;
}

/** The instants of a named slot on a local date, given that day's opening. */
export function slotWindow(opening: DayOpening, date: string, slot: Slot, zone: string): Window {
  const { ranges } = opening;
  if (!ranges.length) throw SiteClosed(date, closedDetail(opening.closedBecause));
  const open = localInstant(date, ranges[0][0], zone);
  const close = localInstant(date, ranges[ranges.length - 1][1], zone);
  const midday = localInstant(date, MIDDAY, zone);
  switch (slot) {
    case 'full_day':
      return { start: open, end: close };
    case 'morning':
      if (open >= midday) throw NoSuchHalfDay('morning', date);
      return { start: open, end: close < midday ? close : midday };
    case 'afternoon':
      if (close <= midday) throw NoSuchHalfDay('afternoon', date);
      return { start: open > midday ? open : midday, end: close };
  }
}

/**
 * Reads an input time: with an offset it is that instant; without one it is a local time in the site's zone,
 * refused when it does not exist there. Undefined when it is not ISO 8601 at all.
 */
export function parseInputInstant(value: string, zone: string): DateTime | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const hasOffset = /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value.slice(16));
  const parsed = DateTime.fromISO(value, { zone: hasOffset ? undefined : zone, setZone: hasOffset });
  if (!parsed.isValid) return undefined;
  if (!hasOffset) {
    const written = value.slice(0, 16);
    if (parsed.toFormat("yyyy-MM-dd'T'HH:mm") !== written) throw NonexistentLocalTime(written.replace('T', ' '), zone);
  }
  return parsed.setZone(zone);
}

/**
 * An explicit window: on 30-minute boundaries of the site's local time, and inside one opening range of
 * the local date it starts on.
 */
export function customWindow(opening: DayOpening, start: DateTime, end: DateTime, zone: string): Window {
  const localStart = start.setZone(zone);
  const localEnd = end.setZone(zone);
  const date = localStart.toISODate()!;
  for (const t of [localStart, localEnd]) {
    if (t.minute % STEP_MINUTES !== 0 || t.second !== 0 || t.millisecond !== 0) throw NotOnHalfHour();
  }
  if (localEnd <= localStart) throw OutsideOpeningHours('end must come after start.');
  if (!opening.ranges.length) throw SiteClosed(date, closedDetail(opening.closedBecause));
  const inside = opening.ranges.some(([from, to]) => {
    return localInstant(date, from, zone) <= localStart && localEnd <= localInstant(date, to, zone);
  });
  if (!inside) {
    const hours = opening.ranges.map(([from, to]) => `${from}–${to}`).join(', ');
    throw OutsideOpeningHours(`On ${date} the site is open ${hours}: the booking must fit inside one of these ranges.`);
  }
  return { start: localStart, end: localEnd };
}
