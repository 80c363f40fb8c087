import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { MAX_PAGE_SIZE } from '../../common/pagination/page';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { AuditService } from '../audit/audit.service';
import { PeopleDirectory } from '../identity/people-directory';
import { Metrics } from '../monitoring/metrics';
import { siteInstant } from '../sites/site-time';
import type {
  RegistrationPage,
  RegistrationResult,
  RegistrationsQuery,
  RegistrationView,
} from './dto/registration.dto';
import type { RegistrationStatus } from './entities/event-registration.entity';
import { EventPlaces } from './event-places';
import { isUuid, mayManageEvent, maySeeEvent, POSITION_OF, registrationDeadlineOf } from './event-records';
import {
  AlreadyRegistered,
  AttendanceNotOpen,
  EventCancelled,
  EventNotPublished,
  EventStarted,
  NotAttendable,
  NotEventManager,
  RegistrationClosed,
} from './events.errors';
import { csvDocument, CsvLanguage, REGISTRATION_CSV_HEADER, REGISTRATION_STATUS_LABEL } from './registrations-csv';

interface RegistrationRow {
  id: string;
  user_id: string | null;
  status: RegistrationStatus;
  position: number | null;
  registered_at: Date;
  promoted_at: Date | null;
  attended_at: Date | null;
  timezone: string;
}

const REGISTRATION_SELECT = `
  SELECT r.id, r.user_id, r.status, r.queue_number, r.registered_at, r.promoted_at, r.attended_at, e.timezone,
         CASE WHEN r.status = 'waitlisted' THEN ${POSITION_OF('r')} END AS position
  FROM event_registrations r JOIN events e ON e.id = r.event_id`;

/** Places taken first (in order of arrival), then the line in order. */
const REGISTRATION_ORDER = `ORDER BY (status = 'waitlisted'), queue_number`;

/**
 * Members registering and leaving, hosts seeing who comes and marking who came. Each runs in a transaction
 * that starts by locking the event row, so concurrent requests for one event are served one at a time.
 */
