import { EventView } from '../../core/api/events.types';
import { addDays, clockTime, isoWeekday, localDateAt } from '../../core/time/local-dates';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The local date an event starts on, in its own zone: the day the agenda lists it under. */
export function eventDate(event: Pick<EventView, 'start' | 'timezone'>): string {
  return localDateAt(new Date(event.start), event.timezone);
}

/** "09:00" and "10:30", read in the event's zone whatever the browser's. */
export function eventTimes(event: Pick<EventView, 'start' | 'end' | 'timezone'>): { start: string; end: string } {
  return { start: clockTime(event.start, event.timezone), end: clockTime(event.end, event.timezone) };
}

/** `2026-12` for a valid month, null otherwise. */
export function validMonth(value: string | undefined | null): string | null {
  return value && MONTH.test(value) ? value : null;
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

export function lastDayOf(month: string): string {
  const [year, number] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, number, 0)).getUTCDate();
  return `${month}-${String(last).padStart(2, '0')}`;
}

/** The month `months` away (negative: before). */
export function shiftMonth(month: string, months: number): string {
  const [year, number] = month.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, number - 1 + months, 1));
  return shifted.toISOString().slice(0, 7);
}

/** "décembre 2026" / "December 2026". */
export function monthLabel(month: string, language: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    Date.UTC(year, number - 1, 1),
  );
}

/** One day of a month grid; days of the weeks around the month are there to fill the rows. */
export interface MonthDay {
  date: string;
  inMonth: boolean;
}

/** The weeks (Monday to Sunday) that cover the month, as the rows of a calendar. */
export function monthWeeks(month: string): MonthDay[][] {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  let day = addDays(first, 1 - isoWeekday(first));
  const weeks: MonthDay[][] = [];
  while (day <= last) {
    const week: MonthDay[] = [];
    for (let i = 0; i < 7; i++) {
      week.push({ date: day, inMonth: day.startsWith(month) });
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The weekdays Monday to Sunday in the reader's language: long for screen readers, short for the eye. */
export function weekdayNames(language: string): { long: string; short: string }[] {
  // 2026-11-30 is a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const instant = Date.UTC(2026, 10, 30 + i);
    return {
      long: new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(instant),
      short: new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(instant),
    };
  });
}

/** Events grouped by the local date they start on, in date order (the API answers them by start). */
export function byDay(events: readonly EventView[]): { date: string; events: EventView[] }[] {
  const days = new Map<string, EventView[]>();
  for (const event of events) {
    const date = eventDate(event);
    days.set(date, [...(days.get(date) ?? []), event]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, events: list }));
}
