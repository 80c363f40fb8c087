import { Logger } from '@nestjs/common';
import { DelayedError, Job, Worker } from 'bullmq';
import { JOB_QUEUE } from './job-catalogue';
import { OutboxProcessor, ProcessResult } from './outbox-processor';
import { settleWithin, workerConnectionOptions } from './redis-connections';

const CLOSE_TIMEOUT_MS = 10_000;
/**
 * A job whose worker died is moved back to wait once per death; more deaths than this and BullMQ fails it
 * (kept, with its outbox row unsent, for an officer to retry).
 */
const MAX_STALLED = 5;

/**
 * The BullMQ side: each job names an outbox message, which the processor leases and does.
 *
 * A worker killed mid-job (SIGKILL, out of memory, a lost machine) stops renewing both of its holds: the
 * BullMQ lock on the job and the lease on the outbox row, each lasting `JOB_LEASE_SECONDS`. BullMQ's
 * stalled-job check, run by every live worker at that same interval, puts the job back in the queue; if it
 * comes back before the row's lease ran out, the processor answers `held` and the job waits one lease
 * instead of completing with nothing done (which would have lost the message until the relay's staleness
 * pass, and even then BullMQ ignores an add whose job id it still keeps).
 */
export class QueueWorker {
  private readonly logger = new Logger(QueueWorker.name);
  private readonly worker: Worker;

  constructor(
    private readonly processor: OutboxProcessor,
    redisUrl: string,
    /** `JOB_CONCURRENCY`. */
    concurrency: number,
  ) {
    const lockMs = processor.leaseSeconds * 1000;
    this.worker = new Worker(JOB_QUEUE, (job, token) => this.work(job, token), {
      connection: workerConnectionOptions(redisUrl),
      concurrency,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: MAX_STALLED,
      autorun: false,
    });
    this.worker.on('error', (error) => this.logger.warn({ err: error }, 'Queue worker connection error'));
  }

  private async work(job: Job, token: string | undefined): Promise<ProcessResult> {
    const result = await this.processor.process(String(job.data.messageId), false);
    if (result !== 'held') return result;
    await job.moveToDelayed(Date.now() + this.processor.leaseSeconds * 1000, token);
    throw new DelayedError();
  }

  start(): void {
    void this.worker.run().catch((error) => this.logger.error({ err: error }, 'Queue worker stopped'));
  }

  /**
   * Finishes the jobs in hand, or gives up after a while and leaves their leases to expire. With Redis
   * unreachable there is nothing to finish, and a polite close would wait for it forever.
   */
  async stop(): Promise<void> {
    const reachable = await settleWithin(this.worker.waitUntilReady(), 500);
    const patience = reachable ? CLOSE_TIMEOUT_MS : 0;
    if (!(await settleWithin(this.worker.close(), patience))) {
      if (patience) this.logger.warn('Queue worker did not close in time; its jobs will be taken again');
      await settleWithin(this.worker.disconnect(), 1000);
    }
  }
}
