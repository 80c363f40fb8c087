import type { DateTime } from 'luxon';
import type { OpeningRange } from '../sites/opening-hours';
import { localInstant, type BookingSlot } from './booking-slots';

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function clockTime(total: number): string {
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/**
 * When a booking nobody checked in is released, at a site that requires check-in. The site's release time
 * (`10:30`) gives the day's grace: release time minus that day's opening (08:30 → 2 hours).
 * - A morning or full-day booking is released at the release time itself.
 * - An afternoon booking gets the same grace after its own start: 13:00 + 2 hours = 15:00 (13:30 + 2 hours on
 *   a day the site reopens at 13:30), so that afternoon members are not held to the morning's deadline.
 * - A booking by start and end (a room by the hour) is never released automatically; a host may mark it.
 * Undefined when nothing is released: no grace that day (the site opens at or after the release time), or a
 * release that would fall after midnight. Wall-clock arithmetic in the site's zone, so a change of summer time
 * moves nothing.
 */
export function noShowReleaseAt(
  slot: BookingSlot,
  start: DateTime,
  date: string,
  ranges: readonly OpeningRange[],
  releaseTime: string,
  zone: string,
): DateTime | undefined {
  if (slot === 'custom' || !ranges.length) return undefined;
  const grace = minutes(releaseTime) - minutes(ranges[0][0]);
  if (grace <= 0) return undefined;
  if (slot !== 'afternoon') return localInstant(date, releaseTime, zone);
  const at = minutes(start.setZone(zone).toFormat('HH:mm')) + grace;
  return at < 24 * 60 ? localInstant(date, clockTime(at), zone) : undefined;
}
