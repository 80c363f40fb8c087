import { DateTime } from 'luxon';
import type { Locale } from '../identity/entities/user.entity';
import type { ReportPeriod } from './report-period';

/** The network's headline figures of one month, as the reports give them (rates as fractions, 0.734). */
export interface MonthFigures {
  occupancyRate: number | null;
  bookedHours: number;
  capacityHours: number;
  bookings: number;
  uniqueMembers: number;
  noShows: number;
  teleworkDays: number;
  outsideGersShare: number | null;
  events: number;
  registrations: number;
  attendance: number;
  fillRate: number | null;
}

export interface TopSite {
  name: string;
  occupancyRate: number;
  bookedHours: number;
}

/** What the summary says, before it is worded: the month, the one before, and the busiest sites. */
export interface MonthlySummaryFacts {
  firstName: string;
  /** `2026-11`. */
  month: string;
  current: MonthFigures;
  previous: MonthFigures;
  topSites: TopSite[];
}

/** A figure as the mail shows it: its value and the change from the month before (null when unknowable). */
export interface ShownFigure {
  value: string;
  change: string | null;
}

/** What `reporting/monthly-summary` reads; every field is there (the templates are strict). */
export type MonthlySummaryData = { firstName: string; month: string; previousMonth: string } & Record<
  keyof MonthFigures,
  ShownFigure
> & {
    hasTopSites: boolean;
    topSites: { name: string; occupancyRate: string; bookedHours: string }[];
  };

/** How many sites the summary names. */
export const TOP_SITES = 5;

/** The month before `2026-12` is `2026-11`. */
export function previousMonth(month: string): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }).minus({ months: 1 }).toFormat('yyyy-MM');
}

/** The local dates of a month, as the reports take a period. */
export function monthPeriod(month: string): ReportPeriod {
  const first = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' });
  if (!first.isValid) throw new RangeError(`"${month}" is not a month (yyyy-MM)`);
  return { from: first.toISODate()!, to: first.endOf('month').toISODate()! };
}

/**
 * The busiest sites first (by occupancy rate, then booked hours, then name), at most TOP_SITES; a site with
 * no capacity that month has no rate and is left out.
 */
export function topSites(rows: { label: string; occupancyRate: number | null; bookedHours: number }[]): TopSite[] {
  return rows
    .filter((row): row is typeof row & { occupancyRate: number } => row.occupancyRate !== null)
    .sort(
      (a, b) =>
        b.occupancyRate - a.occupancyRate || b.bookedHours - a.bookedHours || a.label.localeCompare(b.label, 'fr'),
    )
    .slice(0, TOP_SITES)
    .map((row) => ({ name: row.label, occupancyRate: row.occupancyRate, bookedHours: row.bookedHours }));
}

/** Numbers as the officer's language writes them: `73,4 %` and `1 234,5` in French, `73.4%` and `1,234.5` in English. */
class Numbers {
  private readonly tag: string;

  constructor(locale: Locale) {
    this.tag = locale === 'en' ? 'en-GB' : 'fr-FR';
  }

  percent(value: number | null): string {
    if (value === null) return '—';
    return new Intl.NumberFormat(this.tag, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 })
      .format(value)
      .replaceAll('\u202f', '\u00a0');
  }

  amount(value: number): string {
    return this.format(value, {});
  }

  /** A change with its sign: `+12`, `-3`, `0`. */
  signed(value: number): string {
    return this.format(value, { signDisplay: 'exceptZero' });
  }

  /** A change of rate in percentage points, one decimal: `+2,1`; null when either month has no rate. */
  points(current: number | null, previous: number | null): string | null {
    if (current === null || previous === null) return null;
    return this.format(Math.round((current - previous) * 1000) / 10, {
      signDisplay: 'exceptZero',
      minimumFractionDigits: 1,
    });
  }

  /**
   * At most one decimal (half-days, half-hours). French groups thousands with a narrow no-break space, which
   * some mail readers show as a box: a plain no-break space reads the same.
   */
  private format(value: number, options: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.tag, { maximumFractionDigits: 1, ...options })
      .format(value)
      .replaceAll('\u202f', '\u00a0');
  }
}

const RATES = ['occupancyRate', 'outsideGersShare', 'fillRate'] as const;
const AMOUNTS = [
  'bookedHours',
  'capacityHours',
  'bookings',
  'uniqueMembers',
  'noShows',
  'teleworkDays',
  'events',
  'registrations',
  'attendance',
] as const;

/** The summary's facts worded for `locale`: month names, numbers, changes. */
export function monthlySummaryData(facts: MonthlySummaryFacts, locale: Locale): MonthlySummaryData {
  const numbers = new Numbers(locale);
  const monthName = (month: string) =>
    DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }).setLocale(locale).toFormat('LLLL yyyy');
  const { current, previous } = facts;
  const figures = {} as Record<keyof MonthFigures, ShownFigure>;
  for (const field of RATES) {
    figures[field] = {
      value: numbers.percent(current[field]),
      change: numbers.points(current[field], previous[field]),
    };
  }
  for (const field of AMOUNTS) {
    figures[field] = {
      value: numbers.amount(current[field]),
      change: numbers.signed(current[field] - previous[field]),
    };
  }
  return {
    firstName: facts.firstName,
    month: monthName(facts.month),
    previousMonth: monthName(previousMonth(facts.month)),
    ...figures,
    hasTopSites: facts.topSites.length > 0,
    topSites: facts.topSites.map((site) => ({
      name: site.name,
      occupancyRate: numbers.percent(site.occupancyRate),
      bookedHours: numbers.amount(site.bookedHours),
    })),
  };
}
