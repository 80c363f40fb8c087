import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { AuditService } from '../../modules/audit/audit.service';
import { isJobKind, JOB_CATALOGUE, queueJobId } from '../job-catalogue';
import { JobNotFailed } from './jobs-admin.errors';
import { JOBS_DASHBOARD_PATH } from './jobs-dashboard-path';
import { JobPage, JobsQuery, JobsSummary, JobState, JobView } from './jobs-admin.dto';
import { OutboxQueue } from './outbox-queue';

/** Outbox messages have no site: their times are told in the network's zone. */
const NETWORK_ZONE = 'Europe/Paris';

interface MessageRow {
  id: string;
  kind: string;
  key: string;
  payload: Record<string, string>;
  state: JobState;
  due_at: Date;
  attempts: number;
  last_error: string | null;
  failed_at: Date | null;
  sent_at: Date | null;
  outcome: string | null;
  created_at: Date;
}

const COLUMNS = `id, kind, key, payload, due_at, attempts, last_error, failed_at, sent_at, outcome, created_at,
  CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN failed_at IS NOT NULL THEN 'failed'
       WHEN due_at > clock.now THEN 'scheduled' ELSE 'pending' END AS state`;

/** "Now" as `clock.now` for the state conditions, from the first parameter. */
const WITH_CLOCK = `outbox_messages CROSS JOIN (SELECT $1::timestamptz AS now) AS clock`;

/** Each state as a condition on the row (with `clock`), and the order that reads best in it. */
const STATES: Record<JobState, { where: string; order: string }> = {
  sent: { where: 'sent_at IS NOT NULL', order: 'sent_at DESC, id' },
  failed: { where: 'sent_at IS NULL AND failed_at IS NOT NULL', order: 'failed_at DESC, id' },
  scheduled: { where: 'sent_at IS NULL AND failed_at IS NULL AND due_at > clock.now', order: 'due_at, id' },
  pending: { where: 'sent_at IS NULL AND failed_at IS NULL AND due_at <= clock.now', order: 'due_at, id' },
};

function instant(value: Date): string {
  return DateTime.fromJSDate(value, { zone: NETWORK_ZONE })
    .set({ millisecond: 0 })
    .toISO({ suppressMilliseconds: true })!;
}

/**
 * SMTP refusals quote the recipient (`550 <camille@example.fr>: unknown user`): the officers' view of jobs
 * shows ids, not people, so addresses are masked.
 */
