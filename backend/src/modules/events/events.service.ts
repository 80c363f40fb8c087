import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { OutboxService } from '../../jobs/outbox.service';
import { AuditService } from '../audit/audit.service';
import { EventRoomHolds } from '../booking/event-room-holds';
import { SiteCalendar } from '../sites/site-calendar';
import type { EventView } from './dto/event-view.dto';
import { EventPlaces, LockedEvent } from './event-places';
import { EVENT_SELECT, EventRow, isUuid, maySeeEvent, toEventView } from './event-records';
import { EventCancelled, EventOver, SiteNotPublished } from './events.errors';

/**
 * An event's life once made: read, published, cancelled. Made by `EventCreation`, edited by `EventChanges`;
 * every write locks the event row first (`EventPlaces.lockManaged`), so it never interleaves with the
 * registrations of the same event.
 */
@Injectable()
export class EventsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: SiteCalendar,
    private readonly places: EventPlaces,
    private readonly holds: EventRoomHolds,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** One event, or 404 when it does not exist or is not the caller's to know of. */
  async get(id: string, principal: Principal | undefined): Promise<EventView> {
    const row = await this.findRow(id, principal);
    if (!row || !maySeeEvent(principal, row)) throw new NotFound('Event', id);
    return toEventView(row, principal, this.clock.now());
  }

  async findRow(id: string, principal: Principal | undefined): Promise<EventRow | undefined> {
    if (!isUuid(id)) return undefined;
    const [row]: EventRow[] = await this.dataSource.query(`${EVENT_SELECT} WHERE e.id = $2`, [
      principal?.userId ?? null,
      id,
    ]);
    return row;
  }

  /**
   * A site's published public events ending after `since` (cancelled ones included, so that a subscribed
   * calendar marks them cancelled), for its calendar feed; undefined for an unknown or unpublished site.
   */
  async publicEventsOfSite(siteId: string, since: Date): Promise<EventRow[] | undefined> {
    if ((await this.calendar.findSchedule(siteId))?.status !== 'published') return undefined;
    return this.dataSource.query(
      `${EVENT_SELECT} WHERE e.site_id = $2 AND e.visibility = 'public' AND e.published_at IS NOT NULL
         AND e.ends_at > $3 ORDER BY e.starts_at, e.id`,
      [null, siteId, since],
    );
  }

  /** The events a member holds a place at (registered or attended) ending after `since`, for their calendar feed. */
  async registeredEventsOf(userId: string, since: Date): Promise<EventRow[]> {
    return this.dataSource.query(
      `${EVENT_SELECT} WHERE e.published_at IS NOT NULL AND e.ends_at > $2
         AND EXISTS (SELECT 1 FROM event_registrations r
                     WHERE r.event_id = e.id AND r.user_id = $1 AND r.status IN ('registered', 'attended'))
       ORDER BY e.starts_at, e.id`,
      [userId, since],
    );
  }

  /**
   * A site's published events (not cancelled) under way between `from` and `to`, by start, with their
   * places taken and waiting line: the events of a day on its hosts' daily sheet.
   */
  async publishedAtSiteBetween(siteId: string, from: Date, to: Date): Promise<EventRow[]> {
    if (!isUuid(siteId)) return [];
    return this.dataSource.query(
      `${EVENT_SELECT} WHERE e.site_id = $2 AND e.status = 'published' AND e.starts_at < $4 AND e.ends_at > $3
       ORDER BY e.starts_at, e.id`,
      [null, siteId, from, to],
    );
  }

  async publish(id: string, principal: Principal): Promise<EventView> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.places.lockManaged(manager, id, principal);
      if (event.status === 'cancelled') throw EventCancelled();
      if (event.status === 'published') return;
      const now = this.clock.now();
      if (event.ends_at <= now) throw EventOver();
      // The transaction's manager, not the pool: a wait for a second connection can hang the API.
      if (event.site_id && (await this.calendar.findSchedule(event.site_id, manager))?.status !== 'published') {
        throw SiteNotPublished();
      }
      await manager.query(`UPDATE events SET status = 'published', published_at = $2, updated_at = $2 WHERE id = $1`, [
        event.id,
        now,
      ]);
    });
    return this.get(id, principal);
  }

  /** Cancels the event, frees its room and tells every registrant. Cancelling twice changes nothing. */
  async cancel(id: string, principal: Principal): Promise<EventView> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.places.lockManaged(manager, id, principal);
      await this.cancelLocked(manager, event, principal);
    });
    return this.get(id, principal);
  }

  /** The cancellation itself, on an event the caller locked (a series cancels its events one by one). */
  async cancelLocked(manager: EntityManager, event: LockedEvent, principal: Principal): Promise<void> {
    if (event.status === 'cancelled') return;
    const now = this.clock.now();
    if (event.ends_at <= now) throw EventOver();
    await manager.query(`UPDATE events SET status = 'cancelled', cancelled_at = $2, updated_at = $2 WHERE id = $1`, [
      event.id,
      now,
    ]);
    await this.holds.release(manager, event.id);
    const registrants = await this.places.registrantIds(manager, event.id);
    await this.outbox.enqueue(
      manager,
      ...registrants.map((registrationId) => ({
        kind: 'event.cancelled' as const,
        key: `event-cancelled-${registrationId}`,
        payload: { registrationId },
      })),
    );
    await this.audit.record(manager, principal, {
      action: 'event.cancel',
      subjectType: 'event',
      subjectId: event.id,
      details: { registrants: registrants.length },
    });
  }
}
