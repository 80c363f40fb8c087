import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { FieldError, InvalidInput } from '../../common/problem/domain-error';
import { CHECK_VIOLATION, violates } from '../../database/postgres-errors';
import { OutboxService } from '../../jobs/outbox.service';
import { AuditService } from '../audit/audit.service';
import { EventRoomHolds } from '../booking/event-room-holds';
import type { UpdateEventRequest } from './dto/event.dto';
import type { EventView } from './dto/event-view.dto';
import { checkStartsAhead, instantField, timeErrors } from './event-drafts';
import { EventPlaces } from './event-places';
import { returnedRows } from './event-records';
import { CapacityBelowRegistered, EventCancelled } from './events.errors';
import { EventsService } from './events.service';

/** Edits of an event, under its lock: what moved is written, the room hold follows, registrants are told. */
@Injectable()
export class EventChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly places: EventPlaces,
    private readonly holds: EventRoomHolds,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Any field. A change of time or place (room, online address) of a published event moves the room hold
   * and tells every registrant; a higher capacity serves the waitlist; a capacity below the number
   * registered is a 422.
   */
  async update(id: string, change: UpdateEventRequest, principal: Principal): Promise<EventView> {
    const now = this.clock.now();
    try {
      await this.dataSource.transaction(async (manager) => {
        const event = await this.places.lockManaged(manager, id, principal);
        if (event.status === 'cancelled') throw EventCancelled();
        const zone = event.timezone;
        const errors: FieldError[] = [];
        const start =
          change.start !== undefined
            ? instantField(errors, 'start', change.start, zone)
            : DateTime.fromJSDate(event.starts_at, { zone });
        const end =
          change.end !== undefined
            ? instantField(errors, 'end', change.end, zone)
            : DateTime.fromJSDate(event.ends_at, { zone });
        let deadline = event.registration_deadline;
        if (change.registrationDeadline === null) deadline = null;
        else if (change.registrationDeadline !== undefined) {
          deadline =
            instantField(errors, 'registrationDeadline', change.registrationDeadline, zone)?.toJSDate() ?? null;
        }
        const roomId = change.roomId !== undefined ? change.roomId : event.room_id;
        if (roomId && !event.site_id) {
          errors.push({ field: 'roomId', message: 'a room can only be reserved at a site' });
        }
        if (!errors.length) errors.push(...timeErrors(start!, end!, deadline));
        if (errors.length) throw new InvalidInput(errors);
        const timesMoved = +start!.toJSDate() !== +event.starts_at || +end!.toJSDate() !== +event.ends_at;
        if (timesMoved) checkStartsAhead(start!, now);
        if (change.capacity !== undefined && change.capacity < event.taken) {
          throw CapacityBelowRegistered(event.taken);
        }
        const onlineUrl = change.onlineUrl !== undefined ? change.onlineUrl : event.online_url;
        const roomMoved = roomId !== event.room_id;
        const placeMoved = timesMoved || roomMoved || onlineUrl !== event.online_url;

        const [current]: Record<string, unknown>[] = await manager.query(
          `SELECT title, description, category, visibility, capacity FROM events WHERE id = $1`,
          [event.id],
        );
        // The audit names the fields that moved, never their values (descriptions are free text).
        const fields: string[] = (['title', 'description', 'category', 'visibility', 'capacity'] as const).filter(
          (field) => change[field] !== undefined && change[field] !== current[field],
        );
        if (timesMoved) fields.push(...(['start', 'end'] as const).filter((f) => change[f] !== undefined));
        if (+(deadline ?? 0) !== +(event.registration_deadline ?? 0)) fields.push('registrationDeadline');
        if (roomMoved) fields.push('roomId');
        if (onlineUrl !== event.online_url) fields.push('onlineUrl');
        if (!fields.length) return;

        await manager.query(
          `UPDATE events SET title = $2, description = $3, category = $4, visibility = $5, capacity = $6,
                  starts_at = $7, ends_at = $8, registration_deadline = $9, room_id = $10, online_url = $11,
                  revision = revision + $12, updated_at = $13
           WHERE id = $1`,
          [
            event.id,
            change.title ?? current['title'],
            change.description ?? current['description'],
            change.category ?? current['category'],
            change.visibility ?? current['visibility'],
            change.capacity ?? current['capacity'],
            start!.toJSDate(),
            end!.toJSDate(),
            deadline,
            roomId,
            onlineUrl,
            placeMoved ? 1 : 0,
            now,
          ],
        );
        if (roomMoved || (timesMoved && roomId)) {
          await this.holds.move(
            manager,
            event.id,
            roomId ? { roomId, siteId: event.site_id!, start: start!.toJSDate(), end: end!.toJSDate() } : undefined,
          );
        }
        if (change.capacity !== undefined && change.capacity > event.capacity) {
          await this.places.promote(manager, event.id, now);
        }
        if (placeMoved && event.status === 'published') await this.tellOfChange(manager, event.id, now);
        await this.audit.record(manager, principal, {
          action: 'event.update',
          subjectType: 'event',
          subjectId: event.id,
          details: { fields },
        });
      });
    } catch (error) {
      // The lock makes the friendly check exact; the CHECK is the guarantee should anything slip past it.
      if (violates(error, 'events_taken_check', CHECK_VIOLATION)) {
        const [row] = await this.dataSource.query(`SELECT taken FROM events WHERE id = $1`, [id]);
        throw CapacityBelowRegistered(row?.taken ?? 0);
      }
      throw error;
    }
    return this.events.get(id, principal);
  }

  /**
   * Every registrant is told of the new time or place; the key carries the revision, so each change mails once.
   * Those holding a place get a new reminder under the new revision, at the new time (the one scheduled before
   * finds the revision changed and sends nothing), so each still gets exactly one.
   */
  private async tellOfChange(manager: EntityManager, eventId: string, now: Date): Promise<void> {
    const [row]: { revision: number; starts_at: Date; timezone: string }[] = await manager.query(
      `SELECT revision, starts_at, timezone FROM events WHERE id = $1`,
      [eventId],
    );
    const registrants = returnedRows<{ id: string; status: 'registered' | 'waitlisted' }>(
      await manager.query(
        `SELECT id, status FROM event_registrations WHERE event_id = $1 AND status IN ('registered', 'waitlisted')`,
        [eventId],
      ),
    );
    await this.outbox.enqueue(
      manager,
      ...registrants.map(({ id }) => ({
        kind: 'event.changed' as const,
        key: `event-changed-${id}-${row.revision}`,
        payload: { registrationId: id, revision: String(row.revision) },
      })),
      ...registrants.flatMap(({ id, status }) => (status === 'registered' ? this.places.reminderOf(id, row, now) : [])),
    );
  }
}