export function maskEmailAddresses(text: string): string {
  return text.replace(/[^\s<>()[\]{}"',;:@]+@[^\s<>()[\]{}"',;:@]+/g, '…@…');
}

function viewOf(row: MessageRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    key: row.key,
    payload: row.payload,
    state: row.state,
    dueAt: instant(row.due_at),
    attempts: row.attempts,
    maxAttempts: isJobKind(row.kind) ? JOB_CATALOGUE[row.kind].attempts : row.attempts,
    lastError: row.last_error === null ? null : maskEmailAddresses(row.last_error),
    failedAt: row.failed_at && instant(row.failed_at),
    sentAt: row.sent_at && instant(row.sent_at),
    outcome: row.outcome,
    createdAt: instant(row.created_at),
  };
}

/**
 * The officers' view of the outbox, which is the truth about every job (BullMQ is only how it travels), and
 * the retry of a message that gave up.
 */
@Injectable()
export class JobsAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queue: OutboxQueue,
    private readonly audit: AuditService,
  ) {}

  async list(query: JobsQuery): Promise<JobPage> {
    const params: unknown[] = [this.clock.now().toISOString()];
    const conditions: string[] = [];
    if (query.state) conditions.push(STATES[query.state].where);
    if (query.kind) {
      params.push(query.kind);
      conditions.push(`kind = $${params.length}`);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const order = query.state ? STATES[query.state].order : 'created_at DESC, id';
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM ${WITH_CLOCK} ${where}`,
      params,
    );
    params.push(query.limit, query.offset);
    const rows: MessageRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM ${WITH_CLOCK} ${where}
       ORDER BY ${order} LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(viewOf), total };
  }

  async summary(): Promise<JobsSummary> {
    const now = this.clock.now();
    const [counts]: {
      sent: number;
      failed: number;
      scheduled: number;
      pending: number;
      oldest_pending: Date | null;
    }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${STATES.sent.where})::int AS sent,
              count(*) FILTER (WHERE ${STATES.failed.where})::int AS failed,
              count(*) FILTER (WHERE ${STATES.scheduled.where})::int AS scheduled,
              count(*) FILTER (WHERE ${STATES.pending.where})::int AS pending,
              min(due_at) FILTER (WHERE ${STATES.pending.where}) AS oldest_pending
       FROM ${WITH_CLOCK}`,
      [now.toISOString()],
    );
    const failedByKind: { kind: string; count: number }[] = await this.dataSource.query(
      `SELECT kind, count(*)::int AS count FROM outbox_messages WHERE ${STATES.failed.where}
       GROUP BY kind ORDER BY count(*) DESC, kind`,
    );
    const oldest = counts.oldest_pending;
    return {
      counts: { failed: counts.failed, pending: counts.pending, scheduled: counts.scheduled, sent: counts.sent },
      failedByKind,
      oldestPendingDueAt: oldest && instant(oldest),
      oldestPendingAgeSeconds: oldest && Math.max(0, Math.floor((now.getTime() - oldest.getTime()) / 1000)),
      transport: this.queue.inUse ? 'bullmq' : 'in_process',
      dashboardPath: this.queue.inUse ? JOBS_DASHBOARD_PATH : null,
    };
  }

  /**
   * Gives a failed message a fresh set of tries, due now. With Redis, the failed BullMQ job kept under the
   * same id is removed first: BullMQ silently ignores an add while a job with that id is kept, so without
   * this the relay would hand the message over and nothing would ever run it.
   */
  async retry(id: string, principal: Principal): Promise<JobView> {
    if (!isUUID(id)) throw new NotFound('Job', id);
    return this.dataSource.transaction((manager) => this.retryIn(manager, id, principal));
  }

  /** The dashboard's retry button on one BullMQ job: the message it stands for is retried as above. */
  async retryQueueJob(jobId: string, principal: Principal): Promise<JobView> {
    const messageId = await this.queue.messageIdOf(jobId);
    if (!messageId) throw new NotFound('Job', jobId);
    return this.retry(messageId, principal);
  }

  /** The dashboard's "retry all" on failed jobs: each failed message among them, the others left as they are. */
  async retryFailedQueueJobs(principal: Principal): Promise<{ retried: number; skipped: number }> {
    const ids = await this.queue.failedMessageIds();
    let retried = 0;
    for (const id of ids) {
      const done = await this.retry(id, principal).then(
        () => true,
        (error: unknown) => {
          if (error instanceof JobNotFailed || error instanceof NotFound) return false;
          throw error;
        },
      );
      if (done) retried += 1;
    }
    return { retried, skipped: ids.length - retried };
  }

  private async retryIn(manager: EntityManager, id: string, principal: Principal): Promise<JobView> {
    const now = this.clock.now();
    const [row]: MessageRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM ${WITH_CLOCK} WHERE id = $2 FOR UPDATE OF outbox_messages`,
      [now.toISOString(), id],
    );
    if (!row) throw new NotFound('Job', id);
    if (row.state !== 'failed') throw new JobNotFailed(row.state);
    // Under the row's lock: no relay or worker takes a failed row, so nothing adds the job back meanwhile.
    if (this.queue.inUse) await this.queue.removeKept(queueJobId(row.key));
    const [[updated]]: [MessageRow[]] = await manager.query(
      `UPDATE outbox_messages
       SET failed_at = NULL, attempts = 0, last_error = NULL, due_at = $1, relayed_at = NULL, claimed_until = NULL
       FROM (SELECT $1::timestamptz AS now) AS clock
       WHERE id = $2 RETURNING ${COLUMNS}`,
      [now.toISOString(), id],
    );
    await this.audit.record(manager, principal, {
      action: 'job.retry',
      subjectType: 'job',
      subjectId: id,
      details: { kind: row.kind, attempts: row.attempts },
    });
    return viewOf(updated);
  }
}