@Injectable()
export class EventRegistrationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly places: EventPlaces,
    private readonly people: PeopleDirectory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly metrics: Metrics,
  ) {}

  /** A place, or a place in line; 409 if the member holds either; 422 after the deadline or once cancelled. */
  async register(eventId: string, principal: Principal, idempotencyKey?: string): Promise<RegistrationResult> {
    const replay = idempotencyKey && (await this.findByKey(principal.userId, idempotencyKey));
    if (replay) return replay;
    try {
      let made = false;
      const result = await this.dataSource.transaction(async (manager) => {
        const event = await this.places.lock(manager, eventId);
        if (!event || !maySeeEvent(principal, event)) throw new NotFound('Event', eventId);
        if (event.status === 'cancelled') throw EventCancelled();
        if (event.status === 'draft') throw EventNotPublished();
        const now = this.clock.now();
        const deadline = registrationDeadlineOf(event);
        if (now >= deadline) throw RegistrationClosed(siteInstant(deadline, event.timezone));
        if (idempotencyKey) {
          // The same request sent twice at once waited for the first one's lock: its answer is the answer.
          const first = await this.findByKey(principal.userId, idempotencyKey, manager);
          if (first) return first;
        }
        made = true;
        return this.places.take(manager, event, principal.userId, now, idempotencyKey);
      });
      // Counted once committed, and not for an answer replayed to the same key.
      if (made) this.metrics.registrationMade(result.status);
      return result;
    } catch (error) {
      // The lock makes these all but impossible; the unique indexes are the guarantee behind it.
      if (violates(error, 'event_registrations_active_key', UNIQUE_VIOLATION)) {
        const existing = await this.places.activeOf(this.dataSource.manager, eventId, principal.userId);
        throw new AlreadyRegistered(existing ?? { id: '', status: 'registered' });
      }
      if (idempotencyKey && violates(error, 'event_registrations_user_id_idempotency_key_key', UNIQUE_VIOLATION)) {
        const first = await this.findByKey(principal.userId, idempotencyKey);
        if (first) return first;
      }
      throw error;
    }
  }

  /** The member leaves (a place or a place in line); the first in line takes a freed place and is told. */
  async leave(eventId: string, principal: Principal): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.places.lock(manager, eventId);
      if (!event || !maySeeEvent(principal, event)) throw new NotFound('Event', eventId);
      const mine = await this.places.activeOf(manager, event.id, principal.userId);
      if (!mine || mine.status === 'attended') throw new NotFound('Registration');
      const now = this.clock.now();
      if (event.status !== 'cancelled' && event.starts_at <= now) throw EventStarted();
      await this.places.leave(manager, event, mine, now);
    });
  }

  /** Who is registered, who came and who waits, for the event's hosts and officers. */
  async list(eventId: string, query: RegistrationsQuery, principal: Principal): Promise<RegistrationPage> {
    await this.requireManageable(eventId, principal);
    const params: unknown[] = [eventId];
    let filter = `r.status <> 'cancelled'`;
    if (query.status) {
      params.push(query.status);
      filter = `r.status = $2`;
    }
    const rows: (RegistrationRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM (${REGISTRATION_SELECT} WHERE r.event_id = $1 AND ${filter}) AS found
       ${REGISTRATION_ORDER} LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM event_registrations r WHERE r.event_id = $1 AND ${filter}`,
        params,
      );
      total = row.n;
    }
    return { items: await this.named(rows), total };
  }

  /** Marks a registered participant as attended (or takes the mark back), from the day of the event. */
  async markAttendance(
    eventId: string,
    registrationId: string,
    attended: boolean,
    principal: Principal,
  ): Promise<RegistrationView> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.places.lockManaged(manager, eventId, principal);
      if (event.status === 'cancelled') throw EventCancelled();
      const eventDay = DateTime.fromJSDate(event.starts_at, { zone: event.timezone }).startOf('day');
      if (this.clock.now() < eventDay.toJSDate()) throw AttendanceNotOpen(eventDay.toISODate()!);
      const [registration]: { id: string; user_id: string | null; status: RegistrationStatus }[] = isUuid(
        registrationId,
      )
        ? await manager.query(
            `SELECT id, user_id, status FROM event_registrations WHERE id = $1 AND event_id = $2 FOR UPDATE`,
            [registrationId, event.id],
          )
        : [];
      if (!registration) throw new NotFound('Registration', registrationId);
      const from: RegistrationStatus = attended ? 'registered' : 'attended';
      const to: RegistrationStatus = attended ? 'attended' : 'registered';
      if (registration.status === to) return;
      if (registration.status !== from) throw NotAttendable(registration.status);
      await manager.query(`UPDATE event_registrations SET status = $2, attended_at = $3 WHERE id = $1`, [
        registration.id,
        to,
        attended ? this.clock.now() : null,
      ]);
      await this.audit.record(manager, principal, {
        action: attended ? 'event.attendance.mark' : 'event.attendance.unmark',
        subjectType: 'event_registration',
        subjectId: registration.id,
        details: { eventId: event.id, userId: registration.user_id },
      });
    });
    const [row]: RegistrationRow[] = await this.dataSource.query(`${REGISTRATION_SELECT} WHERE r.id = $1`, [
      registrationId,
    ]);
    return (await this.named([row]))[0];
  }

  /** The whole list as a spreadsheet: registered and attended, then the waitlist in order. */
  async exportCsv(eventId: string, language: CsvLanguage, principal: Principal): Promise<string> {
    await this.requireManageable(eventId, principal);
    const rows: RegistrationRow[] = await this.dataSource.query(
      `SELECT * FROM (${REGISTRATION_SELECT} WHERE r.event_id = $1 AND r.status <> 'cancelled') AS found
       ${REGISTRATION_ORDER}`,
      [eventId],
    );
    const named: RegistrationView[] = [];
    for (let i = 0; i < rows.length; i += MAX_PAGE_SIZE)
      named.push(...(await this.named(rows.slice(i, i + MAX_PAGE_SIZE))));
    const labels = REGISTRATION_STATUS_LABEL[language];
    return csvDocument(
      REGISTRATION_CSV_HEADER[language],
      named.map((r) => [r.lastName, r.firstName, labels[r.status], r.position ?? null, r.registeredAt, r.attendedAt]),
    );
  }

  private async requireManageable(eventId: string, principal: Principal): Promise<void> {
    const [event] = isUuid(eventId)
      ? await this.dataSource.query(
          `SELECT site_id, status, visibility, published_at, starts_at, registration_deadline
                                     FROM events WHERE id = $1`,
          [eventId],
        )
      : [];
    if (!event || !maySeeEvent(principal, event)) throw new NotFound('Event', eventId);
    if (!mayManageEvent(principal, event)) throw new NotEventManager();
  }

  /** Names come from identity's directory; an erased member is a row without a name. */
  private async named(rows: RegistrationRow[]): Promise<RegistrationView[]> {
    const cards = await this.people.cards(rows.flatMap((row) => (row.user_id ? [row.user_id] : [])));
    return rows.map((row) => {
      const card = row.user_id ? cards.get(row.user_id) : undefined;
      return {
        id: row.id,
        userId: row.user_id,
        firstName: card?.firstName ?? null,
        lastName: card?.lastName ?? null,
        status: row.status,
        ...(row.status === 'waitlisted' ? { position: row.position! } : {}),
        registeredAt: siteInstant(row.registered_at, row.timezone),
        promotedAt: row.promoted_at ? siteInstant(row.promoted_at, row.timezone) : null,
        attendedAt: row.attended_at ? siteInstant(row.attended_at, row.timezone) : null,
      };
    });
  }

  private async findByKey(
    userId: string,
    key: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RegistrationResult | undefined> {
    const [row]: (RegistrationResult & { position: number | null })[] = await manager.query(
      `SELECT r.id, r.event_id AS "eventId", r.status,
              CASE WHEN r.status = 'waitlisted' THEN ${POSITION_OF('r')} END AS position
       FROM event_registrations r WHERE r.user_id = $1 AND r.idempotency_key = $2`,
      [userId, key],
    );
    if (!row) return undefined;
    const { position, ...rest } = row;
    return position === null ? rest : { ...rest, position };
  }
}
