import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError, NotFound } from '../../common/problem/domain-error';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { PeopleDirectory } from '../identity/people-directory';
import { Metrics } from '../monitoring/metrics';
import type { ResourceKind } from '../sites/site-amenities';
import { SiteCalendar, type SiteSchedule } from '../sites/site-calendar';
import { siteInstant } from '../sites/site-time';
import { NotSiteHost } from '../sites/sites.errors';
import { returnedRows } from './booking-records';
import type { Slot } from './booking-slots';
import { AlreadyBooked, BookingConflict, BookingRule } from './booking.errors';
import { BookingService } from './booking.service';
import type {
  JoinWaitlistRequest,
  MyWaitlistQuery,
  SiteWaitlistPage,
  SiteWaitlistQuery,
  WaitlistEntryView,
  WaitlistPage,
} from './dto/waitlist.dto';
import type { WaitlistStatus } from './entities/waitlist-entry.entity';

/** `pg_advisory_xact_lock(WAITLIST_LOCK_NAMESPACE, hashtext(line))`: one promotion of a day's lines at a time. */
const WAITLIST_LOCK_NAMESPACE = 0x5741_4954; // "WAIT"

interface EntryRow {
  id: string;
  user_id: string;
  site_id: string;
  site_name: string;
  timezone: string;
  kind: ResourceKind;
  date: string;
  slot: Slot;
  status: WaitlistStatus;
  booking_id: string | null;
  reason: string | null;
  created_at: Date;
  resolved_at: Date | null;
  position: number | null;
}

/** The entries with their place in line (1 = next), counted among those still waiting. */
const ENTRY_SELECT = `
  SELECT w.id, w.user_id, w.site_id, s.name AS site_name, s.timezone, w.kind, w.date::text AS date, w.slot,
         w.status, w.booking_id, w.reason, w.created_at, w.resolved_at,
         CASE WHEN w.status = 'waiting' THEN (
           SELECT count(*)::int FROM waitlist_entries o
           WHERE o.site_id = w.site_id AND o.kind = w.kind AND o.date = w.date AND o.slot = w.slot
             AND o.status = 'waiting' AND o.seq <= w.seq) END AS position
  FROM waitlist_entries w JOIN sites s ON s.id = w.site_id`;

const PlaceAvailable = (kind: ResourceKind) =>
  new BookingRule(
    'place-available',
    'A place is free',
    `A ${kind.replace('_', ' ')} is free then: book it rather than wait for one.`,
    { kind },
  );

const NoResourceOfKind = (kind: ResourceKind) =>
  new BookingRule('no-resource-of-kind', 'Nothing of that kind here', `This site has no ${kind.replace('_', ' ')}.`, {
    kind,
  });

class AlreadyInLine extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'already-in-line';
  readonly title = 'Already in the waitlist';
  constructor() {
    super('You are already in the waitlist for this place and time.');
  }
}

/**
 * Waitlists for a full site: a member joins the line of a kind, date and slot at a site; when a place of
 * that kind frees that day, `promoteLine` books the first in line through `BookingService.placeInTransaction`
 * (quotas, confirmation mail and no-show rules included).
 */
