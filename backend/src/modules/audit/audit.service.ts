import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { Page } from '../../common/pagination/page';
import { AuditEntryView, AuditQuery } from './audit.dto';

export interface AuditRecord {
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

/** Writes the log in the caller's transaction, so that an action and its trace stand or fall together. */
@Injectable()
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(manager: EntityManager, actor: Principal, entry: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO audit_log (at, actor_id, actor_role, action, subject_type, subject_id, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        this.clock.now(),
        actor.userId,
        actor.role,
        entry.action,
        entry.subjectType,
        entry.subjectId,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  /**
   * Who did `action` to each of `subjectIds` (the first one to, if several): the host behind a booking made
   * for a member on the phone (`booking.create-on-behalf`). Subjects nobody did it to are absent.
   */
  async actorsOf(action: string, subjectIds: readonly string[]): Promise<Map<string, string>> {
    if (!subjectIds.length) return new Map();
    const rows: { subject_id: string; actor_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (subject_id) subject_id, actor_id FROM audit_log
       WHERE action = $1 AND subject_id = ANY($2::text[]) ORDER BY subject_id, at, seq`,
      [action, [...subjectIds]],
    );
    return new Map(rows.map((row) => [row.subject_id, row.actor_id]));
  }

  async find(query: AuditQuery): Promise<Page<AuditEntryView>> {
    const params: unknown[] = [];
    const conditions: string[] = [];
    if (query.actorId) {
      params.push(query.actorId);
      conditions.push(`actor_id = $${params.length}`);
    }
    if (query.subjectId) {
      params.push(query.subjectId);
      conditions.push(`subject_id = $${params.length}`);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_log ${where}`, params);
    params.push(query.limit, query.offset);
    const rows = await this.dataSource.query(
      `SELECT id, at, actor_id, actor_role, action, subject_type, subject_id, details FROM audit_log ${where}
       ORDER BY at DESC, seq DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return {
      total,
      items: rows.map((r: Record<string, unknown>) => ({
        id: r['id'] as string,
        at: (r['at'] as Date).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        actorId: r['actor_id'] as string,
        actorRole: r['actor_role'] as string,
        action: r['action'] as string,
        subjectType: r['subject_type'] as string,
        subjectId: r['subject_id'] as string,
        details: r['details'] as Record<string, unknown>,
      })),
    };
  }
}
