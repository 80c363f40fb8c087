import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { InProcessRunner } from './in-process-runner';
import { OutboxProcessor } from './outbox-processor';
import { OutboxRelay } from './outbox-relay';
import { QueueWorker } from './queue-worker';

/** Whether this process serves HTTP (`api`) or only works jobs (`worker`, `npm run worker`). */
export type ProcessRole = 'api' | 'worker';
export const PROCESS_ROLE = Symbol('ProcessRole');

/**
 * Starts what this process does with the outbox:
 * - without Redis, the in-process runner (one process only);
 * - with Redis, the relay in every process, and the BullMQ worker in worker processes
 *   (and in the API too when `JOBS_IN_API=true`).
 */
@Injectable()
export class JobsRuntime implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsRuntime.name);
  readonly relay: OutboxRelay | undefined;
  readonly worker: QueueWorker | undefined;
  readonly runner: InProcessRunner | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(PROCESS_ROLE) role: ProcessRole,
    dataSource: DataSource,
    processor: OutboxProcessor,
    clock: Clock,
  ) {
    if (config.redisUrl) {
      this.relay = new OutboxRelay(dataSource, clock, config.redisUrl, config.jobBackoffScale);
      if (role === 'worker' || config.jobsInApi) this.worker = new QueueWorker(processor, config.redisUrl);
    } else {
      this.runner = new InProcessRunner(dataSource, processor, clock);
    }
  }

  onApplicationBootstrap(): void {
    this.relay?.start();
    this.worker?.start();
    this.runner?.start();
    const parts = [
      this.relay && 'relay to BullMQ',
      this.worker && 'BullMQ worker',
      this.runner && 'in-process runner',
    ].filter(Boolean);
    this.logger.log(`Jobs: ${parts.join(' + ')}`);
  }

  /** Before the database pool closes, so that the job in hand can still be marked done. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.relay?.stop(), this.worker?.stop(), this.runner?.stop()]);
  }
}
