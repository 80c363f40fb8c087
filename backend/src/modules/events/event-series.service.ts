import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { DomainError, InvalidInput, NotFound } from '../../common/problem/domain-error';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { siteInstant } from '../sites/site-time';
import type { CreateEventSeriesRequest } from './dto/event-series.dto';
import type { EventSeriesCreated, EventSeriesView, EventView } from './dto/event-view.dto';
import type { EventSeriesConflict } from './entities/event-series.entity';
import { draftOf, EventDraft } from './event-drafts';
import { EventPlaces } from './event-places';
import { EVENT_SELECT, EventRow, isUuid, mayManageEvent, toEventView } from './event-records';
import { weeksLater } from './event-time';
import { SeriesWithoutDates } from './events.errors';
import { EventCreation } from './event-creation.service';
import { EventsService } from './events.service';

/** A weekly event runs for at most a year of weeks. */
const MAX_WEEKS = 53;

interface SeriesRow {
  id: string;
  site_id: string | null;
  until_date: string;
  conflicts: EventSeriesConflict[];
  created_at: Date;
  cancelled_at: Date | null;
}

/**
 * Weekly events (the Tuesday telework café): one request makes one event per week, each through the same
 * creation path as a single event and as a savepoint of one transaction, so that a week whose room is taken
 * or whose local time does not exist is reported as a conflict while the others are made.
 */
@Injectable()
export class EventSeriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly creation: EventCreation,
    private readonly events: EventsService,
    private readonly places: EventPlaces,
    private readonly clock: Clock,
  ) {}

  async create(
    request: CreateEventSeriesRequest,
    principal: Principal,
    idempotencyKey?: string,
  ): Promise<EventSeriesCreated> {
    const replay = idempotencyKey && (await this.findByKey(principal.userId, idempotencyKey));
    if (replay) return this.created(replay, principal);
    const now = this.clock.now();
    const first = draftOf(request, await this.creation.placeOf(request.siteId, principal), now);
    const zone = first.place.zone;
    if (first.start.toISODate()! > request.until) throw SeriesWithoutDates();
    const lastAllowed = first.start.plus({ weeks: MAX_WEEKS - 1 }).toISODate()!;
    if (request.until > lastAllowed) {
      throw new InvalidInput([
        { field: 'until', message: `until must be at most ${MAX_WEEKS} weeks after the first date (${lastAllowed})` },
      ]);
    }
    const length = +first.end - +first.start;
    try {
      const id = await this.dataSource.transaction(async (manager) => {
        const [series]: { id: string }[] = await manager.query(
          `INSERT INTO event_series (site_id, created_by, until_date, idempotency_key, created_at)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [first.place.siteId, principal.userId, request.until, idempotencyKey ?? null, now],
        );
        const conflicts: EventSeriesConflict[] = [];
        for (let week = 0; week < MAX_WEEKS; week++) {
          const start = weeksLater(first.start, week, zone);
          const date = first.start.setZone(zone).plus({ weeks: week }).toISODate()!;
          if (date > request.until) break;
          if (!start) {
            conflicts.push({
              date,
              reason: 'nonexistent-local-time',
              detail: `${first.start.toFormat('HH:mm')} does not exist in ${zone} on ${date}.`,
            });
            continue;
          }
          const occurrence: EventDraft = { ...first, start, end: start.plus({ milliseconds: length }) };
          try {
            // A savepoint: a refused week undoes itself alone.
            await manager.transaction((savepoint) =>
              this.creation.insert(savepoint, occurrence, principal, { seriesId: series.id, publish: request.publish }),
            );
          } catch (error) {
            if (!(error instanceof DomainError) || error.kind === 'not_found' || error.kind === 'invalid') throw error;
            if (error.type === 'site-not-published') throw error;
            conflicts.push({ date, reason: error.type, detail: error.detail });
          }
        }
        await manager.query(`UPDATE event_series SET conflicts = $2 WHERE id = $1`, [
          series.id,
          JSON.stringify(conflicts),
        ]);
        return series.id;
      });
      return this.created(id, principal);
    } catch (error) {
      if (idempotencyKey && violates(error, 'event_series_created_by_idempotency_key_key', UNIQUE_VIOLATION)) {
        const earlier = await this.findByKey(principal.userId, idempotencyKey);
        if (earlier) return this.created(earlier, principal);
      }
      throw error;
    }
  }

  async get(id: string, principal: Principal): Promise<EventSeriesView> {
    const series = await this.requireManageable(id, principal);
    const events = await this.eventsOf(series.id, principal);
    return {
      id: series.id,
      siteId: series.site_id,
      until: series.until_date,
      conflicts: series.conflicts,
      createdAt: siteInstant(series.created_at, events[0]?.timezone ?? 'Europe/Paris'),
      cancelledAt: series.cancelled_at ? siteInstant(series.cancelled_at, events[0]?.timezone ?? 'Europe/Paris') : null,
      events,
    };
  }

  /** Cancels every event of the series still to come; each registrant is told, as for a single event. */
  async cancel(id: string, principal: Principal): Promise<EventSeriesView> {
    const series = await this.requireManageable(id, principal);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const ahead: { id: string }[] = await manager.query(
        `SELECT id FROM events WHERE series_id = $1 AND status <> 'cancelled' AND starts_at > $2 ORDER BY id`,
        [series.id, now],
      );
      for (const { id: eventId } of ahead) {
        const event = await this.places.lock(manager, eventId);
        if (event) await this.events.cancelLocked(manager, event, principal);
      }
      await manager.query(`UPDATE event_series SET cancelled_at = coalesce(cancelled_at, $2) WHERE id = $1`, [
        series.id,
        now,
      ]);
    });
    return this.get(id, principal);
  }

  private async created(id: string, principal: Principal): Promise<EventSeriesCreated> {
    const series = await this.get(id, principal);
    return { id: series.id, created: series.events, conflicts: series.conflicts };
  }

  private async eventsOf(seriesId: string, principal: Principal): Promise<EventView[]> {
    const rows: EventRow[] = await this.dataSource.query(
      `${EVENT_SELECT} WHERE e.series_id = $2 ORDER BY e.starts_at, e.id`,
      [principal.userId, seriesId],
    );
    const now = this.clock.now();
    return rows.map((row) => toEventView(row, principal, now));
  }

  /** A series is a thing of its site's team: 404 for anyone else, as for a draft. */
  private async requireManageable(id: string, principal: Principal): Promise<SeriesRow> {
    const [series]: SeriesRow[] = isUuid(id)
      ? await this.dataSource.query(
          `SELECT id, site_id, until_date::text AS until_date, conflicts, created_at, cancelled_at
           FROM event_series WHERE id = $1`,
          [id],
        )
      : [];
    if (!series || !mayManageEvent(principal, series)) throw new NotFound('Event series', id);
    return series;
  }

  private async findByKey(userId: string, key: string): Promise<string | undefined> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM event_series WHERE created_by = $1 AND idempotency_key = $2`,
      [userId, key],
    );
    return row?.id;
  }
}
