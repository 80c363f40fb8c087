/**
 * A site's week: for each day, the local times (in the site's zone) it is open, as `["08:30", "12:30"]`
 * ranges in ascending order. A day with no range is closed.
 */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type OpeningRange = [string, string];
export type OpeningHours = Record<Weekday, OpeningRange[]>;

/** A lunch break and an evening slot are the most a real site has; more is a typing mistake. */
export const MAX_RANGES_PER_DAY = 6;

// "24:00" may only end a range: a site open until midnight closes at the end of the day, not at its start.
const START = /^([01]\d|2[0-3]):[0-5]\d$/;
const END = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The weekday key of an ISO weekday number (1 = Monday), as Luxon gives it. */
export function weekdayKey(isoWeekday: number): Weekday {
  return WEEKDAYS[isoWeekday - 1];
}

/**
 * What is wrong with a proposed week, one sentence per problem naming the day (`tue: 13:30–12:00 does not
 * end after it starts`); empty when the week is valid. Every day must be present so that a forgotten day
 * is an error rather than a silently closed day.
 */
export function openingHoursProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ['must be an object with the days mon, tue, wed, thu, fri, sat and sun'];
  }
  const week = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(week)) {
    if (!(WEEKDAYS as readonly string[]).includes(key)) problems.push(`${key} is not a day (mon … sun)`);
  }
  for (const day of WEEKDAYS) {
    if (!(day in week)) {
      problems.push(`${day} is missing (an empty list closes the day)`);
      continue;
    }
    problems.push(...dayProblems(week[day]).map((problem) => `${day}: ${problem}`));
  }
  return problems;
}

function dayProblems(ranges: unknown): string[] {
  if (!Array.isArray(ranges)) return ['must be a list of ["HH:MM", "HH:MM"] ranges'];
  if (ranges.length > MAX_RANGES_PER_DAY) return [`has more than ${MAX_RANGES_PER_DAY} ranges`];
  const problems: string[] = [];
  let previousEnd: number | undefined;
  for (const range of ranges) {
    if (
      !Array.isArray(range) ||
      range.length !== 2 ||
      typeof range[0] !== 'string' ||
      typeof range[1] !== 'string' ||
      !START.test(range[0]) ||
      !END.test(range[1])
    ) {
      problems.push(`${JSON.stringify(range)} is not a ["HH:MM", "HH:MM"] range`);
      previousEnd = undefined;
      continue;
    }
    const [start, end] = range.map(minutes);
    if (end <= start) {
      problems.push(`${range[0]}–${range[1]} does not end after it starts`);
    } else if (previousEnd !== undefined && start < previousEnd) {
      problems.push(`${range[0]}–${range[1]} overlaps or precedes the range before it`);
    }
    previousEnd = Math.max(previousEnd ?? 0, end);
  }
  return problems;
}

export function isOpeningHours(value: unknown): value is OpeningHours {
  return openingHoursProblems(value).length === 0;
}