@Injectable()
export class WaitlistService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: BookingService,
    private readonly calendar: SiteCalendar,
    private readonly people: PeopleDirectory,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Joins a line: only for a slot that could be booked (422 otherwise: closed, past, beyond the horizon, a
   * kind the site does not have), that is full now (422 `place-available` otherwise), and that the member
   * neither holds (409 `already-booked`) nor already waits for (409 `already-in-line`).
   */
  async join(request: JoinWaitlistRequest, principal: Principal, idempotencyKey?: string): Promise<WaitlistEntryView> {
    if (idempotencyKey) {
      const replay = await this.findByKey(principal.userId, idempotencyKey);
      if (replay) return replay;
    }
    const schedule = await this.requireVisibleSite(request.siteId, principal);
    const window = await this.bookings.windowAt(schedule, { date: request.date, slot: request.slot });
    this.bookings.checkBookable(window, schedule.timezone);
    const [{ resources, own }] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM resources r WHERE r.site_id = $1 AND r.kind = $2 AND r.active) AS resources,
              (SELECT count(*)::int FROM bookings b JOIN resources r ON r.id = b.resource_id
               WHERE b.user_id = $3 AND b.site_id = $1 AND r.kind = $2 AND b.status IN ('confirmed', 'checked_in')
                 AND b.during && tstzrange($4, $5, '[)')) AS own`,
      [schedule.id, request.kind, principal.userId, window.start.toJSDate(), window.end.toJSDate()],
    );
    if (!resources) throw NoResourceOfKind(request.kind);
    if (own) throw new AlreadyBooked(request.date, request.slot);
    if ((await this.bookings.freeResources(schedule.id, request.kind, window)).length) {
      throw PlaceAvailable(request.kind);
    }
    try {
      const [row]: { id: string }[] = await this.dataSource.query(
        `INSERT INTO waitlist_entries (user_id, site_id, kind, date, slot, idempotency_key)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [principal.userId, schedule.id, request.kind, request.date, request.slot, idempotencyKey ?? null],
      );
      return (await this.findView(row.id))!;
    } catch (error) {
      if (idempotencyKey && violates(error, 'waitlist_entries_user_id_idempotency_key_key', UNIQUE_VIOLATION)) {
        const replay = await this.findByKey(principal.userId, idempotencyKey);
        if (replay) return replay;
      }
      if (violates(error, 'waitlist_entries_line_user_key', UNIQUE_VIOLATION)) throw new AlreadyInLine();
      throw error;
    }
  }

  /** Leaves the line (or forgets a promoted or skipped entry); 404 for anyone but its member. */
  async leave(id: string, principal: Principal): Promise<void> {
    const deleted = UUID.test(id)
      ? returnedRows<{ id: string }>(
          await this.dataSource.query(`DELETE FROM waitlist_entries WHERE id = $1 AND user_id = $2 RETURNING id`, [
            id,
            principal.userId,
          ]),
        )
      : [];
    if (!deleted.length) throw new NotFound('Waitlist entry', id);
  }

  /** The caller's entries from a local date on (default: today in each site's zone), by date. */
  async listMine(principal: Principal, query: MyWaitlistQuery): Promise<WaitlistPage> {
    const where = `w.user_id = $1 AND w.date >= coalesce($2::date, ($3::timestamptz AT TIME ZONE s.timezone)::date)`;
    const params = [principal.userId, query.from ?? null, this.clock.now()];
    const rows: EntryRow[] = await this.dataSource.query(
      `${ENTRY_SELECT} WHERE ${where} ORDER BY w.date, w.slot, w.seq LIMIT $4 OFFSET $5`,
      [...params, query.limit, query.offset],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM waitlist_entries w JOIN sites s ON s.id = w.site_id WHERE ${where}`,
      params,
    );
    return { items: rows.map(toEntryView), total };
  }

  /** A site's lines on a date, waiting entries first in line order, for its hosts and officers. */
  async listForSite(siteId: string, query: SiteWaitlistQuery, principal: Principal): Promise<SiteWaitlistPage> {
    const schedule = await this.requireVisibleSite(siteId, principal);
    if (!mayManageSite(principal, schedule.id)) throw new NotSiteHost();
    const rows: EntryRow[] = await this.dataSource.query(
      `${ENTRY_SELECT} WHERE w.site_id = $1 AND w.date = $2::date
       ORDER BY w.status <> 'waiting', w.kind, w.slot, w.seq LIMIT $3 OFFSET $4`,
      [schedule.id, query.date, query.limit, query.offset],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM waitlist_entries WHERE site_id = $1 AND date = $2::date`,
      [schedule.id, query.date],
    );
    const cards = await this.people.cards(rows.map((row) => row.user_id));
    return {
      items: rows.map((row) => {
        const card = cards.get(row.user_id);
        return {
          ...toEntryView(row),
          userId: row.user_id,
          firstName: card?.firstName ?? '',
          lastName: card?.lastName ?? '',
          email: card?.email ?? '',
        };
      }),
      total,
    };
  }

  /**
   * Books the first in line of each of a day's lines of a kind at a site, as long as places are free: in the
   * order people joined (across the morning, afternoon and full-day lines), each through the one booking
   * path. Under an advisory lock on the site's day and kind, so that two workers never promote one entry
   * twice, and in one transaction with the bookings it makes. An entry that finds no free place stays in
   * line (and so do those behind it in the same line); one whose booking breaks a rule (the member's quota,
   * a booking they already hold then, a slot now past) is marked `skipped` with the reason and the next one
   * gets its chance. Answers how many were booked.
   */
  async promoteLine(siteId: string, kind: ResourceKind, date: string): Promise<number> {
    const schedule = await this.calendar.findSchedule(siteId);
    if (!schedule) return 0;
    const booked = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [
        WAITLIST_LOCK_NAMESPACE,
        `${siteId}/${kind}/${date}`,
      ]);
      const waiting: { id: string; user_id: string; slot: Slot }[] = await manager.query(
        `SELECT id, user_id, slot FROM waitlist_entries
         WHERE site_id = $1 AND kind = $2 AND date = $3::date AND status = 'waiting' ORDER BY seq`,
        [siteId, kind, date],
      );
      const full = new Set<Slot>();
      let promoted = 0;
      for (const entry of waiting) {
        if (full.has(entry.slot)) continue;
        const now = this.clock.now();
        try {
          const booked = await this.bookings.placeInTransaction(
            manager,
            { userId: entry.user_id, schedule, kind, date, slot: entry.slot },
            { confirmation: 'booking.waitlist-promoted' },
          );
          await manager.query(
            `UPDATE waitlist_entries SET status = 'promoted', booking_id = $2, resolved_at = $3 WHERE id = $1`,
            [entry.id, booked.id, now],
          );
          promoted += 1;
        } catch (error) {
          if (error instanceof BookingConflict) {
            full.add(entry.slot);
            continue;
          }
          if (!(error instanceof DomainError) || (error.kind !== 'rule' && error.kind !== 'conflict')) throw error;
          await manager.query(
            `UPDATE waitlist_entries SET status = 'skipped', reason = $2, resolved_at = $3 WHERE id = $1`,
            [entry.id, error.type, now],
          );
        }
      }
      return promoted;
    });
    this.metrics.bookingsMade('waitlist', booked);
    return booked;
  }

  private async requireVisibleSite(siteId: string, principal: Principal): Promise<SiteSchedule> {
    const schedule = await this.calendar.findSchedule(siteId);
    if (!schedule || (schedule.status !== 'published' && !mayManageSite(principal, schedule.id))) {
      throw new NotFound('Site', siteId);
    }
    return schedule;
  }

  private async findView(id: string): Promise<WaitlistEntryView | undefined> {
    const [row]: EntryRow[] = await this.dataSource.query(`${ENTRY_SELECT} WHERE w.id = $1`, [id]);
    return row && toEntryView(row);
  }

  private async findByKey(userId: string, key: string): Promise<WaitlistEntryView | undefined> {
    const [row]: EntryRow[] = await this.dataSource.query(
      `${ENTRY_SELECT} WHERE w.user_id = $1 AND w.idempotency_key = $2`,
      [userId, key],
    );
    return row && toEntryView(row);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toEntryView(row: EntryRow): WaitlistEntryView {
  return {
    id: row.id,
    position: row.position,
    status: row.status,
    siteId: row.site_id,
    siteName: row.site_name,
    kind: row.kind,
    date: row.date,
    slot: row.slot,
    bookingId: row.booking_id,
    reason: row.reason,
    createdAt: siteInstant(row.created_at, row.timezone),
    resolvedAt: row.resolved_at ? siteInstant(row.resolved_at, row.timezone) : null,
  };
}
