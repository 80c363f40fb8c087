import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { Forbidden } from '../../common/problem/domain-error';
import type { EventQuery } from './dto/event.dto';
import type { EventPage } from './dto/event-view.dto';
import type { MyRegistrationPage, MyRegistrationsQuery } from './dto/registration.dto';
import type { RegistrationStatus } from './entities/event-registration.entity';
import { siteInstant } from '../sites/site-time';
import { EVENT_SELECT, EventRow, POSITION_OF, toEventView } from './event-records';

/** Builds a WHERE clause with numbered parameters after the caller id (`$1` of `EVENT_SELECT`). */
class Conditions {
  readonly clauses: string[] = [];
  constructor(readonly params: unknown[]) {}
  add(value: unknown, clause: (placeholder: string) => string): void {
    this.params.push(value);
    this.clauses.push(clause(`$${this.params.length}`));
  }
  where(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/**
 * The network's agenda and each member's registrations. Dates are local dates of each event's zone: an
 * event is listed for `from`/`to` when it runs on any of those days.
 */
@Injectable()
export class EventAgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Published events by date; public ones for everyone, members-only ones for signed-in accounts. Hosts and
   * officers may ask for drafts and cancelled events (`status`), among those they manage.
   */
  async list(query: EventQuery, principal: Principal | undefined): Promise<EventPage> {
    const now = this.clock.now();
    const status = query.status ?? 'published';
    const where = new Conditions([principal?.userId ?? null]);
    if (status === 'published') {
      where.clauses.push(`e.status = 'published'`);
      if (!principal) where.clauses.push(`e.visibility = 'public'`);
    } else {
      if (!principal || principal.role === 'member') {
        throw new Forbidden('Only hosts and network officers list events that are not published.');
      }
      if (status !== 'all') where.add(status, (p) => `e.status = ${p}`);
      if (principal.role !== 'admin') where.add(principal.hostedSiteIds, (p) => `e.site_id = ANY(${p}::uuid[])`);
    }
    this.addDates(where, query, now);
    if (query.siteId) where.add(query.siteId, (p) => `e.site_id = ${p}`);
    if (query.epciCode) where.add(query.epciCode, (p) => `s.epci_code = ${p}`);
    if (query.category) where.add(query.category, (p) => `e.category = ${p}`);
    const params = where.params;
    const rows: (EventRow & { total: string })[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM (${EVENT_SELECT} ${where.where()}) AS found
       ORDER BY starts_at, id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM (${EVENT_SELECT} ${where.where()}) AS found`,
        params,
      );
      total = row.n;
    }
    return { items: rows.map((row) => toEventView(row, principal, now)), total };
  }

  /** The caller's registrations (not the cancelled ones), by event start; by default for events not over yet. */
  async mine(query: MyRegistrationsQuery, principal: Principal): Promise<MyRegistrationPage> {
    const now = this.clock.now();
    const where = new Conditions([principal.userId]);
    where.clauses.push(`r.user_id = $1`, `r.status <> 'cancelled'`);
    this.addDates(where, query, now, 'ev');
    const params = where.params;
    const rows: (EventRow & {
      registration_id: string;
      registration_status: RegistrationStatus;
      registration_position: number | null;
      registered_at: Date;
      total: string;
    })[] = await this.dataSource.query(
      `SELECT ev.*, r.id AS registration_id, r.status AS registration_status, r.registered_at,
              CASE WHEN r.status = 'waitlisted' THEN ${POSITION_OF('r')} END AS registration_position,
              count(*) OVER () AS total
       FROM event_registrations r JOIN (${EVENT_SELECT}) AS ev ON ev.id = r.event_id
       ${where.where()}
       ORDER BY ev.starts_at, ev.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.offset > 0) {
      const [row] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM event_registrations r JOIN events ev ON ev.id = r.event_id ${where.where()}`,
        params,
      );
      total = row.n;
    }
    return {
      items: rows.map((row) => ({
        id: row.registration_id,
        status: row.registration_status,
        ...(row.registration_status === 'waitlisted' ? { position: row.registration_position! } : {}),
        registeredAt: siteInstant(row.registered_at, row.timezone),
        event: toEventView(row, principal, now),
      })),
      total,
    };
  }

  /** `from`: events still running on or after that local day; `to`: starting by its end. Default: not over yet. */
  private addDates(where: Conditions, query: { from?: string; to?: string }, now: Date, e = 'e'): void {
    if (query.from) {
      where.add(query.from, (p) => `${e}.ends_at > (${p}::date::timestamp AT TIME ZONE ${e}.timezone)`);
    } else {
      where.add(now, (p) => `${e}.ends_at > ${p}`);
    }
    if (query.to) {
      where.add(query.to, (p) => `${e}.starts_at < ((${p}::date + 1)::timestamp AT TIME ZONE ${e}.timezone)`);
    }
  }
}
