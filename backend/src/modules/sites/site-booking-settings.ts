/**
 * How a site runs its bookings: until when a member may cancel their own booking, whether members must
 * check in, when the bookings nobody checked in are released, and how to get in (told only to booked
 * members, in their confirmation mail).
 */

/**
 * Until when the holder may cancel their own booking (the site's team may cancel at any time):
 * - `until_start`: until the booking starts (the default);
 * - `minutes_before`: until `minutes` before the start, counted in the site's local time (1440 is "the same
 *   time the day before", also across a change of summer time);
 * - `day_before_at`: until `time` (local `HH:MM`) on the day before the booking's date ("the evening before
 *   at 18:00").
 */
export type CancellationCutoff =
  { kind: 'until_start' } | { kind: 'minutes_before'; minutes: number } | { kind: 'day_before_at'; time: string };

export const CANCELLATION_CUTOFF_KINDS = ['until_start', 'minutes_before', 'day_before_at'] as const;
export const DEFAULT_CANCELLATION_CUTOFF: CancellationCutoff = { kind: 'until_start' };

/** A week's notice is the most a site may ask for. */
export const MAX_CUTOFF_MINUTES = 7 * 24 * 60;

/** The morning bookings not checked in by 10:30 are released, unless the site says otherwise. */
export const DEFAULT_NO_SHOW_RELEASE_TIME = '10:30';

export const ACCESS_INSTRUCTIONS_MAX_LENGTH = 2000;

/** A local time of day, `00:00` to `23:59`. */
export const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** `sites_cancellation_cutoff_check`: the same rules as `cancellationCutoffProblems`, kept by the database. */
export const CANCELLATION_CUTOFF_CHECK = `CASE cancellation_cutoff->>'kind'
  WHEN 'until_start' THEN cancellation_cutoff = '{"kind": "until_start"}'::jsonb
  WHEN 'minutes_before' THEN jsonb_typeof(cancellation_cutoff->'minutes') = 'number'
    AND cancellation_cutoff->'minutes' >= '1'::jsonb AND cancellation_cutoff->'minutes' <= '10080'::jsonb
    AND (cancellation_cutoff - 'kind' - 'minutes') = '{}'::jsonb
  WHEN 'day_before_at' THEN jsonb_typeof(cancellation_cutoff->'time') = 'string'
    AND cancellation_cutoff->>'time' ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
    AND (cancellation_cutoff - 'kind' - 'time') = '{}'::jsonb
  ELSE false END`;

export interface SiteBookingSettings {
  siteId: string;
  name: string;
  timezone: string;
  cancellationCutoff: CancellationCutoff;
  checkInRequired: boolean;
  /** Local `HH:MM`; see `noShowReleaseAt` in the booking module for the afternoon's rule. */
  noShowReleaseTime: string;
}

/** What is wrong with a proposed cut-off, one sentence per problem; empty when it is valid. */
export function cancellationCutoffProblems(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return ['must be an object with a kind: until_start, minutes_before or day_before_at'];
  }
  const cutoff = value as Record<string, unknown>;
  const allowed: Record<string, string[]> = {
    until_start: ['kind'],
    minutes_before: ['kind', 'minutes'],
    day_before_at: ['kind', 'time'],
  };
  const kind = cutoff['kind'];
  if (typeof kind !== 'string' || !(kind in allowed)) {
    return ['kind must be until_start, minutes_before or day_before_at'];
  }
  const problems = Object.keys(cutoff)
    .filter((key) => !allowed[kind].includes(key))
    .map((key) => `${key} does not go with kind ${kind}`);
  if (kind === 'minutes_before') {
    const minutes = cutoff['minutes'];
    if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes < 1 || minutes > MAX_CUTOFF_MINUTES) {
      problems.push(`minutes must be a whole number from 1 to ${MAX_CUTOFF_MINUTES}`);
    }
  }
  if (kind === 'day_before_at') {
    const time = cutoff['time'];
    if (typeof time !== 'string' || !LOCAL_TIME.test(time)) problems.push('time must be a local time written HH:MM');
  }
  return problems;
}
