import { DateTime } from 'luxon';
import { siteInstant } from '../sites/site-time';
import type { BookingSlot } from './booking-slots';
import type { BookingView } from './dto/booking.dto';
import type { BookingStatus } from './entities/booking.entity';

/**
 * The booking as the API shows it. The booking module reads the names and zone of the booked resource and
 * site with a join rather than one call per row: a documented exception to "modules own their tables"
 * (read-only, three columns; see the module's README note in `booking.module.ts`).
 */
export const BOOKING_SELECT = `
  SELECT b.id, b.resource_id, b.site_id, b.user_id, lower(b.during) AS start, upper(b.during) AS "end", b.slot,
         b.status, b.created_at, b.cancelled_at, b.checked_in_at, b.series_id, b.event_id, r.name AS resource_name,
         s.name AS site_name, s.timezone
  FROM bookings b JOIN resources r ON r.id = b.resource_id JOIN sites s ON s.id = b.site_id`;

export interface BookingRow {
  id: string;
  resource_id: string;
  site_id: string;
  user_id: string | null;
  start: Date;
  end: Date;
  slot: BookingSlot;
  status: BookingStatus;
  created_at: Date;
  cancelled_at: Date | null;
  checked_in_at: Date | null;
  series_id: string | null;
  event_id: string | null;
  resource_name: string;
  site_name: string;
  timezone: string;
}

export function toBookingView(row: BookingRow): BookingView {
  const zone = row.timezone;
  return {
    id: row.id,
    resourceId: row.resource_id,
    resourceName: row.resource_name,
    siteId: row.site_id,
    siteName: row.site_name,
    userId: row.user_id,
    start: siteInstant(row.start, zone),
    end: siteInstant(row.end, zone),
    date: DateTime.fromJSDate(row.start, { zone }).toISODate()!,
    slot: row.slot,
    status: row.status,
    createdAt: siteInstant(row.created_at, zone),
    cancelledAt: row.cancelled_at ? siteInstant(row.cancelled_at, zone) : null,
    checkedInAt: row.checked_in_at ? siteInstant(row.checked_in_at, zone) : null,
    seriesId: row.series_id,
    eventId: row.event_id,
  };
}

/** TypeORM answers `[rows, count]` to an UPDATE … RETURNING on PostgreSQL, and `rows` to a SELECT. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}
