import { DateTime } from 'luxon';
import type { OutboxEntry } from '../../jobs/outbox.service';

/**
 * When the reminder of an event starting at `start` is due: "24 hours before" read as a person reads it, the
 * same wall-clock time the day before in the event's zone (calendar arithmetic, not 86,400 seconds). On the
 * eve of a change of clocks the gap is then 23 or 25 hours: for a Monday 09:00 event after the spring change
 * the reminder still comes at 09:00 on Sunday.
 *
 * - When that local time does not exist on the eve (02:30 on the night the clocks go forward), the reminder
 *   is due at the next instant that exists: the moment the clocks jump (03:00).
 * - When it exists twice (02:30 on the night the clocks go back), the later of the two, which is exactly
 *   24 hours before.
 */
export function eventReminderDueAt(start: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(start, { zone });
  const eve = local.minus({ days: 1 });
  if (eve.hour !== local.hour || eve.minute !== local.minute) return clocksJump(eve);
  return eve.getPossibleOffsets().reduce((later, candidate) => (candidate > later ? candidate : later), eve);
}

/**
 * Luxon moves a local time the clocks skip forward by the gap (02:30 becomes 03:30); the instant the gap
 * ends is found by walking back while the offset stays the summer one, at most the gap's length.
 */
function clocksJump(shifted: DateTime): DateTime {
  let instant = shifted.startOf('minute');
  for (let minute = 0; minute < 24 * 60; minute++) {
    const before = instant.minus({ minutes: 1 });
    if (before.offset !== shifted.offset) return instant;
    instant = before;
  }
  return shifted;
}

export interface ReminderFacts {
  registrationId: string;
  /** The event's `revision` when scheduled: a later change of time or place schedules a new reminder. */
  revision: number;
  start: Date;
  timezone: string;
}

/**
 * The `event.reminder` job of a registration holding a place, keyed by registration and event revision, so
 * that a move of the event schedules a new one and the old one finds the revision changed and sends nothing.
 * None when its time has passed (registered less than a day before): the confirmation just told them.
 */
export function eventReminderJob(facts: ReminderFacts, now: Date): OutboxEntry[] {
  const dueAt = eventReminderDueAt(facts.start, facts.timezone);
  if (dueAt.toMillis() <= now.getTime()) return [];
  return [
    {
      kind: 'event.reminder',
      key: `event-reminder-${facts.registrationId}-${facts.revision}`,
      payload: { registrationId: facts.registrationId, revision: String(facts.revision) },
      dueAt: dueAt.toJSDate(),
    },
  ];
}
