import type { SiteSchedule } from '../sites/site-calendar';
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

const DAY_DIMENSIONS: OccupancyDimension[] = ['day', 'week', 'month', 'weekday'];

/** The part of a group key that comes from the date. */
function dayKeyOf(day: ReportDay, dimensions: OccupancyDimension[]): string {
  return dimensions
    .filter((dimension) => DAY_DIMENSIONS.includes(dimension))
    .map((dimension) => {
      if (dimension === 'day') return day.date;
      if (dimension === 'week') return day.week;
      if (dimension === 'month') return day.month;
      return String(day.weekday);
    })
    .join(KEY_SEPARATOR);
}

/** The period's dates by the date part of their group key: ordinary days counted per weekday, holidays apart. */
interface DayBucket {
  dayKey: string;
  /** Ordinary (non-holiday) days of each ISO weekday, index 0 = Monday. */
  weekdays: number[];
  holidays: ReportDay[];
}

/**
 * Capacity in resource-minutes per group key (the dimensions' keys joined by KEY_SEPARATOR): each active
 * resource over each local day's opening minutes, as the sites module's `openingRangesOn` gives them (the
 * week's ranges for the weekday; none on a closure; none on a public holiday unless the site opens on it).
 * Worked out per site and weekday rather than per site and day: the ordinary days of a group are counted
 * per weekday once for all sites, so the network's year by month is 3,500 sites × 12 months × 7 weekdays of
 * arithmetic, not 1.3 million site-days; closures and holidays are then taken off or put back one by one.
 */
export function capacityByGroup(
  sites: CapacitySite[],
  days: ReportDay[],
  dimensions: OccupancyDimension[],
): Map<string, number> {
  const buckets = new Map<string, DayBucket>();
  const bucketOf = new Map<string, DayBucket>();
  for (const day of days) {
    const dayKey = dayKeyOf(day, dimensions);
    let bucket = buckets.get(dayKey);
    if (!bucket) {
      bucket = { dayKey, weekdays: [0, 0, 0, 0, 0, 0, 0], holidays: [] };
      buckets.set(dayKey, bucket);
    }
    if (frenchPublicHolidayOn(day.date)) bucket.holidays.push(day);
    else bucket.weekdays[day.weekday - 1]++;
    bucketOf.set(day.date, bucket);
  }
  const capacity = new Map<string, number>();
  const byHalf = dimensions.includes('halfDay');
  const byKind = dimensions.includes('kind');
  for (const site of sites) {
    const kinds = [...site.resources.entries()].filter(([, count]) => count > 0);
    if (kinds.length === 0) continue;
    const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) =>
      openingMinutes(site.schedule.openingHours[weekdayKey(weekday)]),
    );
    // Minutes per bucket: the ordinary days, the holidays the site opens on, less its closures on open days.
    const minutes = new Map<DayBucket, HalfDayMinutes>();
    for (const bucket of buckets.values()) {
      const total = { morning: 0, afternoon: 0 };
      bucket.weekdays.forEach((count, index) => {
        total.morning += count * week[index].morning;
        total.afternoon += count * week[index].afternoon;
      });
      for (const holiday of bucket.holidays) {
        if (!site.schedule.openOnPublicHolidays.includes(holiday.date)) continue;
        total.morning += week[holiday.weekday - 1].morning;
        total.afternoon += week[holiday.weekday - 1].afternoon;
      }
      minutes.set(bucket, total);
    }
    for (const date of site.closures.keys()) {
      const bucket = bucketOf.get(date);
      if (!bucket) continue;
      const isHoliday = frenchPublicHolidayOn(date) !== undefined;
      if (isHoliday && !site.schedule.openOnPublicHolidays.includes(date)) continue;
      const weekday = weekdayOf(date);
      const total = minutes.get(bucket)!;
      total.morning -= week[weekday - 1].morning;
      total.afternoon -= week[weekday - 1].afternoon;
    }
    const siteParts: Record<string, string> = { site: site.id, epci: site.epciCode ?? 'none' };
    const resourceCount = kinds.reduce((sum, [, count]) => sum + count, 0);
    const perKind: [string, number][] = byKind ? kinds : [['', resourceCount]];
    for (const [bucket, total] of minutes) {
      const halves: [string, number][] = byHalf
        ? [
            ['morning', total.morning],
            ['afternoon', total.afternoon],
          ]
        : [['', total.morning + total.afternoon]];
      const dayParts = bucket.dayKey === '' ? [] : bucket.dayKey.split(KEY_SEPARATOR);
      for (const [half, halfMinutes] of halves) {
        if (halfMinutes === 0) continue;
        for (const [kind, count] of perKind) {
          let dayIndex = 0;
          const key = dimensions
            .map((dimension) => {
              if (dimension === 'halfDay') return half;
              if (dimension === 'kind') return kind;
              return siteParts[dimension] ?? dayParts[dayIndex++];
            })
            .join(KEY_SEPARATOR);
          capacity.set(key, (capacity.get(key) ?? 0) + halfMinutes * count);
        }
      }
    }
  }
  return capacity;
}

/** ISO weekday of a `YYYY-MM-DD` date (calendar arithmetic, no zone). */
function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
