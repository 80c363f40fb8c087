import { OpeningHours } from '../../core/api/sites.types';

/** ISO order: the week starts on Monday in France, whatever the browser's locale says. */
export const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDayKey = (typeof WEEK)[number];

/** The API refuses more: a lunch break and an evening slot are the most a real site has. */
export const MAX_RANGES_PER_DAY = 6;

/** One range as the editor holds it: times may still be empty while the host types. */
export interface EditableRange {
  from: string;
  to: string;
}

/** What is wrong with one range, as a translation key under `siteManagement.hours.errors`. */
export type RangeProblem = 'incomplete' | 'endsBeforeStart' | 'overlapsPrevious';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * The same rule as the API's, checked as the host types so the week never travels wrong: each range ends
 * after it starts, and each starts no earlier than the one before it ends (ranges ascend, never overlap).
 * One entry per range, null when the range is right.
 */
export function rangeProblems(ranges: readonly EditableRange[]): (RangeProblem | null)[] {
  let previousEnd: number | null = null;
  return ranges.map(({ from, to }) => {
    if (!TIME.test(from) || !TIME.test(to)) {
      previousEnd = null;
      return 'incomplete';
    }
    const [start, end] = [minutes(from), minutes(to)];
    let problem: RangeProblem | null = null;
    if (end <= start) {
      problem = 'endsBeforeStart';
    } else if (previousEnd !== null && start < previousEnd) {
      problem = 'overlapsPrevious';
    }
    previousEnd = Math.max(previousEnd ?? 0, end);
    return problem;
  });
}

/** A week with every day closed: where a new site starts. */
export function closedWeek(): OpeningHours {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}
