import { Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { PollingLoop } from './polling-loop';
import { isJobKind, JOB_CATALOGUE, JOB_QUEUE, JobKind, queueJobId } from './job-catalogue';
import { Redis } from 'ioredis';
import { producerConnection, settleWithin } from './redis-connections';

interface DueRow {
  id: string;
  kind: string;
  key: string;
}

/** A relayed message that no worker finished by then is handed to BullMQ again (Redis may have lost it). */
const STALE_AFTER_SECONDS = 600;
const BATCH = 200;

/**
 * Hands due outbox rows to BullMQ with deterministic job ids. Rows are claimed with `FOR UPDATE SKIP
 * LOCKED`, so any number of API and worker processes can relay at once; when Redis is down the add
 * fails fast, the transaction rolls back, and the rows wait for the next pass.
 */
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queue: Queue;
  private readonly connection: Redis;
  private readonly loop: PollingLoop;
  private redisDownSince: number | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    redisUrl: string,
    /** `JOB_BACKOFF_SCALE`: 1 but in tests. */
    private readonly backoffScale = 1,
    intervalMs = 1000,
  ) {
    this.loop = new PollingLoop(() => this.relayOnce(), intervalMs, this.logger, 'Outbox relay pass failed');
    this.connection = producerConnection(redisUrl);
    this.queue = new Queue(JOB_QUEUE, { connection: this.connection });
    // Connection errors surface as failed adds; the listener only keeps them from crashing the process.
    this.queue.on('error', () => undefined);
  }

  start(): void {
    this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    await settleWithin(this.queue.close(), 2000);
    // BullMQ leaves a connection it was given open: it is ours to close.
    this.connection.disconnect();
  }

  /** One pass: returns how many messages were handed to BullMQ. */
  async relayOnce(): Promise<number> {
    const now = this.clock.now();
    await this.dataSource.query(
      `UPDATE outbox_messages SET relayed_at = NULL
       WHERE sent_at IS NULL AND failed_at IS NULL AND relayed_at < $1::timestamptz - make_interval(secs => $2)
         AND (claimed_until IS NULL OR claimed_until < $1)`,
      [now.toISOString(), STALE_AFTER_SECONDS],
    );
    return this.dataSource
      .transaction(async (manager) => {
        const rows: DueRow[] = await manager.query(
          `SELECT id, kind, key FROM outbox_messages
         WHERE relayed_at IS NULL AND sent_at IS NULL AND failed_at IS NULL AND due_at <= $1
         ORDER BY due_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [now.toISOString(), BATCH],
        );
        if (!rows.length) return 0;
        const jobs = rows
          .filter((row): row is DueRow & { kind: JobKind } => isJobKind(row.kind))
          .map((row) => ({
            name: row.kind,
            data: { messageId: row.id },
            opts: {
              jobId: queueJobId(row.key),
              attempts: JOB_CATALOGUE[row.kind].attempts,
              backoff: {
                type: 'exponential',
                delay: Math.round(JOB_CATALOGUE[row.kind].backoffMs * this.backoffScale),
              },
              removeOnComplete: { age: 24 * 3600, count: 10_000 },
              removeOnFail: { age: 30 * 24 * 3600 },
            },
          }));
        try {
          await this.queue.addBulk(jobs);
        } catch (error) {
          if (this.redisDownSince === undefined) {
            this.redisDownSince = Date.now();
            this.logger.warn({ err: error }, 'Redis is unreachable: outbox messages wait in PostgreSQL');
          }
          throw new RelayPostponed();
        }
        if (this.redisDownSince !== undefined) {
          this.logger.log(`Redis is back after ${Math.round((Date.now() - this.redisDownSince) / 1000)} s: relaying`);
          this.redisDownSince = undefined;
        }
        await manager.query(`UPDATE outbox_messages SET relayed_at = $2 WHERE id = ANY($1::uuid[])`, [
          rows.map((r) => r.id),
          now.toISOString(),
        ]);
        return rows.length;
      })
      .catch((error) => {
        if (error instanceof RelayPostponed) return 0;
        throw error;
      });
  }
}

/** Rolls the claiming transaction back when Redis refused the jobs. */
class RelayPostponed extends Error {}
