import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { FieldError, InvalidInput, NotFound } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { EXCLUSION_VIOLATION, UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { PeopleDirectory } from '../identity/people-directory';
import { OutboxService } from '../../jobs/outbox.service';
import type { ResourceKind } from '../sites/site-amenities';
import { openingRangesOn, SiteCalendar, type SiteSchedule } from '../sites/site-calendar';
import { siteInstant, siteToday } from '../sites/site-time';
import { NotSiteHost } from '../sites/sites.errors';
import { BookingQuota } from './booking-quota';
import { BOOKING_SELECT, BookingRow, returnedRows, toBookingView } from './booking-records';
import { lateCancellation } from './cancellation-cutoff';
import { NoShowRelease } from './no-show-release';
import { BookingReminders } from './booking-reminders';
import { WaitlistPromotion } from './waitlist-promotion';
import { Metrics } from '../monitoring/metrics';
import type { CancellationReason } from './entities/booking.entity';
import {
  customWindow,
  localInstant,
  parseInputInstant,
  slotWindow,
  type BookingSlot,
  type Slot,
  type Window,
} from './booking-slots';
import {
  AlreadyBooked,
  BeyondHorizon,
  BookingConflict,
  BookingInPast,
  BookingState,
  CheckInWindow,
  HeldByEvent,
  PlaceTaken,
  NotStartedYet,
  ResourceInactive,
} from './booking.errors';
import type {
  BookingPage,
  BookingView,
  CreateBookingRequest,
  MyBookingsQuery,
  SiteBookingPage,
  SiteBookingsQuery,
} from './dto/booking.dto';

export interface ResourceRef {
  id: string;
  name: string;
  kind: ResourceKind;
  site_id: string;
  active: boolean;
}

/** A check-in opens this long before the booking starts. */
const CHECK_IN_EARLY_MINUTES = 30;

/** How `insert` makes a booking beyond the plain case of a member booking for themselves. */
export interface Placement {
  /** The outer transaction (a series, a waitlist promotion): the booking is a savepoint of it. */
  manager?: EntityManager;
  seriesId?: string;
  /** The mail that confirms it: a promotion from the waitlist says how it came. */
  confirmation?: 'booking.confirmed' | 'booking.waitlist-promoted';
  /** A host or an officer booking for the member (a phone booking): audited with the booking. */
  bookedBy?: Principal;
}

/** One booking by date and slot, as a series or the waitlist asks for it. */
export interface SlotPlacement {
  userId: string;
  schedule: SiteSchedule;
  kind: ResourceKind;
  /** A named resource, or undefined for any free one of `kind`. */
  resourceId?: string;
  /** Tried first when free (the desk the series had on its earlier dates). */
  preferredResourceId?: string;
  date: string;
  slot: Slot;
}

/** A time window in a site's local terms: what `POST /bookings` and `GET /availability` both ask for. */
export interface WindowRequest {
  date?: string;
  slot?: CreateBookingRequest['slot'];
  start?: string;
  end?: string;
}

@Injectable()
export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: SiteCalendar,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly promotion: WaitlistPromotion,
    private readonly noShows: NoShowRelease,
    private readonly quota: BookingQuota,
    private readonly people: PeopleDirectory,
    private readonly reminders: BookingReminders,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Books a resource, or any free resource of a kind. The database decides who wins a race: the exclusion
   * constraint refuses an overlapping active booking (23P01), which is a 409, or the next candidate.
   */
  async book(request: CreateBookingRequest, principal: Principal, idempotencyKey?: string): Promise<BookingView> {
    const holderId = request.userId ?? principal.userId;
    const onBehalf = holderId !== principal.userId;
    if (idempotencyKey && !onBehalf) {
      const replay = await this.findByKey(principal.userId, idempotencyKey);
      if (replay) return replay;
    }
    const errors = shapeErrors(request);
    if (errors.length) throw new InvalidInput(errors);

    const { named, schedule } = await this.resolveTarget(request, principal);
    const siteId = schedule.id;
    // A host takes a phone booking for a member of their site: the booking is the member's (their quota,
    // their mail). The key is the host's, kept apart from the member's own keys.
    if (onBehalf && !mayManageSite(principal, siteId)) throw new NotSiteHost();
    const key = idempotencyKey && onBehalf ? `on-behalf-${principal.userId}-${idempotencyKey}` : idempotencyKey;
    if (key && onBehalf) {
      const replay = await this.findByKey(holderId, key);
      if (replay) return replay;
    }

    const window = await this.windowAt(schedule, request);
    this.checkBookable(window, schedule.timezone);
    const slot: BookingSlot = request.slot ?? 'custom';

    const candidates = named ? [named] : await this.freeResources(siteId, request.kind!, window);
    for (const resource of candidates) {
      try {
        const id = await this.insert(resource, holderId, window, slot, key, onBehalf ? { bookedBy: principal } : {});
        this.metrics.bookingsMade(onBehalf ? 'on_behalf' : 'member');
        return (await this.findView(id))!;
      } catch (error) {
        const overlap = isPlaceTaken(error);
        if (key && (overlap || violates(error, 'bookings_user_id_idempotency_key_key', UNIQUE_VIOLATION))) {
          // The same request, sent twice at once: the first one's answer is the answer.
          const replay = await this.findByKey(holderId, key);
          if (replay) return replay;
        }
        if (overlap) continue;
        throw error;
      }
    }
    throw await this.conflict(named, request.kind, window, schedule.timezone);
  }

  /**
   * What a request names: a resource (404 unless its site is published or the caller manages it; 422 once
   * removed), or a site for any resource of a kind.
   */
  async resolveTarget(
    request: { resourceId?: string; siteId?: string },
    principal: Principal,
  ): Promise<{ named?: ResourceRef; schedule: SiteSchedule }> {
    const named = request.resourceId ? await this.findResource(request.resourceId) : undefined;
    if (request.resourceId && !named) throw new NotFound('Resource', request.resourceId);
    const siteId = named ? named.site_id : request.siteId!;
    const schedule = await this.calendar.findSchedule(siteId);
    if (!schedule || (schedule.status !== 'published' && !mayManageSite(principal, siteId))) {
      throw named ? new NotFound('Resource', request.resourceId) : new NotFound('Site', siteId);
    }
    if (named && !named.active) throw ResourceInactive();
    return { named, schedule };
  }

  /** `note`: what a host or officer tells the member; the holder's own is not kept. */
  async cancel(id: string, principal: Principal, note: string | null = null): Promise<BookingView> {
    const booking = await this.requireVisible(id, principal);
    if (booking.event_id) throw HeldByEvent();
    if (booking.status === 'cancelled') return toBookingView(booking);
    if (booking.status !== 'confirmed') throw new BookingState(booking.status, 'cancelled');
    const now = this.clock.now();
    if (booking.end <= now) throw BookingInPast();
    // The site's team may cancel at any time; the holder, until the site's cut-off.
    if (!mayManageSite(principal, booking.site_id)) await this.checkCancellationCutoff(booking, now);
    const reason = cancellationBy(principal, booking);
    await this.dataSource.transaction(async (manager) => {
      const updated = returnedRows<{ user_id: string | null }>(
        await manager.query(
          `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancelled_by = $3,
                  cancellation_reason = $4, cancellation_note = $5
           WHERE id = $1 AND status = 'confirmed' RETURNING user_id`,
          [id, now, principal.userId, reason, reason === 'member' ? null : note],
        ),
      );
      if (updated.length) await this.promotion.placesFreed(manager, [id]);
      const holder = updated[0]?.user_id;
      // The member is told, with the calendar CANCEL that removes the confirmation's invitation, even when
      // they cancelled it themselves (their calendar would keep a ghost otherwise).
      if (holder) {
        await this.outbox.enqueue(manager, {
          kind: 'booking.cancelled',
          key: `booking-cancelled-${id}`,
          payload: { bookingId: id },
        });
      }
      // Someone else (a host, an officer) cancelling for them is audited.
      if (holder && holder !== principal.userId) {
        await this.audit.record(manager, principal, {
          action: 'booking.cancel',
          subjectType: 'booking',
          subjectId: id,
          details: { holderId: holder },
        });
      }
    });
    const after = (await this.findRow(id))!;
    if (after.status !== 'cancelled') throw new BookingState(after.status, 'cancelled');
    return toBookingView(after);
  }

  private async checkCancellationCutoff(booking: BookingRow, now: Date): Promise<void> {
    const settings = await this.calendar.bookingSettings(booking.site_id);
    const refusal = settings && lateCancellation(booking.start, settings, now);
    if (refusal) throw refusal;
  }

  /**
   * The site's team marks a booking whose holder did not come (a phone call, a room left empty): it frees
   * the place for the waitlist at once, and is audited. Only once the booking has started.
   */
  async markNoShow(id: string, principal: Principal): Promise<BookingView> {
    const booking = await this.requireVisible(id, principal);
    if (!mayManageSite(principal, booking.site_id)) throw new NotSiteHost();
    if (booking.event_id) throw HeldByEvent();
    if (booking.status === 'no_show') return toBookingView(booking);
    if (booking.status !== 'confirmed') throw new BookingState(booking.status, 'marked as a no-show');
    if (this.clock.now() < booking.start) throw NotStartedYet(siteInstant(booking.start, booking.timezone));
    await this.dataSource.transaction(async (manager) => {
      const updated = returnedRows<{ user_id: string | null }>(
        await manager.query(
          `UPDATE bookings SET status = 'no_show' WHERE id = $1 AND status = 'confirmed' RETURNING user_id`,
          [id],
        ),
      );
      if (!updated.length) return;
      await this.promotion.placesFreed(manager, [id]);
      await this.audit.record(manager, principal, {
        action: 'booking.no-show',
        subjectType: 'booking',
        subjectId: id,
        details: { holderId: updated[0].user_id },
      });
    });
    const after = (await this.findRow(id))!;
    if (after.status !== 'no_show') throw new BookingState(after.status, 'marked as a no-show');
    return toBookingView(after);
  }

  /** The member arrives: from half an hour before the start until the end. */
  async checkIn(id: string, principal: Principal): Promise<BookingView> {
    const booking = await this.requireVisible(id, principal);
    if (booking.event_id) throw HeldByEvent();
    if (booking.status === 'checked_in') return toBookingView(booking);
    if (booking.status !== 'confirmed') throw new BookingState(booking.status, 'checked in');
    const now = this.clock.now();
    const opens = DateTime.fromJSDate(booking.start).minus({ minutes: CHECK_IN_EARLY_MINUTES }).toJSDate();
    if (now < opens || now >= booking.end) {
      throw CheckInWindow(
        `Check-in is open from ${siteInstant(opens, booking.timezone)} until ${siteInstant(booking.end, booking.timezone)}.`,
      );
    }
    const updated = returnedRows<{ id: string }>(
      await this.dataSource.query(
        `UPDATE bookings SET status = 'checked_in', checked_in_at = $2 WHERE id = $1 AND status = 'confirmed' RETURNING id`,
        [id, now],
      ),
    );
    const after = (await this.findRow(id))!;
    if (!updated.length && after.status !== 'checked_in') throw new BookingState(after.status, 'checked in');
    return toBookingView(after);
  }

  /** The caller's own bookings, by start; `from`/`to` are inclusive local dates of each site. */
  async listMine(principal: Principal, query: MyBookingsQuery): Promise<BookingPage> {
    const rows: (BookingRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM (${BOOKING_SELECT}
         WHERE b.user_id = $1
           AND ($2::date IS NULL OR (lower(b.during) AT TIME ZONE s.timezone)::date >= $2::date)
           AND ($3::date IS NULL OR (lower(b.during) AT TIME ZONE s.timezone)::date <= $3::date)) AS found
       ORDER BY start, id LIMIT $4 OFFSET $5`,
      [principal.userId, query.from ?? null, query.to ?? null, query.limit, query.offset],
    );
    return {
      items: rows.map(toBookingView),
      total: await totalOf(rows, query.offset, () => this.countMine(principal, query)),
    };
  }

  /**
   * A member's bookings ending after `since` for their calendar feed: the held ones and the cancelled ones
   * (so that a subscribed calendar marks them cancelled); no-shows are left out.
   */
  async calendarOf(userId: string, since: Date): Promise<BookingRow[]> {
    return this.dataSource.query(
      `${BOOKING_SELECT}
       WHERE b.user_id = $1 AND b.status IN ('confirmed', 'checked_in', 'cancelled') AND upper(b.during) > $2
       ORDER BY lower(b.during), b.id`,
      [userId, since],
    );
  }

  /** Who is booked at a site on a local date (cancelled bookings left out): for its hosts and officers. */
  async listForSite(siteId: string, query: SiteBookingsQuery, principal: Principal): Promise<SiteBookingPage> {
    const schedule = await this.calendar.findSchedule(siteId);
    if (!schedule || (schedule.status !== 'published' && !mayManageSite(principal, schedule.id))) {
      throw new NotFound('Site', siteId);
    }
    if (!mayManageSite(principal, schedule.id)) throw new NotSiteHost();
    const dayStart = localInstant(query.date, '00:00', schedule.timezone);
    const params = [schedule.id, dayStart.toJSDate(), dayStart.plus({ days: 1 }).toJSDate()];
    const rows: (BookingRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM (${BOOKING_SELECT}
         WHERE b.site_id = $1 AND b.status <> 'cancelled' AND b.during && tstzrange($2, $3, '[)')) AS found
       ORDER BY start, resource_name, id LIMIT $4 OFFSET $5`,
      [...params, query.limit, query.offset],
    );
    const total = await totalOf(rows, query.offset, async () => {
      const [row] = await this.dataSource.query(
        `SELECT count(*) AS n FROM bookings b
         WHERE b.site_id = $1 AND b.status <> 'cancelled' AND b.during && tstzrange($2, $3, '[)')`,
        params,
      );
      return Number(row.n);
    });
    const holders = await this.people.cards(rows.flatMap((row) => (row.user_id ? [row.user_id] : [])));
    const items = rows.map((row) => {
      const card = row.user_id ? holders.get(row.user_id) : undefined;
      const holder = card ? { firstName: card.firstName, lastName: card.lastName, email: card.email } : null;
      return { ...toBookingView(row), holder };
    });
    return { items, total };
  }

  /** The instants a request names at a site, or the 422 that says why it cannot be booked then. */
  async windowAt(
    schedule: SiteSchedule,
    request: WindowRequest,
    db: EntityManager = this.dataSource.manager,
  ): Promise<Window> {
    const zone = schedule.timezone;
    if (request.date && request.slot) {
      const closure = await this.calendar.closureOn(schedule.id, request.date, db);
      return slotWindow(openingRangesOn(schedule, request.date, closure), request.date, request.slot, zone);
    }
    const start = parseInputInstant(request.start ?? '', zone);
    const end = parseInputInstant(request.end ?? '', zone);
    const errors: FieldError[] = [];
    if (!start) errors.push({ field: 'start', message: 'start must be an ISO 8601 date and time' });
    if (!end) errors.push({ field: 'end', message: 'end must be an ISO 8601 date and time' });
    if (errors.length) throw new InvalidInput(errors);
    const date = start!.toISODate()!;
    const closure = await this.calendar.closureOn(schedule.id, date, db);
    return customWindow(openingRangesOn(schedule, date, closure), start!, end!, zone);
  }

  /** 422 for a window already over, or beyond the booking horizon. */
  checkBookable(window: Window, zone: string): void {
    const now = this.clock.now();
    if (window.end.toJSDate() <= now) throw BookingInPast();
    const lastDate = DateTime.fromISO(siteToday(now, zone), { zone })
      .plus({ days: this.config.bookingHorizonDays })
      .toISODate()!;
    if (window.start.setZone(zone).toISODate()! > lastDate)
      throw BeyondHorizon(lastDate, this.config.bookingHorizonDays);
  }

  /**
   * One booking by date and slot inside the caller's transaction, on the first free candidate, through
   * `insert`. Refuses, like `book`, a closed day, a past or too distant date, a rule of the member's quota
   * (422) and a taken slot (409); refuses too a member who already holds a booking of that kind at the site
   * then (409 `already-booked`): a series or the waitlist never gives one person two desks at once.
   */
  async placeInTransaction(
    manager: EntityManager,
    request: SlotPlacement,
    placement: Placement = {},
  ): Promise<{ id: string; resourceId: string }> {
    const zone = request.schedule.timezone;
    const window = await this.windowAt(request.schedule, { date: request.date, slot: request.slot }, manager);
    this.checkBookable(window, zone);
    const [own]: { id: string }[] = await manager.query(
      `SELECT b.id FROM bookings b JOIN resources r ON r.id = b.resource_id
       WHERE b.user_id = $1 AND b.site_id = $2 AND r.kind = $3 AND b.status IN ('confirmed', 'checked_in')
         AND b.during && tstzrange($4, $5, '[)')
       LIMIT 1`,
      [request.userId, request.schedule.id, request.kind, window.start.toJSDate(), window.end.toJSDate()],
    );
    if (own) throw new AlreadyBooked(request.date, request.slot);
    let candidates: ResourceRef[];
    let named: ResourceRef | undefined;
    if (request.resourceId) {
      named = await this.findResource(request.resourceId, manager);
      if (!named || !named.active) throw ResourceInactive();
      candidates = [named];
    } else {
      candidates = await this.freeResources(request.schedule.id, request.kind, window, manager);
      const preferred = candidates.findIndex((r) => r.id === request.preferredResourceId);
      if (preferred > 0) candidates.unshift(...candidates.splice(preferred, 1));
    }
    for (const resource of candidates) {
      try {
        const id = await this.insert(resource, request.userId, window, request.slot, undefined, {
          ...placement,
          manager,
        });
        return { id, resourceId: resource.id };
      } catch (error) {
        if (isPlaceTaken(error)) continue;
        throw error;
      }
    }
    throw await this.conflict(named, request.kind, window, zone, manager);
  }

  /**
   * One booking and its confirmation mail, in one transaction. The member's home commune is copied from
   * `users` in the same statement: a documented read of identity's table, so that the snapshot is the
   * value at the instant of booking (identity exports no service for it yet).
   */
  private async insert(
    resource: ResourceRef,
    userId: string,
    window: Window,
    slot: BookingSlot,
    idempotencyKey: string | undefined,
    placement: Placement = {},
  ): Promise<string> {
    // Inside an outer transaction (a series, a waitlist promotion) this is a savepoint: a refused booking
    // undoes itself alone.
    return (placement.manager ?? this.dataSource.manager).transaction(async (manager) => {
      // The member's quota lock, their cover and the employer snapshot, or a 422 beyond the limit.
      const cover = await this.quota.admit(manager, { userId, siteId: resource.site_id, window, slot, idempotencyKey });
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO bookings (resource_id, site_id, user_id, during, slot, home_commune_code, idempotency_key,
                               organization_id, cover_kind, cover_id, series_id, created_at)
         SELECT $1, $2, u.id, tstzrange($4::timestamptz, $5::timestamptz, '[)'), $6, u.home_commune_code, $7,
                $8, $9, $10, $11, $12
         FROM users u WHERE u.id = $3
         ON CONFLICT DO NOTHING
         RETURNING id`,
        [
          resource.id,
          resource.site_id,
          userId,
          window.start.toJSDate(),
          window.end.toJSDate(),
          slot,
          idempotencyKey ?? null,
          cover.organizationId,
          cover.coverKind,
          cover.coverId,
          placement.seriesId ?? null,
          // The clock's instant, not the database's: the no-show release compares it with the release time.
          this.clock.now(),
        ],
      );
      if (!row) {
        // Skipped: a booking on that place then, or this member's same Idempotency-Key, won first; or no member.
        const [member] = await manager.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
        throw member ? new PlaceTaken() : new NotFound('User', userId);
      }
      await this.noShows.scheduleRelease(manager, resource.site_id, window, slot);
      await this.reminders.schedule(manager, row.id, resource.site_id, window.start.toJSDate());
      if (placement.bookedBy && placement.bookedBy.userId !== userId) {
        await this.audit.record(manager, placement.bookedBy, {
          action: 'booking.create-on-behalf',
          subjectType: 'booking',
          subjectId: row.id,
          details: { holderId: userId, siteId: resource.site_id },
        });
      }
      const confirmation = placement.confirmation ?? 'booking.confirmed';
      // Who booked it for the member, if someone else did: the member cannot turn that confirmation off.
      const bookedBy = placement.bookedBy && placement.bookedBy.userId !== userId ? placement.bookedBy.userId : null;
      await this.outbox.enqueue(manager, {
        kind: confirmation,
        key: `${confirmation.replace('.', '-')}-${row.id}`,
        payload: bookedBy ? { bookingId: row.id, bookedBy } : { bookingId: row.id },
      });
      return row.id;
    });
  }

  private async conflict(
    named: ResourceRef | undefined,
    kind: ResourceKind | undefined,
    window: Window,
    zone: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<BookingConflict> {
    const from = siteInstant(window.start.toJSDate(), zone);
    const to = siteInstant(window.end.toJSDate(), zone);
    if (!named) {
      return new BookingConflict(`No ${kind!.replace('_', ' ')} is free at this site from ${from} to ${to}.`, {
        kind,
        start: from,
        end: to,
      });
    }
    const taken: { start: Date; end: Date }[] = await db.query(
      `SELECT lower(during) AS start, upper(during) AS "end" FROM bookings
       WHERE resource_id = $1 AND status IN ('confirmed', 'checked_in') AND during && tstzrange($2, $3, '[)')
       ORDER BY lower(during)`,
      [named.id, window.start.toJSDate(), window.end.toJSDate()],
    );
    const conflicts = taken.map((t) => ({
      resourceId: named.id,
      start: siteInstant(t.start, zone),
      end: siteInstant(t.end, zone),
    }));
    const first = conflicts[0];
    return new BookingConflict(
      first
        ? `${named.name} is already booked from ${first.start} to ${first.end}.`
        : `${named.name} is already booked from ${from} to ${to}.`,
      { resourceId: named.id, conflicts },
    );
  }

  /**
   * Read-only lookups of the sites module's `resources` table (it exports no resource lookup by id yet):
   * a documented exception, to be replaced by an exported `ResourceCatalogue` from the sites module.
   * Inside a transaction, pass its manager: a second pooled connection there can hang the API (see `SiteCalendar`).
   */
  private async findResource(
    id: string,
    db: EntityManager = this.dataSource.manager,
  ): Promise<ResourceRef | undefined> {
    const [row]: ResourceRef[] = await db.query(`SELECT id, name, kind, site_id, active FROM resources WHERE id = $1`, [
      id,
    ]);
    return row;
  }

  /** Active resources of a kind free for the whole window, in a stable order (name, id). */
  freeResources(
    siteId: string,
    kind: ResourceKind,
    window: Window,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ResourceRef[]> {
    return manager.query(
      `SELECT r.id, r.name, r.kind, r.site_id, r.active FROM resources r
       WHERE r.site_id = $1 AND r.kind = $2 AND r.active
         AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.resource_id = r.id
           AND b.status IN ('confirmed', 'checked_in') AND b.during && tstzrange($3, $4, '[)'))
       ORDER BY r.name, r.id`,
      [siteId, kind, window.start.toJSDate(), window.end.toJSDate()],
    );
  }

  /** The booking if the caller holds it or manages its site; a 404 otherwise, whether or not it exists. */
  private async requireVisible(id: string, principal: Principal): Promise<BookingRow> {
    const row = await this.findRow(id);
    if (!row || (row.user_id !== principal.userId && !mayManageSite(principal, row.site_id))) {
      throw new NotFound('Booking', id);
    }
    return row;
  }

  private async findRow(id: string): Promise<BookingRow | undefined> {
    if (!UUID.test(id)) return undefined;
    const [row]: BookingRow[] = await this.dataSource.query(`${BOOKING_SELECT} WHERE b.id = $1`, [id]);
    return row;
  }

  /** One booking as `POST /bookings` answers it (the newcomers' trial day answers with the one it made). */
  async findView(id: string): Promise<BookingView | undefined> {
    const row = await this.findRow(id);
    return row && toBookingView(row);
  }

  private async findByKey(userId: string, key: string): Promise<BookingView | undefined> {
    const [row]: BookingRow[] = await this.dataSource.query(
      `${BOOKING_SELECT} WHERE b.user_id = $1 AND b.idempotency_key = $2`,
      [userId, key],
    );
    return row && toBookingView(row);
  }

  private async countMine(principal: Principal, query: MyBookingsQuery): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*) AS n FROM bookings b JOIN sites s ON s.id = b.site_id
       WHERE b.user_id = $1
         AND ($2::date IS NULL OR (lower(b.during) AT TIME ZONE s.timezone)::date >= $2::date)
         AND ($3::date IS NULL OR (lower(b.during) AT TIME ZONE s.timezone)::date <= $3::date)`,
      [principal.userId, query.from ?? null, query.to ?? null],
    );
    return Number(row.n);
  }
}

