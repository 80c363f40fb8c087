import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError, FieldError, InvalidInput, NotFound } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { Metrics } from '../monitoring/metrics';
import { SiteCalendar } from '../sites/site-calendar';
import { siteInstant, siteToday } from '../sites/site-time';
import { BOOKING_SELECT, BookingRow, returnedRows, toBookingView } from './booking-records';
import { BookingService } from './booking.service';
import { BeyondHorizon, BookingInPast, BookingRule } from './booking.errors';
import { lateCancellation } from './cancellation-cutoff';
import { WaitlistPromotion } from './waitlist-promotion';
import type {
  BookingSeriesCreated,
  BookingSeriesPage,
  BookingSeriesView,
  CancelSeriesQuery,
  CreateBookingSeriesRequest,
  MySeriesQuery,
} from './dto/booking-series.dto';
import type { SeriesConflict } from './entities/booking-series.entity';

const NEXT_DATES = 5;

interface SeriesRow {
  id: string;
  user_id: string;
  site_id: string;
  site_name: string;
  timezone: string;
  resource_id: string | null;
  resource_name: string | null;
  kind: BookingSeriesView['kind'];
  weekdays: number[];
  slot: BookingSeriesView['slot'];
  from_date: string;
  until_date: string;
  conflicts: SeriesConflict[];
  created_at: Date;
  cancelled_at: Date | null;
  next_dates: string[] | null;
  upcoming_count: number;
}

const SERIES_SELECT = `
  SELECT bs.id, bs.user_id, bs.site_id, s.name AS site_name, s.timezone, bs.resource_id, r.name AS resource_name,
         bs.kind, bs.weekdays::int[] AS weekdays, bs.slot, bs.from_date::text AS from_date,
         bs.until_date::text AS until_date, bs.conflicts, bs.created_at, bs.cancelled_at,
         (SELECT array_agg(d.date ORDER BY d.start) FROM (
            SELECT (lower(b.during) AT TIME ZONE s.timezone)::date::text AS date, lower(b.during) AS start
            FROM bookings b WHERE b.series_id = bs.id AND b.status IN ('confirmed', 'checked_in')
              AND upper(b.during) > $1
            ORDER BY lower(b.during) LIMIT ${NEXT_DATES}) AS d) AS next_dates,
         (SELECT count(*)::int FROM bookings b WHERE b.series_id = bs.id
            AND b.status IN ('confirmed', 'checked_in') AND upper(b.during) > $1) AS upcoming_count
  FROM booking_series bs JOIN sites s ON s.id = bs.site_id LEFT JOIN resources r ON r.id = bs.resource_id`;

const NoSeriesDates = () =>
  new BookingRule(
    'series-without-dates',
    'No date in the series',
    'No date between from and until falls on the weekdays asked for.',
  );

/**
 * Standing bookings: one request books every matching date between two dates. Each date is its own booking
 * through `BookingService.placeInTransaction` (so quotas, mails and the no-show rules apply to each), as a
 * savepoint of one transaction: a taken, closed or over-quota date is reported as a conflict and the others
 * are booked; a replay of the same Idempotency-Key waits for the first request to commit and answers what it did.
 */
