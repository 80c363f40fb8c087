import { KEY_SEPARATOR } from './report-dimensions';

/**
 * The SQL of each grouping's key over a relation `f` of (site_id, epci_code, day, kind) and, for half-days,
 * `h.half`. The capacity, computed in TypeScript, builds the same keys (`occupancy-capacity.ts`): ISO weeks
 * as `IYYY-"W"IW` there are luxon's `kkkk-'W'WW` here.
 */
const KEY_SQL: Record<string, string> = {
  site: `f.site_id::text`,
  epci: `coalesce(f.epci_code, 'none')`,
  day: `to_char(f.day, 'YYYY-MM-DD')`,
  week: `to_char(f.day, 'IYYY-"W"IW')`,
  month: `to_char(f.day, 'YYYY-MM')`,
  weekday: `extract(isodow FROM f.day)::integer::text`,
  halfDay: `h.half`,
  kind: `f.kind`,
};

/** `key0, key1` select list and the GROUP BY positions for the dimensions. */
export function keySelect(dimensions: string[], sql: Record<string, string> = KEY_SQL): string {
  return dimensions.map((dimension, index) => `${sql[dimension]} AS key${index}`).join(', ');
}

export function groupPositions(dimensions: string[]): string {
  return dimensions.map((_, index) => String(index + 1)).join(', ');
}

/** The composite key of a result row of `keySelect`. */
export function rowKey(row: Record<string, unknown>, dimensions: string[]): string {
  return dimensions.map((_, index) => String(row[`key${index}`])).join(KEY_SEPARATOR);
}

/** A booking's local day and half-days, from its range and its site's zone (`s.timezone`). */
export const BOOKING_LOCAL_DAY = `(lower(b.during) AT TIME ZONE s.timezone)::date`;
export const BOOKING_MORNING = `(lower(b.during) AT TIME ZONE s.timezone)::time < time '13:00'`;
export const BOOKING_AFTERNOON = `(upper(b.during) AT TIME ZONE s.timezone) > ${BOOKING_LOCAL_DAY} + time '13:00'`;

/**
 * The counted bookings starting within the UTC window `$after`..`$before` (the reporting index's range):
 * confirmed and checked in, not an event's room hold. Callers narrow to the period's local days.
 */
export const COUNTED_BOOKINGS = `b.event_id IS NULL AND b.status IN ('confirmed', 'checked_in')`;
