import { Logger } from '@nestjs/common';
import { Worker } from 'bullmq';
import { JOB_QUEUE } from './job-catalogue';
import { OutboxProcessor } from './outbox-processor';
import { settleWithin, workerConnectionOptions } from './redis-connections';

const CLOSE_TIMEOUT_MS = 10_000;

/** The BullMQ side: each job names an outbox message, which the processor leases and does. */
export class QueueWorker {
  private readonly logger = new Logger(QueueWorker.name);
  private readonly worker: Worker;

  constructor(processor: OutboxProcessor, redisUrl: string, concurrency = 4) {
    this.worker = new Worker(JOB_QUEUE, async (job) => processor.process(String(job.data.messageId), false), {
      connection: workerConnectionOptions(redisUrl),
      concurrency,
      autorun: false,
    });
    this.worker.on('error', (error) => this.logger.warn({ err: error }, 'Queue worker connection error'));
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