/** The exclusion constraint's verdict, however it came: the skipped insert, or a row written around it. */
function isPlaceTaken(error: unknown): boolean {
  return error instanceof PlaceTaken || violates(error, 'bookings_no_overlap', EXCLUSION_VIOLATION);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function totalOf(rows: { total: string }[], offset: number, count: () => Promise<number>): Promise<number> {
  if (rows.length) return Number(rows[0].total);
  return offset > 0 ? count() : 0;
}

/** Which of the three request shapes is meant, and what is missing or extra. */
function shapeErrors(request: CreateBookingRequest): FieldError[] {
  const errors: FieldError[] = [];
  const missing = (field: string, message: string) => errors.push({ field, message });
  if (request.resourceId) {
    if (request.siteId) missing('siteId', 'give either resourceId, or siteId and kind');
    if (request.kind) missing('kind', 'give either resourceId, or siteId and kind');
  } else {
    if (!request.siteId) missing('siteId', 'resourceId, or siteId and kind, must be given');
    if (!request.kind) missing('kind', 'resourceId, or siteId and kind, must be given');
  }
  const bySlot = request.date !== undefined || request.slot !== undefined;
  const byTimes = request.start !== undefined || request.end !== undefined;
  if (bySlot && byTimes) missing('start', 'give either date and slot, or start and end');
  else if (byTimes) {
    if (!request.start) missing('start', 'start must be given with end');
    if (!request.end) missing('end', 'end must be given with start');
    if (!request.resourceId)
      missing('resourceId', 'start and end book a named resource; use date and slot with a kind');
  } else {
    if (!request.date) missing('date', 'date (with slot), or start and end, must be given');
    if (!request.slot) missing('slot', 'slot (with date), or start and end, must be given');
  }
  return errors;
}

/**
 * Who cancels, as the member's mail tells it: the holder themselves, else the site's team (a host of that
 * site, even one who is also an officer), else the network's team.
 */
function cancellationBy(principal: Principal, booking: BookingRow): CancellationReason {
  if (booking.user_id !== null && booking.user_id === principal.userId) return 'member';
  return principal.hostedSiteIds.includes(booking.site_id) ? 'host' : 'officer';
}
