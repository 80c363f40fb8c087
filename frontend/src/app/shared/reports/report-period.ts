import { addDays } from '../../core/time/local-dates';
import type { ReportPeriod } from './reports-api';

/** The periods offered at once; `custom` takes the two dates the reader types. */
export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'thisYear', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

function firstOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function lastOfMonth(date: string): string {
  const [year, month] = date.split('-').map(Number);
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

function monthsBefore(date: string, months: number): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 - months, 1)).toISOString().slice(0, 10);
}

/**
 * The period of a preset seen from `today`. "This month" and "this year" stop at today: the days ahead
 * count only what is booked so far, which would read as a fall when set against a past period.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, 'custom'>, today: string): ReportPeriod {
  switch (preset) {
    case 'thisMonth':
      return { from: firstOfMonth(today), to: today };
    case 'lastMonth': {
      const from = monthsBefore(today, 1);
      return { from, to: lastOfMonth(from) };
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

/** Days in an inclusive period. */
export function periodLength(period: ReportPeriod): number {
  return Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1;
}

/**
 * The period to compare with: as many days, ending the day before. A whole month is compared with the
 * whole month before (March with February, not with the 31 days before it), so a month reads as a month.
 */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (period.from === firstOfMonth(period.from) && period.to === lastOfMonth(period.from)) {
    const from = monthsBefore(period.from, 1);
    return { from, to: lastOfMonth(from) };
  }
  const to = addDays(period.from, -1);
  return { from: addDays(to, 1 - periodLength(period)), to };
}

/** The twelve calendar months ending with the period's last one, for the trend. */
export function trendPeriod(period: ReportPeriod): ReportPeriod {
  return { from: monthsBefore(period.to, 11), to: period.to };
}

/** A period the API accepts: two dates, the first not after the second. */
export function isValidPeriod(period: ReportPeriod): boolean {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  return date.test(period.from) && date.test(period.to) && period.from <= period.to;
}
