import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { MAX_PAGE_SIZE, type Page } from '../../common/pagination/page';
import { InvalidInput, NotFound } from '../../common/problem/domain-error';
import { OutboxService } from '../../jobs/outbox.service';
import { AuditService } from '../audit/audit.service';
import { PeopleDirectory } from '../identity/people-directory';
import { TerritoryService } from '../territory/territory.service';
import {
  NewcomerDetailView,
  NewcomerIntakeRequest,
  NewcomerNoteRequest,
  NewcomerQuery,
  NewcomerReceipt,
  NewcomerTimelineEntryView,
  NewcomerView,
  PersonRef,
  UpdateNewcomerRequest,
} from './dto/newcomer.dto';
import { NEWCOMER_SELECT, NewcomerRow, TimelineRow, toNewcomerView, toTimelineEntryView } from './newcomer-records';
import { DROPPED_RETENTION, NETWORK_ZONE, RETENTION, type NewcomerStatus, type TimelineKind } from './newcomer-terms';

/** The outbox key of a file's acknowledgement: one mail per file, however often the row is written. */
export function acknowledgementKey(newcomerId: string): string {
  return `newcomer-acknowledgement-${newcomerId}`;
}

/** The outbox key of one reminder: a new date or officer is a new reminder; the same again is written once. */
export function nextActionReminderKey(newcomerId: string, date: string, officerId: string): string {
  return `newcomer-next-action-${newcomerId}-${date}-${officerId}`;
}

/** When the officer is reminded of a next action: 08:00 in Paris on its date. */
export function nextActionReminderDueAt(date: string): Date {
  return DateTime.fromISO(date, { zone: NETWORK_ZONE }).set({ hour: 8 }).toJSDate();
}

/** Until when a file is kept after activity at `at`: shorter once dropped (see `DROPPED_RETENTION`). */
export function retainedUntil(at: Date, status: NewcomerStatus): Date {
  return DateTime.fromJSDate(at)
    .plus(status === 'dropped' ? DROPPED_RETENTION : RETENTION)
    .toJSDate();
}

interface TimelineWrite {
  kind: TimelineKind;
  authorId: string | null;
  text?: string | null;
  value?: string | null;
}

/**
 * The Soho Solo files: the public form writes one, the network's officers follow it up. Only officers
 * read files (the controller's `@Roles('admin')`); the form's caller gets a receipt, never the file.
 */
