import { CronExpressionParser } from 'cron-parser';
import { DateTime } from 'luxon';
import type { RecurringSchedule } from './recurring-task';

/**
 * The occurrences of a recurring schedule, computed as BullMQ's job scheduler computes them (the same
 * `cron-parser`, the same zone), so that the in-process timer and Redis agree on when a task runs.
 */

/** The first occurrence strictly after `after`. */
export function nextOccurrence(schedule: RecurringSchedule, after: Date): Date {
  const expression = CronExpressionParser.parse(schedule.pattern, { currentDate: after, tz: schedule.tz });
  return expression.next().toDate();
}

/** The last occurrence at or before `at`. */
export function lastOccurrence(schedule: RecurringSchedule, at: Date): Date {
  const expression = CronExpressionParser.parse(schedule.pattern, {
    currentDate: new Date(at.getTime() + 1),
    tz: schedule.tz,
  });
  return expression.prev().toDate();
}

/**
 * The occurrence a process starting at `now` should run at once because it was down (or not yet up) when it
 * fell due: the last one, if it fell on the same local date as `now` in the schedule's zone. A process
 * started at 09:40 runs the sheet of 07:00; one started at 00:10 does not run yesterday's, which would
 * speak of a "tomorrow" already begun. Running an occurrence already run writes nothing new (the task's
 * outbox keys), so a restart during the day costs one pass of reading.
 */
export function missedToday(schedule: RecurringSchedule, now: Date): Date | undefined {
  const last = lastOccurrence(schedule, now);
  const day = (instant: Date) => DateTime.fromJSDate(instant, { zone: schedule.tz }).toISODate();
  return day(last) === day(now) ? last : undefined;
}

/** Start-up refuses a pattern or a zone that cron-parser or luxon cannot read, rather than never running. */
export function checkSchedule(schedule: RecurringSchedule): void {
  if (!DateTime.local().setZone(schedule.tz).isValid) {
    throw new Error(`Recurring task "${schedule.id}": unknown time zone "${schedule.tz}"`);
  }
  if (schedule.pattern.trim().split(/\s+/).length !== 5) {
    throw new Error(`Recurring task "${schedule.id}": the pattern "${schedule.pattern}" must have five fields`);
  }
  try {
    nextOccurrence(schedule, new Date(0));
  } catch (error) {
    throw new Error(`Recurring task "${schedule.id}": unreadable pattern "${schedule.pattern}": ${String(error)}`);
  }
  if (!/^[A-Za-z0-9_.-]+$/.test(schedule.id)) {
    throw new Error(`Recurring task id "${schedule.id}": letters, digits, '.', '_' and '-' only`);
  }
}
