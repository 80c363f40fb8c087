import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { daysText } from '../../common/days/half-days';
import { isoWeekOf, type Cover, type CoverKind } from '../plans/cover';
import { CoverResolver } from '../plans/cover-resolver';
import { CoverUsage } from '../plans/cover-usage';
import { siteToday } from '../sites/site-time';
import type { BookingSlot, Window } from './booking-slots';
import { BookingRule } from './booking.errors';

/** `pg_advisory_xact_lock(QUOTA_LOCK_NAMESPACE, hashtext(user id))`: one member's bookings, one at a time. */
const QUOTA_LOCK_NAMESPACE = 0x51554f54; // "QUOT"

/** What a booking row records of its cover: the kind, the contract's or plan's id, the employer then. */
export interface BookingCover {
  coverKind: CoverKind;
  coverId: string | null;
  organizationId: string | null;
}

export interface QuotaRequest {
  userId: string;
  siteId: string;
  window: Window;
  slot: BookingSlot;
  idempotencyKey?: string;
}

/**
 * How many days a booking takes from a quota. A morning or an afternoon counts 0.5 and a full day 1, as
 * the API says. A booking by start and end (a meeting room by the hour) counts 0.5 up to 4 hours and 1
 * beyond: 4 hours is as long as a half-day at a site open 8:30–12:30, and a member who spends an hour in a
 * room has used their half-day at the site, not a fraction of it.
 */
export function quotaDays(slot: BookingSlot, window: Window): number {
  if (slot === 'morning' || slot === 'afternoon') return 0.5;
  if (slot === 'full_day') return 1;
  return window.end.diff(window.start, 'hours').hours <= 4 ? 0.5 : 1;
}

/** `quotaDays` in SQL, to add up the bookings already made (`b` is `bookings`). */
const QUOTA_DAYS_SQL = `CASE WHEN b.slot IN ('morning', 'afternoon') THEN 0.5 WHEN b.slot = 'full_day' THEN 1
  WHEN upper(b.during) - lower(b.during) <= interval '4 hours' THEN 0.5 ELSE 1 END`;

/**
 * Quotas at booking time. `admit` runs inside the booking's transaction, before its INSERT: it takes the
 * member's advisory lock (held until commit, so across any number of API processes a member's bookings are
 * counted one after the other and a burst cannot overrun a limit), resolves the cover, adds up the days the
 * member's active bookings already take under it in its period, and refuses a booking beyond the limit.
 */
@Injectable()
export class BookingQuota extends CoverUsage {
  constructor(
    private readonly covers: CoverResolver,
    private readonly clock: Clock,
  ) {
    super();
  }

  async admit(manager: EntityManager, request: QuotaRequest): Promise<BookingCover> {
    await manager.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [QUOTA_LOCK_NAMESPACE, request.userId]);
    const localDate = request.window.start.toISODate()!;
    const cover = await this.covers.coverFor(manager, request.userId, request.siteId, localDate);
    const admitted = { coverKind: cover.kind, coverId: cover.id, organizationId: cover.organizationId };
    if (cover.limit === null) return admitted;
    // The same request sent twice at once: the second must reach the INSERT, which answers with the first.
    if (request.idempotencyKey && (await this.sentBefore(manager, request.userId, request.idempotencyKey))) {
      return admitted;
    }
    const needed = quotaDays(request.slot, request.window);
    const used = await this.daysUsed(manager, request.userId, cover);
    if (used + needed > cover.limit) {
      const today = siteToday(this.clock.now(), request.window.start.zoneName ?? 'Europe/Paris');
      throw quotaExceeded(cover, Math.max(0, cover.limit - used), needed, today);
    }
    return admitted;
  }

  /**
   * Days taken from a cover in its period by the member's confirmed and checked-in bookings, by the local
   * date of each booking at its site. A contract counts the bookings made under that employer's contract (a
   * member who changes employer starts afresh). A plan counts every plan-covered booking in its period: a
   * member holds one plan at a time, so when a plan replaces another, days already booked in the new one's
   * period count against it rather than coming back free.
   */
  async daysUsed(manager: EntityManager, userId: string, cover: Cover): Promise<number> {
    if (cover.kind === 'pay_as_you_go' || !cover.period) return 0;
    const [row]: { used: number }[] = await manager.query(
      `SELECT coalesce(sum(${QUOTA_DAYS_SQL}), 0)::float8 AS used
       FROM bookings b JOIN sites s ON s.id = b.site_id
       WHERE b.user_id = $1 AND b.status IN ('confirmed', 'checked_in') AND b.cover_kind = $2
         AND ($3::uuid IS NULL OR b.cover_id = $3::uuid)
         AND (lower(b.during) AT TIME ZONE s.timezone)::date >= $4::date
         AND ($5::date IS NULL OR (lower(b.during) AT TIME ZONE s.timezone)::date <= $5::date)`,
      [userId, cover.kind, cover.kind === 'contract' ? cover.id : null, cover.period.from, cover.period.until],
    );
    return Number(row.used);
  }

  private async sentBefore(manager: EntityManager, userId: string, key: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM bookings WHERE user_id = $1 AND idempotency_key = $2`, [
      userId,
      key,
    ]);
    return rows.length > 0;
  }
}

/** 422: "0.5 day left this week under the Airbus telework contract (2 days per week); this booking counts 1 day." */
export function quotaExceeded(cover: Cover, remaining: number, needed: number, today: string): BookingRule {
  const left = remaining === 0 ? 'No day left' : `${daysText(remaining)} left`;
  const limit = daysText(cover.limit!);
  let where: string;
  if (cover.kind === 'contract') {
    where = `${periodText(cover, today)} under the ${cover.name} telework contract (${limit} per week)`;
  } else if (cover.planKind === 'pack') {
    const until = cover.validUntil ? `, valid until ${cover.validUntil}` : '';
    where = `of the pack “${cover.name}” (${limit}${until})`;
  } else {
    const per = cover.planKind === 'weekly' ? 'a week' : 'a month';
    where = `${periodText(cover, today)} under the plan “${cover.name}” (${limit} ${per})`;
  }
  return new BookingRule(
    'quota-exceeded',
    'Quota exceeded',
    `${left} ${where}; this booking counts ${daysText(needed)}.`,
    {
      remaining,
      requested: needed,
      cover: {
        kind: cover.kind,
        id: cover.id,
        name: cover.name,
        planKind: cover.planKind,
        days: cover.limit,
        period: cover.period,
      },
    },
  );
}

/** "this week", "in the week of 2026-03-30", "this month", "in April 2026". */
function periodText(cover: Cover, today: string): string {
  const period = cover.period!;
  if (period.unit === 'week') {
    const monday = isoWeekOf(period.from).from;
    return monday === isoWeekOf(today).from ? 'this week' : `in the week of ${monday}`;
  }
  const month = DateTime.fromISO(period.from, { zone: 'utc' });
  return month.toFormat('yyyy-MM') === today.slice(0, 7)
    ? 'this month'
    : `in ${month.setLocale('en').toFormat('LLLL yyyy')}`;
}
