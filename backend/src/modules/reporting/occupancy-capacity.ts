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
  const bucketList = [...buckets.values()];
  const bucketParts = bucketList.map((bucket) => (bucket.dayKey === '' ? [] : bucket.dayKey.split(KEY_SEPARATOR)));
  const bucketIndex = new Map(bucketList.map((bucket, index) => [bucket, index]));
  const holidays = new Map<string, boolean>();
  const isHoliday = (date: string) => {
    let holiday = holidays.get(date);
    if (holiday === undefined) {
      holiday = frenchPublicHolidayOn(date) !== undefined;
      holidays.set(date, holiday);
    }
    return holiday;
  };
  // Sites sharing a week and holiday openings share their minutes per bucket (most of a network does):
  // worked out once per schedule, then each site's closures are taken off a copy.
  const schedules = new Map<string, { week: HalfDayMinutes[]; totals: HalfDayMinutes[] }>();
  const scheduleOf = (site: CapacitySite) => {
    const key = scheduleKey(site);
    let schedule = schedules.get(key);
    if (!schedule) {
      const week = [1, 2, 3, 4, 5, 6, 7].map((weekday) =>
        openingMinutes(site.schedule.openingHours[weekdayKey(weekday)]),
      );
      // Minutes per bucket: the ordinary days and the holidays the site opens on.
      const totals = bucketList.map((bucket) => {
        const total = { morning: 0, afternoon: 0 };
        for (let index = 0; index < 7; index++) {
          total.morning += bucket.weekdays[index] * week[index].morning;
          total.afternoon += bucket.weekdays[index] * week[index].afternoon;
        }
        for (const holiday of bucket.holidays) {
          if (!site.schedule.openOnPublicHolidays.includes(holiday.date)) continue;
          total.morning += week[holiday.weekday - 1].morning;
          total.afternoon += week[holiday.weekday - 1].afternoon;
        }
        return total;
      });
      schedule = { week, totals };
      schedules.set(key, schedule);
    }
    return schedule;
  };
  const capacity = new Map<string, number>();
  const byHalf = dimensions.includes('halfDay');
  const byKind = dimensions.includes('kind');
  const parts: string[] = [];
  /** Adds `sign` × a site's resources × minutes to its groups of one bucket. */
  const add = (site: CapacitySite, bucket: number, minutes: HalfDayMinutes, sign: number) => {
    const kinds = [...site.resources.entries()].filter(([, count]) => count > 0);
    const perKind: [string, number][] = byKind ? kinds : [['', kinds.reduce((sum, [, count]) => sum + count, 0)]];
    const halves: [string, number][] = byHalf
      ? [
          ['morning', minutes.morning],
          ['afternoon', minutes.afternoon],
        ]
      : [['', minutes.morning + minutes.afternoon]];
    const dayParts = bucketParts[bucket];
    for (const [half, halfMinutes] of halves) {
      if (halfMinutes === 0) continue;
      for (const [kind, count] of perKind) {
        let dayIndex = 0;
        parts.length = 0;
        for (const dimension of dimensions) {
          if (dimension === 'halfDay') parts.push(half);
          else if (dimension === 'kind') parts.push(kind);
          else if (dimension === 'site') parts.push(site.id);
          else if (dimension === 'epci') parts.push(site.epciCode ?? 'none');
          else parts.push(dayParts[dayIndex++]);
        }
        const key = parts.join(KEY_SEPARATOR);
        capacity.set(key, (capacity.get(key) ?? 0) + sign * halfMinutes * count);
      }
    }
  };
  const grouped = dimensions.includes('site') ? sites : alikeSites(sites, dimensions.includes('epci'));
  for (const site of grouped) {
    scheduleOf(site).totals.forEach((total, bucket) => add(site, bucket, total, 1));
  }
  // Less each site's closures on days it would have opened, from its own groups.
  for (const site of sites) {
    for (const date of site.closures.keys()) {
      const bucket = bucketOf.get(date);
      if (!bucket) continue;
      if (isHoliday(date) && !site.schedule.openOnPublicHolidays.includes(date)) continue;
      add(site, bucketIndex.get(bucket)!, scheduleOf(site).week[weekdayOf(date) - 1], -1);
    }
  }
  // A group closed on every day of its bucket has no capacity, as if it had never been counted.
  for (const [key, minutes] of capacity) if (minutes === 0) capacity.delete(key);
  return capacity;
}

/** What sites of the same opening minutes share: their week and the public holidays they open on. */
function scheduleKey(site: CapacitySite): string {
  return `${JSON.stringify(site.schedule.openingHours)}|${site.schedule.openOnPublicHolidays.join(',')}`;
}

/**
 * Without a site grouping, sites of one schedule (and one EPCI, when grouped by EPCI) have the same minutes
 * per group: their resources are added up and counted once (their closures are then taken off site by site).
 * The network's year by EPCI × month is worked out for each EPCI's few schedules rather than for 3,400 sites.
 */
function alikeSites(sites: CapacitySite[], byEpci: boolean): CapacitySite[] {
  const alike = new Map<string, CapacitySite>();
  for (const site of sites) {
    const key = `${byEpci ? (site.epciCode ?? 'none') : ''}|${scheduleKey(site)}`;
    const group = alike.get(key);
    if (!group) {
      alike.set(key, { ...site, resources: new Map(site.resources), closures: new Map() });
      continue;
    }
    for (const [kind, count] of site.resources) group.resources.set(kind, (group.resources.get(kind) ?? 0) + count);
  }
  return [...alike.values()];
}

/** ISO weekday of a `YYYY-MM-DD` date (calendar arithmetic, no zone). */
function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}
