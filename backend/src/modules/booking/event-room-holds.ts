import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { DomainError, NotFound } from '../../common/problem/domain-error';
import { siteInstant } from '../sites/site-time';
import { BookingRule, ResourceInactive } from './booking.errors';

/** A meeting room held by an event for `[start, end)`. */
export interface RoomHold {
  roomId: string;
  siteId: string;
  start: Date;
  end: Date;
}

/** 409: the room is booked, or held by another event, for part of that time. */
export class RoomTaken extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'room-taken';
  readonly title = 'Room already booked';
  constructor(roomName: string, conflicts: { start: string; end: string; eventId: string | null }[]) {
    super(
      conflicts.length
        ? `${roomName} is already booked from ${conflicts[0].start} to ${conflicts[0].end}.`
        : `${roomName} is already booked then.`,
    );
    this.extensions['conflicts'] = conflicts;
  }
}

export const NotAMeetingRoom = () =>
  new BookingRule('not-a-meeting-room', 'Not a meeting room', 'An event can only reserve a meeting room of its site.');

interface RoomRow {
  id: string;
  name: string;
  kind: string;
  site_id: string;
  active: boolean;
  timezone: string;
}

/**
 * The booking module's side of an event in a meeting room: the event holds the room with a booking row
 * (`event_id` set, no member), so the exclusion constraint that stops two bookings sharing a room also
 * stops a booking and an event, or two events. Every method works in the caller's transaction.
 */
@Injectable()
export class EventRoomHolds {
  constructor(private readonly clock: Clock) {}

  /**
   * Holds the room for the event, or throws: 404 for no meeting room of that site, 422 for a removed room
   * or a desk, 409 `room-taken` when a booking or another event has it then. The insert is a savepoint, so
   * a refusal leaves the caller's transaction usable (a series reports the date and goes on).
   */
  async hold(manager: EntityManager, eventId: string, hold: RoomHold): Promise<{ roomName: string }> {
    const [room]: RoomRow[] = await manager.query(
      `SELECT r.id, r.name, r.kind, r.site_id, r.active, s.timezone
       FROM resources r JOIN sites s ON s.id = r.site_id WHERE r.id = $1`,
      [hold.roomId],
    );
    if (!room || room.site_id !== hold.siteId) throw new NotFound('Meeting room', hold.roomId);
    if (room.kind !== 'meeting_room') throw NotAMeetingRoom();
    if (!room.active) throw ResourceInactive();
    // ON CONFLICT DO NOTHING rather than catching 23P01: a plain INSERT racing others on the exclusion
    // constraint can deadlock; this one waits for the competitor and skips the row (see `PlaceTaken`).
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO bookings (resource_id, site_id, user_id, during, slot, event_id)
       VALUES ($1, $2, NULL, tstzrange($3::timestamptz, $4::timestamptz, '[)'), 'custom', $5)
       ON CONFLICT DO NOTHING RETURNING id`,
      [room.id, room.site_id, hold.start, hold.end, eventId],
    );
    if (!inserted.length) {
      const taken: { start: Date; end: Date; event_id: string | null }[] = await manager.query(
        `SELECT lower(during) AS start, upper(during) AS "end", event_id FROM bookings
         WHERE resource_id = $1 AND status IN ('confirmed', 'checked_in') AND during && tstzrange($2, $3, '[)')
         ORDER BY lower(during)`,
        [room.id, hold.start, hold.end],
      );
      throw new RoomTaken(
        room.name,
        taken.map((t) => ({
          start: siteInstant(t.start, room.timezone),
          end: siteInstant(t.end, room.timezone),
          eventId: t.event_id,
        })),
      );
    }
    return { roomName: room.name };
  }

  /** Frees the room the event held, if any. */
  async release(manager: EntityManager, eventId: string): Promise<void> {
    await manager.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancellation_reason = 'event_released'
       WHERE event_id = $1 AND status IN ('confirmed', 'checked_in')`,
      [eventId, this.clock.now()],
    );
  }

  /** The event moved, changed room or left its room (`hold` undefined): the old hold goes, the new one is taken. */
  async move(manager: EntityManager, eventId: string, hold: RoomHold | undefined): Promise<void> {
    await this.release(manager, eventId);
    if (hold) await this.hold(manager, eventId, hold);
  }
}