@Injectable()
export class BookingSeriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly bookings: BookingService,
    private readonly calendar: SiteCalendar,
    private readonly promotion: WaitlistPromotion,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {}

  async create(
    request: CreateBookingSeriesRequest,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<BookingSeriesCreated> {
    if (idempotencyKey) {
      const replay = await this.findByKey(principal.userId, idempotencyKey);
      if (replay) return replay;
    }
    const errors = shapeErrors(request);
    if (errors.length) throw new InvalidInput(errors);
    const { named, schedule } = await this.bookings.resolveTarget(request, principal);
    const kind = named ? named.kind : request.kind!;
    const zone = schedule.timezone;
    const today = siteToday(this.clock.now(), zone);
    const lastDate = DateTime.fromISO(today, { zone }).plus({ days: this.config.bookingHorizonDays }).toISODate()!;
    if (request.from < today) throw BookingInPast();
    // The whole span must be bookable now: a series never promises dates that cannot be booked yet.
    if (request.until > lastDate) throw BeyondHorizon(lastDate, this.config.bookingHorizonDays);
    const dates = datesOn(request.from, request.until, request.weekdays);
    if (!dates.length) throw NoSeriesDates();

    try {
      const outcome = await this.dataSource.transaction(async (manager) => {
        const [series]: { id: string }[] = await manager.query(
          `INSERT INTO booking_series (user_id, site_id, resource_id, kind, weekdays, slot, from_date, until_date,
                                       idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
          [
            principal.userId,
            schedule.id,
            named?.id ?? null,
            kind,
            [...request.weekdays].sort((a, b) => a - b),
            request.slot,
            request.from,
            request.until,
            idempotencyKey ?? null,
          ],
        );
        const created: string[] = [];
        const conflicts: SeriesConflict[] = [];
        let preferredResourceId: string | undefined;
        for (const date of dates) {
          try {
            const booked = await this.bookings.placeInTransaction(
              manager,
              {
                userId: principal.userId,
                schedule,
                kind,
                resourceId: named?.id,
                preferredResourceId,
                date,
                slot: request.slot,
              },
              { seriesId: series.id },
            );
            created.push(booked.id);
            // The same desk every week when it is free: members like their habits.
            preferredResourceId ??= booked.resourceId;
          } catch (error) {
            if (!(error instanceof DomainError) || (error.kind !== 'rule' && error.kind !== 'conflict')) throw error;
            conflicts.push({ date, reason: error.type, detail: error.detail });
          }
        }
        await manager.query(`UPDATE booking_series SET conflicts = $2 WHERE id = $1`, [
          series.id,
          JSON.stringify(conflicts),
        ]);
        return { id: series.id, created, conflicts };
      });
      this.metrics.bookingsMade('series', outcome.created.length);
      return { id: outcome.id, created: await this.views(outcome.created), conflicts: outcome.conflicts };
    } catch (error) {
      if (idempotencyKey && violates(error, 'booking_series_user_id_idempotency_key_key', UNIQUE_VIOLATION)) {
        const replay = await this.findByKey(principal.userId, idempotencyKey);
        if (replay) return replay;
      }
      throw error;
    }
  }

  /**
   * Cancels the series' bookings still to come, or only those of a range of local dates (a holiday). The
   * holder's cancellation cut-off applies: without a range, the bookings past it are kept; with one, a booking
   * past it refuses the whole range (422), so that the member knows which days still stand.
   */
  async cancel(id: string, query: CancelSeriesQuery, principal: Principal): Promise<void> {
    if (query.from && query.to && query.to < query.from) {
      throw new InvalidInput([{ field: 'to', message: 'to must not come before from' }]);
    }
    const series = await this.requireOwn(id, principal);
    const now = this.clock.now();
    const ranged = query.from !== undefined || query.to !== undefined;
    const rows: BookingRow[] = await this.dataSource.query(
      `${BOOKING_SELECT}
       WHERE b.series_id = $1 AND b.status = 'confirmed' AND lower(b.during) > $2
         AND ($3::date IS NULL OR (lower(b.during) AT TIME ZONE s.timezone)::date >= $3::date)
         AND ($4::date IS NULL OR (lower(b.during) AT TIME ZONE s.timezone)::date <= $4::date)
       ORDER BY lower(b.during)`,
      [series.id, now, query.from ?? null, query.to ?? null],
    );
    let cancellable = rows;
    if (!mayManageSite(principal, series.site_id)) {
      const settings = (await this.calendar.bookingSettings(series.site_id))!;
      const refusals = rows.map((row) => lateCancellation(row.start, settings, now));
      const firstRefusal = refusals.find(Boolean);
      if (ranged && firstRefusal) throw firstRefusal;
      cancellable = rows.filter((_, index) => !refusals[index]);
    }
    await this.dataSource.transaction(async (manager) => {
      const cancelled = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancelled_by = $3,
                  cancellation_reason = 'member'
           WHERE id = ANY($1::uuid[]) AND status = 'confirmed' RETURNING id`,
          [cancellable.map((row) => row.id), now, principal.userId],
        ),
      );
      await this.promotion.placesFreed(
        manager,
        cancelled.map((row) => row.id),
      );
      if (!ranged) {
        await manager.query(`UPDATE booking_series SET cancelled_at = $2 WHERE id = $1 AND cancelled_at IS NULL`, [
          series.id,
          now,
        ]);
      }
    });
  }

  /** The caller's series, newest first, with the next dates each still holds. */
  async listMine(principal: Principal, query: MySeriesQuery): Promise<BookingSeriesPage> {
    const rows: SeriesRow[] = await this.dataSource.query(
      `${SERIES_SELECT} WHERE bs.user_id = $2 ORDER BY bs.created_at DESC, bs.id LIMIT $3 OFFSET $4`,
      [this.clock.now(), principal.userId, query.limit, query.offset],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM booking_series WHERE user_id = $1`,
      [principal.userId],
    );
    return { items: rows.map(toSeriesView), total };
  }

  /** The series if the caller made it; a 404 for anyone else, whether or not it exists. */
  private async requireOwn(id: string, principal: Principal): Promise<{ id: string; site_id: string }> {
    const [row]: { id: string; site_id: string }[] = UUID.test(id)
      ? await this.dataSource.query(`SELECT id, site_id FROM booking_series WHERE id = $1 AND user_id = $2`, [
          id,
          principal.userId,
        ])
      : [];
    if (!row) throw new NotFound('Booking series', id);
    return row;
  }

  private async findByKey(userId: string, key: string): Promise<BookingSeriesCreated | undefined> {
    const [series]: { id: string; conflicts: SeriesConflict[] }[] = await this.dataSource.query(
      `SELECT id, conflicts FROM booking_series WHERE user_id = $1 AND idempotency_key = $2`,
      [userId, key],
    );
    if (!series) return undefined;
    const rows: BookingRow[] = await this.dataSource.query(
      `${BOOKING_SELECT} WHERE b.series_id = $1 ORDER BY lower(b.during)`,
      [series.id],
    );
    return { id: series.id, created: rows.map(toBookingView), conflicts: series.conflicts };
  }

  private async views(ids: string[]) {
    if (!ids.length) return [];
    const rows: BookingRow[] = await this.dataSource.query(
      `${BOOKING_SELECT} WHERE b.id = ANY($1::uuid[]) ORDER BY lower(b.during)`,
      [ids],
    );
    return rows.map(toBookingView);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The local dates from `from` to `until` (inclusive) that fall on one of the ISO weekdays. */
export function datesOn(from: string, until: string, weekdays: number[]): string[] {
  const wanted = new Set(weekdays);
  const dates: string[] = [];
  // Dates only, no instants: a calendar day's weekday is the same in every zone.
  for (let day = DateTime.fromISO(from, { zone: 'utc' }); day.toISODate()! <= until; day = day.plus({ days: 1 })) {
    if (wanted.has(day.weekday)) dates.push(day.toISODate()!);
  }
  return dates;
}

function shapeErrors(request: CreateBookingSeriesRequest): FieldError[] {
  const errors: FieldError[] = [];
  if (request.resourceId) {
    if (request.siteId) errors.push({ field: 'siteId', message: 'give either resourceId, or siteId and kind' });
    if (request.kind) errors.push({ field: 'kind', message: 'give either resourceId, or siteId and kind' });
  } else {
    if (!request.siteId) errors.push({ field: 'siteId', message: 'resourceId, or siteId and kind, must be given' });
    if (!request.kind) errors.push({ field: 'kind', message: 'resourceId, or siteId and kind, must be given' });
  }
  if (request.until < request.from) errors.push({ field: 'until', message: 'until must not come before from' });
  return errors;
}

function toSeriesView(row: SeriesRow): BookingSeriesView {
  return {
    id: row.id,
    siteId: row.site_id,
    siteName: row.site_name,
    resourceId: row.resource_id,
    resourceName: row.resource_name,
    kind: row.kind,
    weekdays: row.weekdays,
    slot: row.slot,
    from: row.from_date,
    until: row.until_date,
    conflicts: row.conflicts,
    nextDates: row.next_dates ?? [],
    upcomingCount: row.upcoming_count,
    createdAt: siteInstant(row.created_at, row.timezone),
    cancelledAt: row.cancelled_at ? siteInstant(row.cancelled_at, row.timezone) : null,
  };
}
