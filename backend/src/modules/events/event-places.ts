import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { NotFound } from '../../common/problem/domain-error';
import { OutboxEntry, OutboxService } from '../../jobs/outbox.service';
import type { RegistrationResult } from './dto/registration.dto';
import type { RegistrationStatus } from './entities/event-registration.entity';
import type { EventStatus, EventVisibility } from './entities/event.entity';
import {
  isUuid,
  mayManageEvent,
  maySeeEvent,
  POSITION_OF,
  registrationDeadlineOf,
  returnedRows,
} from './event-records';
import { eventReminderJob } from './event-reminders';
import { AlreadyRegistered, NotEventManager } from './events.errors';

/** The event row as read under its lock: what the places and the rules need. */
export interface LockedEvent {
  id: string;
  site_id: string | null;
  room_id: string | null;
  title: string;
  status: EventStatus;
  visibility: EventVisibility;
  capacity: number;
  taken: number;
  starts_at: Date;
  ends_at: Date;
  registration_deadline: Date | null;
  online_url: string | null;
  timezone: string;
  published_at: Date | null;
  /** Counts changes of time or place: the reminder of a registration is keyed by it. */
  revision: number;
}

export interface ActiveRegistration {
  id: string;
  status: RegistrationStatus;
}

/**
 * The places of an event and its line. Every change of them runs in a transaction that first locks the
 * event row (`lock`), so registrations, departures, promotions and capacity changes of one event happen one
 * after the other, whichever API process serves them; `events_taken_check` (taken ≤ capacity) is the
 * database's guarantee behind the counter, and waitlist positions come out contiguous and in order.
 */
@Injectable()
export class EventPlaces {
  constructor(private readonly outbox: OutboxService) {}

  async lock(manager: EntityManager, eventId: string): Promise<LockedEvent | undefined> {
    if (!isUuid(eventId)) return undefined;
    const [row]: LockedEvent[] = await manager.query(
      `SELECT id, site_id, room_id, title, status, visibility, capacity, taken, starts_at, ends_at,
              registration_deadline, online_url, timezone, published_at, revision
       FROM events WHERE id = $1 FOR UPDATE`,
      [eventId],
    );
    return row;
  }

  /**
   * The event locked for a write by someone who manages it: 404 when they may not know of it, 403 when they
   * only see it.
   */
  async lockManaged(manager: EntityManager, eventId: string, principal: Principal): Promise<LockedEvent> {
    const event = await this.lock(manager, eventId);
    if (!event || !maySeeEvent(principal, event)) throw new NotFound('Event', eventId);
    if (!mayManageEvent(principal, event)) throw new NotEventManager();
    return event;
  }

  /** The member's registration that holds a place or a place in line, if any (the event must be locked). */
  async activeOf(manager: EntityManager, eventId: string, userId: string): Promise<RegistrationResult | undefined> {
    const [row]: RegistrationResult[] = await manager.query(
      `SELECT r.id, r.event_id AS "eventId", r.status,
              CASE WHEN r.status = 'waitlisted' THEN ${POSITION_OF('r')} END AS position
       FROM event_registrations r WHERE r.event_id = $1 AND r.user_id = $2 AND r.status <> 'cancelled'`,
      [eventId, userId],
    );
    return row && withoutEmptyPosition(row);
  }

  /**
   * A place if one is free (the counter moves only while below the capacity), else the end of the line.
   * 409 when the member already holds either. The member's mail (confirmation or place in line) and, with
   * a place, the reminder the day before are scheduled in the same transaction.
   */
  async take(
    manager: EntityManager,
    event: LockedEvent,
    userId: string,
    now: Date,
    idempotencyKey?: string,
  ): Promise<RegistrationResult> {
    const existing = await this.activeOf(manager, event.id, userId);
    if (existing) throw new AlreadyRegistered(existing);
    const placed = returnedRows<{ taken: number }>(
      await manager.query(`UPDATE events SET taken = taken + 1 WHERE id = $1 AND taken < capacity RETURNING taken`, [
        event.id,
      ]),
    );
    const status = placed.length ? 'registered' : 'waitlisted';
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO event_registrations (event_id, user_id, status, idempotency_key, registered_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [event.id, userId, status, idempotencyKey ?? null, now],
    );
    await this.outbox.enqueue(
      manager,
      status === 'registered'
        ? { kind: 'event.registered', key: `event-registered-${row.id}`, payload: { registrationId: row.id } }
        : { kind: 'event.waitlisted', key: `event-waitlisted-${row.id}`, payload: { registrationId: row.id } },
      ...(status === 'registered' ? this.reminderOf(row.id, event, now) : []),
    );
    return (await this.activeOf(manager, event.id, userId)) ?? { id: row.id, eventId: event.id, status };
  }

