import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { FieldError, InvalidInput, NotFound } from '../../common/problem/domain-error';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { EventRoomHolds } from '../booking/event-room-holds';
import { SiteCalendar } from '../sites/site-calendar';
import { NotSiteHost } from '../sites/sites.errors';
import type { CreateEventRequest, DuplicateEventRequest } from './dto/event.dto';
import type { EventView } from './dto/event-view.dto';
import { checkStartsAhead, draftOf, EventDraft, EventPlace, instantField, timeErrors } from './event-drafts';
import { mayManageEvent, maySeeEvent } from './event-records';
import { NETWORK_ZONE, weeksLater } from './event-time';
import { NonexistentLocalTime, NotEventManager, SiteNotPublished } from './events.errors';
import { EventsService } from './events.service';

/** How `insert` writes an event beyond the plain draft. */
export interface EventInsertOptions {
  idempotencyKey?: string;
  seriesId?: string;
  publish?: boolean;
}

/** Making events: one, a copy of another, or (through `EventSeriesService`) a week of a series. */
@Injectable()
export class EventCreation {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly calendar: SiteCalendar,
    private readonly holds: EventRoomHolds,
    private readonly clock: Clock,
  ) {}

  /**
   * Where an event may be made: a site the caller manages (404 for one they cannot see, 403 for one they
   * only see), or, for a network officer only, no site at all (online or network-wide, in the network's zone).
   */
  async placeOf(siteId: string | null | undefined, principal: Principal): Promise<EventPlace> {
    if (!siteId) {
      if (principal.role !== 'admin') {
        throw new InvalidInput([
          { field: 'siteId', message: 'siteId is required: only a network officer makes events without a site' },
        ]);
      }
      return { siteId: null, siteStatus: null, zone: NETWORK_ZONE };
    }
    const schedule = await this.calendar.findSchedule(siteId);
    if (!schedule || (schedule.status !== 'published' && !mayManageSite(principal, schedule.id))) {
      throw new NotFound('Site', siteId);
    }
    if (!mayManageSite(principal, schedule.id)) throw new NotSiteHost();
    return { siteId: schedule.id, siteStatus: schedule.status, zone: schedule.timezone };
  }

  async create(request: CreateEventRequest, principal: Principal, idempotencyKey?: string): Promise<EventView> {
    const replay = idempotencyKey && (await this.findByKey(principal.userId, idempotencyKey));
    if (replay) return this.events.get(replay, principal);
    const draft = draftOf(request, await this.placeOf(request.siteId, principal), this.clock.now());
    try {
      const id = await this.dataSource.transaction((manager) =>
        this.insert(manager, draft, principal, { idempotencyKey }),
      );
      return this.events.get(id, principal);
    } catch (error) {
      if (idempotencyKey && violates(error, 'events_created_by_idempotency_key_key', UNIQUE_VIOLATION)) {
        // The same request sent twice at once: the first one's answer is the answer.
        const first = await this.findByKey(principal.userId, idempotencyKey);
        if (first) return this.events.get(first, principal);
      }
      throw error;
    }
  }

  /** One event and the hold on its room, in the caller's transaction (a savepoint of a series). */
  async insert(
    manager: EntityManager,
    draft: EventDraft,
    principal: Principal,
    options: EventInsertOptions = {},
  ): Promise<string> {
    const now = this.clock.now();
    if (options.publish && draft.place.siteId && draft.place.siteStatus !== 'published') throw SiteNotPublished();
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO events (site_id, room_id, series_id, created_by, title, description, category, starts_at, ends_at,
                           timezone, online_url, capacity, registration_deadline, visibility, status, published_at,
                           idempotency_key, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)
       RETURNING id`,
      [
        draft.place.siteId,
        draft.roomId,
        options.seriesId ?? null,
        principal.userId,
        draft.title,
        draft.description,
        draft.category,
        draft.start.toJSDate(),
        draft.end.toJSDate(),
        draft.place.zone,
        draft.onlineUrl,
        draft.capacity,
        draft.registrationDeadline,
        draft.visibility,
        options.publish ? 'published' : 'draft',
        options.publish ? now : null,
        options.idempotencyKey ?? null,
        now,
      ],
    );
    if (draft.roomId) {
      await this.holds.hold(manager, row.id, {
        roomId: draft.roomId,
        siteId: draft.place.siteId!,
        start: draft.start.toJSDate(),
        end: draft.end.toJSDate(),
      });
    }
    return row.id;
  }

  /**
   * A copy as a new draft: by default one week later at the same local time (DST-safe), same length, the
   * deadline (if set) as far before the start as the original's. The room is reserved anew (409 if taken).
   */
  async duplicate(id: string, request: DuplicateEventRequest, principal: Principal): Promise<EventView> {
    const source = await this.events.findRow(id, principal);
    if (!source || !maySeeEvent(principal, source)) throw new NotFound('Event', id);
    if (!mayManageEvent(principal, source)) throw new NotEventManager();
    const zone = source.timezone;
    const errors: FieldError[] = [];
    const originalStart = DateTime.fromJSDate(source.starts_at, { zone });
    const length = +source.ends_at - +source.starts_at;
    let start = request.start !== undefined ? instantField(errors, 'start', request.start, zone) : undefined;
    if (request.start === undefined) {
      start = weeksLater(originalStart, 1, zone);
      if (!start) throw NonexistentLocalTime(originalStart.plus({ weeks: 1 }).toFormat('yyyy-MM-dd HH:mm'), zone);
    }
    const end =
      request.end !== undefined
        ? instantField(errors, 'end', request.end, zone)
        : start?.plus({ milliseconds: length });
    if (errors.length) throw new InvalidInput(errors);
    const deadline = source.registration_deadline
      ? start!.minus({ milliseconds: +source.starts_at - +source.registration_deadline }).toJSDate()
      : null;
    const timeProblems = timeErrors(start!, end!, deadline);
    if (timeProblems.length) throw new InvalidInput(timeProblems);
    checkStartsAhead(start!, this.clock.now());
    const place = await this.placeOf(source.site_id, principal);
    const draft: EventDraft = {
      place: { ...place, zone },
      title: request.title ?? source.title,
      description: source.description,
      category: source.category,
      start: start!,
      end: end!,
      capacity: source.capacity,
      visibility: source.visibility,
      registrationDeadline: deadline,
      roomId: source.room_id,
      onlineUrl: source.online_url,
    };
    const copy = await this.dataSource.transaction((manager) => this.insert(manager, draft, principal));
    return this.events.get(copy, principal);
  }

  private async findByKey(userId: string, key: string): Promise<string | undefined> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM events WHERE created_by = $1 AND idempotency_key = $2`,
      [userId, key],
    );
    return row?.id;
  }
}
