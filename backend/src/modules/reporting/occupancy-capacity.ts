import { openingRangesOn, SiteSchedule } from '../sites/site-calendar';
import { OpeningRange, weekdayKey } from '../sites/opening-hours';
import { frenchPublicHolidayOn } from '../sites/french-public-holidays';
import { KEY_SEPARATOR, OccupancyDimension } from './report-dimensions';
import { ReportDay } from './report-period';

/** Minutes before and after 13:00 local. */
export interface HalfDayMinutes {
  morning: number;
  afternoon: number;
}

/**
 * 13:00 splits the day, as the booking slots do (`morning` is opening to 13:00), even when a site closes
 * for lunch at 12:30: members book half-days, not hours, so a half-day's capacity is what its slot can hold.
 */
const NOON = 13 * 60;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Opening minutes of a day's ranges, in wall-clock time: opening hours are local times, so on the 23- and
 * 25-hour days of the DST changes a site open 08:30–18:00 is open 9 h 30 all the same.
 */
export function openingMinutes(ranges: OpeningRange[]): HalfDayMinutes {
  let morning = 0;
  let afternoon = 0;
  for (const [start, end] of ranges) {
    const from = minutesOf(start);
    const to = minutesOf(end);
    morning += Math.max(0, Math.min(to, NOON) - from);
    afternoon += Math.max(0, to - Math.max(from, NOON));
  }
  return { morning, afternoon };
}

/** What the capacity of a set of sites is computed from. */
export interface CapacitySite {
  id: string;
  epciCode: string | null;
  schedule: SiteSchedule;
  /** Active resources by kind. */
  resources: Map<string, number>;
  /** Closures of the period, by local date. */
  closures: Map<string, { reason: string | null }>;
}

/** One site's opening minutes on one date: its week, less a closure or a public holiday it keeps closed. */
export function siteDayMinutes(site: CapacitySite, day: ReportDay): HalfDayMinutes {
  return openingMinutes(openingRangesOn(site.schedule, day.date, site.closures.get(day.date)).ranges);
}

/**
 * Capacity in resource-minutes per group key (the dimensions' keys joined by KEY_SEPARATOR): each active
 * resource over each local day's opening minutes. Only the days that are closures or public holidays go
 * through the sites module's `openingRangesOn`; every other day is the week's ranges for its weekday, which
 * is what `openingRangesOn` answers for it, worked out once per site and weekday (3,500 sites over a year
 * are 1.3 million site-days).
 */
export function capacityByGroup(
  sites: CapacitySite[],
  days: ReportDay[],
  dimensions: OccupancyDimension[],
): Map<string, number> {
  const capacity = new Map<string, number>();
  const byHalf = dimensions.includes('halfDay');
  const byKind = dimensions.includes('kind');
  const dayKey = (day: ReportDay, dimension: OccupancyDimension): string | undefined => {
    switch (dimension) {
      case 'day':
        return day.date;
      case 'week':
        return day.week;
      case 'month':
        return day.month;
      case 'weekday':
        return String(day.weekday);
      default:
        return undefined;
    }
  };
  const exceptional = new Set(days.filter((day) => frenchPublicHolidayOn(day.date)).map((day) => day.date));
  for (const site of sites) {
    const kinds = [...site.resources.entries()].filter(([, count]) => count > 0);
    if (kinds.length === 0) continue;
    const resourceCount = kinds.reduce((sum, [, count]) => sum + count, 0);
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) =>
      openingMinutes(site.schedule.openingHours[weekdayKey(weekday)]),
    );
    for (const day of days) {
      const minutes =
        exceptional.has(day.date) || site.closures.has(day.date) ? siteDayMinutes(site, day) : week[day.weekday - 1];
      if (minutes.morning + minutes.afternoon === 0) continue;
      const halves: [string, number][] = byHalf
        ? [
            ['morning', minutes.morning],
            ['afternoon', minutes.afternoon],
          ]
        : [['', minutes.morning + minutes.afternoon]];
      const perKind: [string, number][] = byKind ? kinds : [['', resourceCount]];
      for (const [half, halfMinutes] of halves) {
        if (halfMinutes === 0) continue;
        for (const [kind, count] of perKind) {
          const key = dimensions
            .map((dimension) => {
              if (dimension === 'site') return site.id;
              if (dimension === 'epci') return site.epciCode ?? 'none';
              if (dimension === 'halfDay') return half;
              if (dimension === 'kind') return kind;
              return dayKey(day, dimension)!;
            })
            .join(KEY_SEPARATOR);
          capacity.set(key, (capacity.get(key) ?? 0) + halfMinutes * count);
        }
      }
    }
  }
  return capacity;
}