@Injectable()
export class NewcomersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly people: PeopleDirectory,
    private readonly territory: TerritoryService,
  ) {}

  async submit(request: NewcomerIntakeRequest): Promise<NewcomerReceipt> {
    // The honeypot was filled: a robot. It gets the answer a person would (a fresh id), so that it learns
    // nothing, but nothing is stored and no mail goes to the address it typed.
    if (request.website?.trim()) return { id: randomUUID(), status: 'new' };
    if (request.wishedCommuneCode) await this.requireCommune('wishedCommuneCode', request.wishedCommuneCode);
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO newcomers (first_name, last_name, email, phone, current_city, profession, project_kind, wishes,
           adults, children, wished_area, wished_commune_code, housing, fibre_needed, max_minutes_to_station,
           max_minutes_to_toulouse, timing, locale, status, consented_at, retain_until, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 'new', $19, $20,
           $19, $19)
         RETURNING id`,
        [
          request.firstName,
          request.lastName,
          request.email,
          request.phone ?? null,
          request.currentCity,
          request.profession,
          request.projectKind,
          request.wishes,
          request.adults ?? null,
          request.children ?? null,
          request.wishedArea ?? null,
          request.wishedCommuneCode ?? null,
          request.housing ?? null,
          request.fibreNeeded ?? null,
          request.maxMinutesToStation ?? null,
          request.maxMinutesToToulouse ?? null,
          request.timing ?? null,
          request.locale ?? 'fr',
          now,
          retainedUntil(now, 'new'),
        ],
      );
      await this.writeTimeline(manager, row.id, now, { kind: 'created', authorId: null });
      await this.outbox.enqueue(manager, {
        kind: 'newcomer.acknowledgement',
        key: acknowledgementKey(row.id),
        payload: { newcomerId: row.id },
      });
      return row.id;
    });
    return { id, status: 'new' };
  }

  /** The pipeline, newest first; anonymised files are no longer anyone to follow up. */
  async find(query: NewcomerQuery): Promise<Page<NewcomerView>> {
    const params = [query.status ?? null, query.officerId ?? null];
    const where = `WHERE n.anonymised_at IS NULL AND ($1::text IS NULL OR n.status = $1)
      AND ($2::uuid IS NULL OR n.officer_id = $2)`;
    const rows: NewcomerRow[] = await this.dataSource.query(
      `${NEWCOMER_SELECT} ${where} ORDER BY n.created_at DESC, n.id LIMIT $3 OFFSET $4`,
      [...params, query.limit, query.offset],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM newcomers n ${where}`, params);
    const people = await this.names(rows.map((row) => row.officer_id));
    return { items: rows.map((row) => toNewcomerView(row, people)), total };
  }

  async get(id: string): Promise<NewcomerDetailView> {
    const row = await this.row(id);
    const entries: TimelineRow[] = await this.dataSource.query(
      `SELECT id, kind, at, author_id, text, value FROM newcomer_timeline WHERE newcomer_id = $1 ORDER BY seq`,
      [id],
    );
    const people = await this.names([row.officer_id, ...entries.map((entry) => entry.author_id)]);
    return {
      ...toNewcomerView(row, people),
      timeline: entries.map((entry) => toTimelineEntryView(entry, people)),
    };
  }

  async update(id: string, change: UpdateNewcomerRequest, actor: Principal): Promise<NewcomerDetailView> {
    if (!isUUID(id)) throw new NotFound('Newcomer', id);
    if (change.officerId && !(await this.people.officers(change.officerId)).length) {
      throw new InvalidInput([{ field: 'officerId', message: 'officerId must be a network officer' }]);
    }
    if (change.welcomeCommuneCode) await this.requireCommune('welcomeCommuneCode', change.welcomeCommuneCode);
    await this.dataSource.transaction(async (manager) => {
      const [current]: NewcomerRow[] = await manager.query(
        `SELECT *, to_char(next_action_date, 'YYYY-MM-DD') AS next_action_day FROM newcomers
         WHERE id = $1 AND anonymised_at IS NULL FOR UPDATE`,
        [id],
      );
      if (!current) throw new NotFound('Newcomer', id);
      const now = this.clock.now();
      const entries: TimelineWrite[] = [];
      const status = change.status ?? current.status;
      if (change.status !== undefined && change.status !== current.status) {
        entries.push({ kind: 'status', authorId: actor.userId, value: change.status });
      }
      if (change.officerId !== undefined && change.officerId !== current.officer_id) {
        entries.push({ kind: 'officer', authorId: actor.userId, value: change.officerId });
      }
      if (change.welcomeCommuneCode !== undefined && change.welcomeCommuneCode !== current.welcome_commune_code) {
        entries.push({ kind: 'welcome_commune', authorId: actor.userId, value: change.welcomeCommuneCode });
      }
      const nextDate = change.nextActionDate !== undefined ? change.nextActionDate : current.next_action_day;
      const nextNote = change.nextActionNote !== undefined ? change.nextActionNote : current.next_action_note;
      if (nextDate !== current.next_action_day || nextNote !== current.next_action_note) {
        entries.push({ kind: 'next_action', authorId: actor.userId, value: nextDate, text: nextNote });
      }
      if (!entries.length) return;
      // A status change is activity: the retention period starts again (shorter once dropped).
      const statusChanged = entries.some((entry) => entry.kind === 'status');
      // `settled_at` is the instant of the move to `settled` (the reports' year of settling), cleared on leaving it.
      await manager.query(
        `UPDATE newcomers SET status = $2,
           officer_id = CASE WHEN $3 THEN $4::uuid ELSE officer_id END,
           welcome_commune_code = CASE WHEN $5 THEN $6 ELSE welcome_commune_code END,
           next_action_date = $7::date, next_action_note = $8,
           retain_until = CASE WHEN $9 THEN $10 ELSE retain_until END, updated_at = $11,
           settled_at = CASE WHEN $2 <> 'settled' THEN NULL WHEN status = 'settled' THEN settled_at ELSE $11 END
         WHERE id = $1`,
        [
          id,
          status,
          change.officerId !== undefined,
          change.officerId ?? null,
          change.welcomeCommuneCode !== undefined,
          change.welcomeCommuneCode ?? null,
          nextDate,
          nextNote,
          statusChanged,
          retainedUntil(now, status),
          now,
        ],
      );
      for (const entry of entries) await this.writeTimeline(manager, id, now, entry);
      // The officer in charge is reminded on the day, unless that morning is already past. A reminder for
      // another date or officer is taken back while it waits (its handler would skip it anyway), so that a
      // cleared or moved next action leaves nothing pending, and setting the same again schedules it again.
      const officerId = change.officerId !== undefined ? change.officerId : current.officer_id;
      const before =
        current.next_action_day && current.officer_id
          ? nextActionReminderKey(id, current.next_action_day, current.officer_id)
          : null;
      const after = nextDate && officerId ? nextActionReminderKey(id, nextDate, officerId) : null;
      if (before && before !== after) await this.outbox.withdraw(manager, before);
      if (nextDate && officerId && nextActionReminderDueAt(nextDate) > now) {
        await this.outbox.enqueue(manager, {
          kind: 'newcomer.next-action-reminder',
          key: nextActionReminderKey(id, nextDate, officerId),
          payload: { newcomerId: id, officerId, date: nextDate },
          dueAt: nextActionReminderDueAt(nextDate),
        });
      }
      await this.audit.record(manager, actor, {
        action: 'newcomer.update',
        subjectType: 'newcomer',
        subjectId: id,
        details: { fields: entries.map((entry) => entry.kind) },
      });
    });
    return this.get(id);
  }

  async addNote(id: string, note: NewcomerNoteRequest, actor: Principal): Promise<NewcomerTimelineEntryView> {
    if (!isUUID(id)) throw new NotFound('Newcomer', id);
    const entryId = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const [current]: { status: NewcomerStatus }[] = await manager.query(
        `SELECT status FROM newcomers WHERE id = $1 AND anonymised_at IS NULL FOR UPDATE`,
        [id],
      );
      if (!current) throw new NotFound('Newcomer', id);
      // A note is activity: the retention period starts again.
      await manager.query(`UPDATE newcomers SET retain_until = $2, updated_at = $3 WHERE id = $1`, [
        id,
        retainedUntil(now, current.status),
        now,
      ]);
      const entry = await this.writeTimeline(manager, id, now, {
        kind: 'note',
        authorId: actor.userId,
        text: note.text,
      });
      await this.audit.record(manager, actor, {
        action: 'newcomer.note',
        subjectType: 'newcomer',
        subjectId: id,
        details: { entryId: entry },
      });
      return entry;
    });
    const [row]: TimelineRow[] = await this.dataSource.query(
      `SELECT id, kind, at, author_id, text, value FROM newcomer_timeline WHERE id = $1`,
      [entryId],
    );
    return toTimelineEntryView(row, await this.names([row.author_id]));
  }

  /** The newcomer asked to be forgotten: the file is anonymised now, as the retention task would. */
  async erase(id: string, actor: Principal): Promise<void> {
    if (!isUUID(id)) throw new NotFound('Newcomer', id);
    await this.dataSource.transaction(async (manager) => {
      const anonymised = await this.anonymise(manager, [id], actor.userId);
      if (!anonymised.length) throw new NotFound('Newcomer', id);
      await this.audit.record(manager, actor, { action: 'newcomer.erase', subjectType: 'newcomer', subjectId: id });
    });
  }

  /**
   * Blanks the personal data of these files (names, address, phone, city, trade, wishes, notes) and keeps what
   * counts without naming anyone (status, project kind, welcome commune, dates). Returns the ids anonymised;
   * a file already anonymised is left as it is.
   */
  async anonymise(manager: EntityManager, ids: string[], authorId: string | null): Promise<string[]> {
    const now = this.clock.now();
    // An UPDATE answers `[rows, rowCount]` through TypeORM's query().
    const [rows]: [{ id: string }[], number] = await manager.query(
      `UPDATE newcomers SET first_name = '', last_name = '', email = '', phone = NULL, current_city = '',
         profession = '', wishes = '', wished_area = NULL, next_action_note = NULL, user_id = NULL, anonymised_at = $2,
         updated_at = $2
       WHERE id = ANY($1::uuid[]) AND anonymised_at IS NULL RETURNING id`,
      [ids, now],
    );
    const done = rows.map((row) => row.id);
    if (!done.length) return done;
    // Nobody to invite any more: a waiting trial-day link stops working (its hash is dropped too).
    await manager.query(
      `UPDATE newcomer_trial_days SET status = 'withdrawn', withdrawn_at = $2, token_hash = NULL
       WHERE newcomer_id = ANY($1::uuid[]) AND status = 'pending'`,
      [done, now],
    );
    // Nor anything that leads back to the person's account: the account entry's id, the trial days' account
    // and booking (the booking stays the member's; the file no longer says whose it was).
    await manager.query(
      `UPDATE newcomer_trial_days SET user_id = NULL, booking_id = NULL
       WHERE newcomer_id = ANY($1::uuid[]) AND (user_id IS NOT NULL OR booking_id IS NOT NULL)`,
      [done],
    );
    await manager.query(
      `UPDATE newcomer_timeline SET text = NULL, value = CASE WHEN kind = 'account' THEN NULL ELSE value END
       WHERE newcomer_id = ANY($1::uuid[]) AND (text IS NOT NULL OR kind = 'account')`,
      [done],
    );
    for (const id of done) await this.writeTimeline(manager, id, now, { kind: 'anonymised', authorId });
    return done;
  }

  private async row(id: string): Promise<NewcomerRow> {
    const [row]: NewcomerRow[] = isUUID(id)
      ? await this.dataSource.query(`${NEWCOMER_SELECT} WHERE n.id = $1`, [id])
      : [];
    if (!row) throw new NotFound('Newcomer', id);
    return row;
  }

  private async writeTimeline(
    manager: EntityManager,
    newcomerId: string,
    at: Date,
    entry: TimelineWrite,
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO newcomer_timeline (newcomer_id, at, kind, author_id, text, value)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [newcomerId, at, entry.kind, entry.authorId, entry.text ?? null, entry.value ?? null],
    );
    return row.id;
  }

  private async requireCommune(field: string, code: string): Promise<void> {
    if (!(await this.territory.findCommune(code))) {
      throw new InvalidInput([{ field, message: `${field} names no French commune` }]);
    }
  }

  /** Officers and authors by id, named by identity's directory a page at a time; erased accounts are absent. */
  private async names(ids: (string | null)[]): Promise<Map<string, PersonRef>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const people = new Map<string, PersonRef>();
    for (let start = 0; start < unique.length; start += MAX_PAGE_SIZE) {
      for (const [id, card] of await this.people.cards(unique.slice(start, start + MAX_PAGE_SIZE))) {
        people.set(id, { id, firstName: card.firstName, lastName: card.lastName });
      }
    }
    return people;
  }
}
