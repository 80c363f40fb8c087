import { BeforeApplicationShutdown, Inject, Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { JOB_QUEUE } from '../job-catalogue';
import { producerConnection, settleWithin } from '../redis-connections';
import { JobInProgress, QueueUnreachable } from './jobs-admin.errors';

/** An officer waits this long for Redis before being told it is unreachable. */
const REDIS_PATIENCE_MS = 3000;

/**
 * The BullMQ queue as officers see it: the dashboard reads it, a retry removes the job it kept. Opened on
 * first use only, so that worker processes (which serve neither) hold no extra Redis connection.
 */
@Injectable()
export class OutboxQueue implements BeforeApplicationShutdown {
  private opened: { queue: Queue; connection: Redis } | undefined;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Whether jobs go through BullMQ at all (`REDIS_URL` set). */
  get inUse(): boolean {
    return this.config.redisUrl !== undefined;
  }

  queue(): Queue {
    if (!this.config.redisUrl) throw new Error('REDIS_URL is not set: there is no BullMQ queue.');
    if (!this.opened) {
      const connection = producerConnection(this.config.redisUrl);
      const queue = new Queue(JOB_QUEUE, { connection });
      // Connection errors surface in the requests that need Redis; this only keeps them from crashing the process.
      queue.on('error', () => undefined);
      this.opened = { queue, connection };
    }
    return this.opened.queue;
  }

  /**
   * Removes the BullMQ job kept under this id (failed jobs are kept 30 days, completed ones a day), so that
   * the relay's next add is not silently ignored. Nothing kept is fine; a job a worker holds right now is not.
   */
  async removeKept(jobId: string): Promise<void> {
    const queue = this.queue();
    await this.withinPatience(async () => {
      const job = await queue.getJob(jobId);
      if (!job) return;
      try {
        await job.remove();
      } catch (error) {
        if (error instanceof Error && /locked/.test(error.message)) throw new JobInProgress();
        throw error;
      }
    });
  }

  /** The messages named by the jobs BullMQ holds as failed (`data.messageId`), for the dashboard's "retry all". */
  async failedMessageIds(): Promise<string[]> {
    const queue = this.queue();
    return this.withinPatience(async () => {
      const jobs = await queue.getFailed(0, -1);
      return jobs.map((job) => String((job.data as { messageId?: unknown }).messageId ?? '')).filter(Boolean);
    });
  }

  /** The message a BullMQ job stands for, or undefined when the queue keeps no such job. */
  async messageIdOf(jobId: string): Promise<string | undefined> {
    const queue = this.queue();
    return this.withinPatience(async () => {
      const job = await queue.getJob(jobId);
      const id = (job?.data as { messageId?: unknown } | undefined)?.messageId;
      return typeof id === 'string' ? id : undefined;
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (!this.opened) return;
    await settleWithin(this.opened.queue.close(), 2000);
    // BullMQ leaves a connection it was given open: it is ours to close.
    this.opened.connection.disconnect();
    this.opened = undefined;
  }

  /** A Redis that is down makes BullMQ wait for it forever: an officer gets a 503 instead. */
  private async withinPatience<T>(work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueueUnreachable()), REDIS_PATIENCE_MS);
    });
    try {
      return await Promise.race([
        work().catch((error: unknown) => {
          if (error instanceof JobInProgress) throw error;
          throw new QueueUnreachable();
        }),
        timeout,
      ]);
    } finally {
      clearTimeout(timer);
    }
  }
}
