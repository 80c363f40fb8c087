import { Logger } from '@nestjs/common';
import { Job, Queue, Worker } from 'bullmq';
import { Clock } from '../common/clock/clock';
import { settleWithin, workerConnectionOptions } from './redis-connections';
import { missedToday } from './recurring-schedule';
import { RECURRING_QUEUE } from './recurring-task';
import type { RecurringTaskRegistry } from './recurring-task-registry';

const CLOSE_TIMEOUT_MS = 10_000;
/** A run that failed (the database away) is tried again: 1 min, 2, 4, 8. */
const ATTEMPTS = 5;
const BACKOFF_MS = 60_000;

/**
 * With Redis: each recurring task is a BullMQ job scheduler (`upsertJobScheduler`, the pattern read in the
 * task's zone) on its own queue, and worker processes run the occurrences it produces by calling the task.
 * Every process upserts at start-up, which is idempotent (one scheduler per id however many processes),
 * and removes the schedulers of tasks that no longer exist. The queue's connection keeps its commands
 * while Redis is away, so a process started during an outage registers its schedulers once Redis is back.
 *
 * An occurrence missed while no worker ran stays in Redis as a delayed job and runs when one comes back;
 * a process starting after today's occurrence also adds it once more (`missedToday`), in case Redis lost
 * it. Occurrences fall in real time (Redis's scheduler knows no injected clock); the task is handed the
 * occurrence it runs, so a late run still speaks of the right day.
 */
export class RecurringScheduler {
  private readonly logger = new Logger(RecurringScheduler.name);
  private readonly queue: Queue;
  private readonly worker: Worker | undefined;
  private readonly backoffMs: number;
  private registering: Promise<void> | undefined;

  constructor(
    private readonly registry: RecurringTaskRegistry,
    private readonly clock: Clock,
    redisUrl: string,
    options: { work: boolean; backoffScale: number },
  ) {
    this.backoffMs = Math.round(BACKOFF_MS * options.backoffScale);
    this.queue = new Queue(RECURRING_QUEUE, { connection: workerConnectionOptions(redisUrl) });
    this.queue.on('error', () => undefined);
    if (options.work) {
      this.worker = new Worker(RECURRING_QUEUE, (job) => this.work(job), {
        connection: workerConnectionOptions(redisUrl),
        concurrency: 1,
        autorun: false,
      });
      this.worker.on('error', (error) => this.logger.warn({ err: error }, 'Recurring worker connection error'));
    }
  }

  start(): void {
    this.registering = this.register().catch((error) =>
      this.logger.error({ err: error }, 'Could not register the recurring tasks with Redis'),
    );
    void this.worker?.run().catch((error) => this.logger.error({ err: error }, 'Recurring worker stopped'));
  }

  /** Resolves once every task's scheduler is in Redis (or registering failed, which is logged). */
  async registered(): Promise<void> {
    await this.registering;
  }

  async stop(): Promise<void> {
    const closing = [this.queue.close(), this.worker?.close()].filter(Boolean);
    const reachable = await settleWithin(this.queue.waitUntilReady(), 500);
    if (!(await settleWithin(Promise.all(closing), reachable ? CLOSE_TIMEOUT_MS : 0))) {
      if (reachable) this.logger.warn('Recurring worker did not close in time; its occurrence will run again');
      await settleWithin(Promise.all([this.queue.disconnect(), this.worker?.disconnect()]), 1000);
    }
  }

  private jobOptions() {
    return {
      attempts: ATTEMPTS,
      backoff: { type: 'exponential', delay: this.backoffMs },
      removeOnComplete: { count: 100 },
      removeOnFail: { age: 30 * 24 * 3600 },
    };
  }

  private async register(): Promise<void> {
    const tasks = this.registry.all();
    for (const { schedule } of tasks) {
      await this.queue.upsertJobScheduler(
        schedule.id,
        { pattern: schedule.pattern, tz: schedule.tz },
        { name: schedule.id, opts: this.jobOptions() },
      );
      const missed = missedToday(schedule, this.clock.now());
      if (missed) {
        // Ignored while a job of that id is kept: one catch-up per occurrence and day, whoever starts.
        await this.queue.add(
          schedule.id,
          { occurrence: missed.getTime() },
          { ...this.jobOptions(), jobId: `catch-up-${schedule.id}-${missed.getTime()}` },
        );
      }
    }
    const known = new Set(tasks.map((entry) => entry.schedule.id));
    for (const scheduler of await this.queue.getJobSchedulers()) {
      if (!known.has(scheduler.key)) await this.queue.removeJobScheduler(scheduler.key);
    }
  }

  private async work(job: Job): Promise<void> {
    const entry = this.registry.find(job.name);
    if (!entry) throw new Error(`No recurring task "${job.name}"`);
    // A scheduler's job carries its occurrence as `prevMillis`; a catch-up job, in its data.
    const occurrence = Number(job.data?.occurrence ?? job.opts.prevMillis ?? job.timestamp);
    await entry.task.run(new Date(occurrence));
  }
}
