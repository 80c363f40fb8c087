import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { OutboxQueue } from './admin/outbox-queue';

/** What the outbox table holds that still has to travel, for the metrics endpoint. */
export interface OutboxBacklog {
  /** Due, neither done nor given up, and not yet handed to BullMQ (without Redis: not yet worked). */
  waiting: number;
  /** Seconds since the oldest of them fell due; 0 when there is none. */
  oldestAgeSeconds: number;
  /** Messages whose tries are spent (`failed_at`), until an officer retries them. */
  failed: number;
}

/** BullMQ's view of the outbox queue, for the metrics endpoint. */
export interface QueueDepth {
  counts: { waiting: number; active: number; delayed: number; failed: number };
  /** Seconds since the oldest job waiting (or delayed for a retry) was added; 0 when there is none. */
  oldestWaitingAgeSeconds: number;
  oldestDelayedAgeSeconds: number;
}

/** How many delayed jobs are read to find the oldest: they are ordered by when they fall due, not by age. */
const DELAYED_SAMPLE = 1000;

/**
 * Read-only measures of the outbox and its queue, exported for monitoring: the table is the truth about every
 * job, BullMQ only about what is in transit.
 */
@Injectable()
export class OutboxMonitor {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly queue: OutboxQueue,
  ) {}

  async backlog(): Promise<OutboxBacklog> {
    const [row]: { waiting: number; oldest: Date | null; failed: number }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE failed_at IS NULL AND relayed_at IS NULL AND due_at <= $1)::int AS waiting,
              min(due_at) FILTER (WHERE failed_at IS NULL AND relayed_at IS NULL AND due_at <= $1) AS oldest,
              count(*) FILTER (WHERE failed_at IS NOT NULL)::int AS failed
       FROM outbox_messages WHERE sent_at IS NULL`,
      [this.clock.now()],
    );
    return {
      waiting: row.waiting,
      oldestAgeSeconds: row.oldest ? Math.max(0, (this.clock.now().getTime() - row.oldest.getTime()) / 1000) : 0,
      failed: row.failed,
    };
  }

  /** Undefined without Redis: jobs then never go through BullMQ. */
  async queueDepth(): Promise<QueueDepth | undefined> {
    if (!this.queue.inUse) return undefined;
    const queue = this.queue.queue();
    const [counts, [oldestWaiting], delayed] = await Promise.all([
      queue.getJobCounts('waiting', 'active', 'delayed', 'failed'),
      queue.getJobs(['waiting'], 0, 0, true),
      queue.getJobs(['delayed'], 0, DELAYED_SAMPLE - 1, true),
    ]);
    // Redis knows no injected clock: job timestamps are the machine's.
    const now = Date.now();
    const ageOf = (timestamps: number[]) =>
      timestamps.length ? Math.max(0, (now - Math.min(...timestamps)) / 1000) : 0;
    return {
      counts: {
        waiting: counts['waiting'] ?? 0,
        active: counts['active'] ?? 0,
        delayed: counts['delayed'] ?? 0,
        failed: counts['failed'] ?? 0,
      },
      oldestWaitingAgeSeconds: ageOf(oldestWaiting ? [oldestWaiting.timestamp] : []),
      oldestDelayedAgeSeconds: ageOf(delayed.filter(Boolean).map((job) => job.timestamp)),
    };
  }
}
