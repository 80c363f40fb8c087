import { OpeningHours } from '../../core/api/sites.types';
import { isoWeekday } from '../../core/time/local-dates';

const WEEKDAY_KEYS: readonly (keyof OpeningHours)[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const SLOT_MINUTES = 30;

/** A half-hour of the day, in local "HH:MM" times of the site. */
export interface HalfHour {
  start: string;
  end: string;
}

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
}

function clock(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * The half-hours a room can be booked on a date: those inside the site's opening ranges that weekday,
 * on 30-minute boundaries (the API's rule). A range that opens at 08:45 starts its first slot at 09:00.
 */
export function halfHoursOf(hours: OpeningHours, date: string): HalfHour[] {
  const slots: HalfHour[] = [];
  for (const [open, close] of hours[WEEKDAY_KEYS[isoWeekday(date) - 1]]) {
    const first = Math.ceil(minutes(open) / SLOT_MINUTES) * SLOT_MINUTES;
    for (let start = first; start + SLOT_MINUTES <= minutes(close); start += SLOT_MINUTES) {
      slots.push({ start: clock(start), end: clock(start + SLOT_MINUTES) });
    }
  }
  return slots;
}

/** A chosen span in one room: from the first half-hour to the last, both included. */
export interface RoomSpan {
  roomId: string;
  first: number;
  last: number;
}

/**
 * The next span after choosing half-hour `index` of `roomId`: a first choice starts a span; a later
 * half-hour of the same room extends it when every half-hour between is free; anything else starts anew.
 */
export function extendSpan(
  span: RoomSpan | null,
  roomId: string,
  index: number,
  isFree: (index: number) => boolean,
): RoomSpan | null {
  if (!isFree(index)) {
    return span;
  }
  if (span && span.roomId === roomId && span.first === index && span.last === index) {
    return null;
  }
  if (span && span.roomId === roomId && index > span.first) {
    for (let between = span.first; between <= index; between++) {
      if (!isFree(between)) {
        return { roomId, first: index, last: index };
      }
    }
    return { roomId, first: span.first, last: index };
  }
  return { roomId, first: index, last: index };
}
