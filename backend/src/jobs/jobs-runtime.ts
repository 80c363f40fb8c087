import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { InProcessRunner } from './in-process-runner';
import { OutboxProcessor } from './outbox-processor';
import { OutboxRelay } from './outbox-relay';
import { QueueWorker } from './queue-worker';
import { RecurringScheduler } from './recurring-scheduler';
import { RecurringTaskRegistry } from './recurring-task-registry';
import { RecurringTimer } from './recurring-timer';

/** Whether this process serves HTTP (`api`) or only works jobs (`worker`, `npm run worker`). */
export type ProcessRole = 'api' | 'worker';
export const PROCESS_ROLE = Symbol('ProcessRole');

/**
 * Starts what this process does with the outbox:
 * - without Redis, the in-process runner (one process only) and the recurring tasks' timer;
 * - with Redis, the relay in every process, and the BullMQ worker in worker processes
 *   (and in the API too when `JOBS_IN_API=true`); the recurring tasks' schedulers are registered by every
 *   process and run by the same processes as the worker.
 */
@Injectable()
export class JobsRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsRuntime.name);
  readonly relay: OutboxRelay | undefined;
  readonly worker: QueueWorker | undefined;
  readonly runner: InProcessRunner | undefined;
  readonly scheduler: RecurringScheduler | undefined;
  readonly timer: RecurringTimer | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(PROCESS_ROLE) role: ProcessRole,
    dataSource: DataSource,
    processor: OutboxProcessor,
    clock: Clock,
    private readonly recurring: RecurringTaskRegistry,
  ) {
    if (config.redisUrl) {
      const works = role === 'worker' || config.jobsInApi;
      this.relay = new OutboxRelay(dataSource, clock, config.redisUrl, config.jobBackoffScale);
      if (works) this.worker = new QueueWorker(processor, config.redisUrl, config.jobConcurrency);
      this.scheduler = new RecurringScheduler(recurring, clock, config.redisUrl, {
        work: works,
        backoffScale: config.jobBackoffScale,
      });
    } else {
      this.runner = new InProcessRunner(dataSource, processor, clock);
      this.timer = new RecurringTimer(recurring, clock);
    }
  }

  onApplicationBootstrap(): void {
    this.relay?.start();
    this.worker?.start();
    this.runner?.start();
    this.scheduler?.start();
    this.timer?.start();
    const parts = [
      this.relay && 'relay to BullMQ',
      this.worker && 'BullMQ worker',
      this.runner && 'in-process runner',
      this.scheduler && `recurring tasks on BullMQ's scheduler (${this.recurring.all().length})`,
      this.timer && `recurring tasks' timer (${this.recurring.all().length})`,
    ].filter(Boolean);
    this.logger.log(`Jobs: ${parts.join(' + ')}`);
  }

  /** Before the database pool closes, so that the job in hand can still be marked done. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([
      this.relay?.stop(),
      this.worker?.stop(),
      this.runner?.stop(),
      this.scheduler?.stop(),
      this.timer?.stop(),
    ]);
  }
}
