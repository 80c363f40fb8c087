import { Logger } from '@nestjs/common';
import { Worker } from 'bullmq';
import { JOB_QUEUE } from './job-catalogue';
import { OutboxProcessor } from './outbox-processor';
import { Redis } from 'ioredis';
import { settleWithin, workerConnection } from './redis-connections';

const CLOSE_TIMEOUT_MS = 10_000;

/** The BullMQ side: each job names an outbox message, which the processor leases and does. */
export class QueueWorker {
  private readonly logger = new Logger(QueueWorker.name);
  private readonly worker: Worker;
  private readonly connection: Redis;

  constructor(processor: OutboxProcessor, redisUrl: string, concurrency = 4) {
    this.connection = workerConnection(redisUrl);
    this.worker = new Worker(JOB_QUEUE, async (job) => processor.process(String(job.data.messageId), false), {
      connection: this.connection,
      concurrency,
      autorun: false,
    });
    this.worker.on('error', (error) => this.logger.warn({ err: error }, 'Queue worker connection error'));
  }

  start(): void {
    void this.worker.run().catch((error) => this.logger.error({ err: error }, 'Queue worker stopped'));
  }

  /** Finishes the jobs in hand, or gives up after a while and leaves their leases to expire. */
  async stop(): Promise<void> {
    if (!(await settleWithin(this.worker.close(), CLOSE_TIMEOUT_MS))) {
      this.logger.warn('Queue worker did not close in time; its jobs will be taken again once their lease expires');
      await settleWithin(this.worker.close(true), 1000);
    }
    this.connection.disconnect();
  }
}