  /** The member leaves: their place (if they held one) goes to the line. */
  async leave(manager: EntityManager, event: LockedEvent, registration: ActiveRegistration, now: Date): Promise<void> {
    const left = returnedRows<{ status: RegistrationStatus }>(
      await manager.query(
        `UPDATE event_registrations SET status = 'cancelled', cancelled_at = $2
         WHERE id = $1 AND status IN ('registered', 'waitlisted') RETURNING id`,
        [registration.id, now],
      ),
    );
    if (!left.length || registration.status !== 'registered') return;
    await manager.query(`UPDATE events SET taken = taken - 1 WHERE id = $1`, [event.id]);
    await this.promote(manager, event.id, now);
  }

  /**
   * Serves the line while places are free, first come first served, each promoted member told once (the
   * mail's key is the registration's), and reminded the day before if there is still time. Only for a
   * published event not yet under way (or still taking registrations): nobody is moved into a cancelled
   * event or one already over.
   */
  async promote(manager: EntityManager, eventId: string, now: Date): Promise<string[]> {
    const [event]: (Pick<LockedEvent, 'status' | 'starts_at' | 'registration_deadline' | 'timezone' | 'revision'> & {
      free: number;
    })[] = await manager.query(
      `SELECT capacity - taken AS free, status, starts_at, registration_deadline, timezone, revision
       FROM events WHERE id = $1`,
      [eventId],
    );
    if (!event || event.status !== 'published' || event.free <= 0) return [];
    // While newcomers may still register, the line goes first; once under way and closed, nobody is moved.
    if (event.starts_at <= now && registrationDeadlineOf(event) <= now) return [];
    const next: { id: string }[] = await manager.query(
      `SELECT id FROM event_registrations WHERE event_id = $1 AND status = 'waitlisted'
       ORDER BY queue_number LIMIT $2`,
      [eventId, event.free],
    );
    if (!next.length) return [];
    const ids = next.map((row) => row.id);
    await manager.query(`UPDATE events SET taken = taken + $2 WHERE id = $1`, [eventId, ids.length]);
    await manager.query(
      `UPDATE event_registrations SET status = 'registered', promoted_at = $2
       WHERE id = ANY($1::uuid[]) AND status = 'waitlisted'`,
      [ids, now],
    );
    await this.outbox.enqueue(
      manager,
      ...ids.map((id) => ({
        kind: 'event.promoted' as const,
        key: `event-promoted-${id}`,
        payload: { registrationId: id },
      })),
      ...ids.flatMap((id) => this.reminderOf(id, event, now)),
    );
    return ids;
  }

  /** The reminder of a registration that holds a place, under the event's current revision. */
  reminderOf(
    registrationId: string,
    event: Pick<LockedEvent, 'starts_at' | 'timezone' | 'revision'>,
    now: Date,
  ): OutboxEntry[] {
    return eventReminderJob(
      { registrationId, revision: event.revision, start: event.starts_at, timezone: event.timezone },
      now,
    );
  }

  /** The registrations to tell of a change or a cancellation: everyone holding a place or a place in line. */
  async registrantIds(manager: EntityManager, eventId: string): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT id FROM event_registrations
       WHERE event_id = $1 AND status IN ('registered', 'waitlisted', 'attended') ORDER BY queue_number`,
      [eventId],
    );
    return rows.map((row) => row.id);
  }
}

function withoutEmptyPosition(row: RegistrationResult): RegistrationResult {
  if (row.position === null || row.position === undefined) {
    const { position: _position, ...rest } = row;
    return rest;
  }
  return row;
}
