import { DateTime } from 'luxon';
import { NonexistentLocalTime } from './events.errors';

/** Where an event without a site (online, network-wide) keeps its local time: the network's zone. */
export const NETWORK_ZONE = 'Europe/Paris';

/**
 * An input instant: ISO 8601 with any offset, or without one a local time in `zone`. A local time the
 * clocks skip (02:30 on the spring change) is refused rather than shifted; undefined when unreadable.
 */
export function parseEventInstant(value: string, zone: string): DateTime | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const hasOffset = /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value.slice(16));
  const parsed = DateTime.fromISO(value, { zone: hasOffset ? undefined : zone, setZone: hasOffset });
  if (!parsed.isValid) return undefined;
  if (!hasOffset) {
    const written = value.slice(0, 16);
    if (parsed.toFormat("yyyy-MM-dd'T'HH:mm") !== written) throw NonexistentLocalTime(written.replace('T', ' '), zone);
  }
  return parsed.setZone(zone).set({ millisecond: 0 });
}

/**
 * The same local wall-clock time `weeks` weeks later, in the zone: a weekly 09:00 café stays at 09:00
 * across the DST changes. Undefined when that local time does not exist on that date.
 */
export function weeksLater(start: DateTime, weeks: number, zone: string): DateTime | undefined {
  const local = start.setZone(zone);
  const moved = local.plus({ weeks });
  // Luxon shifts a nonexistent local time forward; the wall clock then differs from the one asked for.
  if (moved.hour !== local.hour || moved.minute !== local.minute) return undefined;
  return moved;
}
