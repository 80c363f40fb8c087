import { DateTime } from 'luxon';
import { InvalidInput } from '../../common/problem/domain-error';

/** Six years: five years of history and the booking horizon, and a bound on the work one request may ask. */
export const MAX_REPORT_DAYS = 6 * 366;

/** One local date of a report's period, with the keys of the calendar groupings it falls in. */
export interface ReportDay {
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** ISO week, `2026-W13`. */
  week: string;
  month: string;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Checks `from ≤ to` and the span; the DTO has already checked that both are dates. */
export function checkPeriod(period: ReportPeriod): void {
  const from = DateTime.fromISO(period.from, { zone: 'UTC' });
  const to = DateTime.fromISO(period.to, { zone: 'UTC' });
  if (to < from) throw new InvalidInput([{ field: 'to', message: 'to must not be before from' }]);
  if (to.diff(from, 'days').days + 1 > MAX_REPORT_DAYS) {
    throw new InvalidInput([{ field: 'to', message: `a report covers at most ${MAX_REPORT_DAYS} days` }]);
  }
}

/**
 * Every date from `from` to `to` inclusive. Dates are calendar dates: no zone, no DST. Plain UTC date
 * arithmetic rather than luxon: a year of the network's report walks 366 days on every request.
 */
export function reportDays(period: ReportPeriod): ReportDay[] {
  const days: ReportDay[] = [];
  const last = Date.parse(`${period.to}T00:00:00Z`);
  for (let time = Date.parse(`${period.from}T00:00:00Z`); time <= last; time += DAY_MS) {
    const date = new Date(time);
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    const iso = date.toISOString();
    days.push({ date: iso.slice(0, 10), weekday, week: isoWeek(time, weekday), month: iso.slice(0, 7) });
  }
  return days;
}

const DAY_MS = 86_400_000;

/** ISO 8601 week `YYYY-Www` of a UTC midnight: the week of its Thursday, numbered in the Thursday's year. */
function isoWeek(time: number, weekday: number): string {
  const thursday = new Date(time + (4 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The UTC instants that surely hold every booking starting on a local date of the period, whatever the
 * site's zone (offsets lie within ±14 hours): the reports narrow to local dates once they know each site's zone.
 */
export function periodInstants(period: ReportPeriod): { after: Date; before: Date } {
  return {
    after: DateTime.fromISO(period.from, { zone: 'UTC' }).minus({ days: 1 }).toJSDate(),
    before: DateTime.fromISO(period.to, { zone: 'UTC' }).plus({ days: 2 }).toJSDate(),
  };
}
