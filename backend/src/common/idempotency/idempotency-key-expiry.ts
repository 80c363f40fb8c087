import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { PollingLoop } from '../../jobs/polling-loop';
import { IdempotencyStore } from './idempotency.store';

const PURGE_INTERVAL_MS = 15 * 60_000;

/**
 * Deletes expired keys every quarter of an hour in every process. Expired rows are already ignored when a key
 * comes back, so this only keeps the table small; two processes deleting the same rows is harmless, which is
 * why a plain loop does here what would otherwise need an outbox job with a schedule of its own.
 */
@Injectable()
export class IdempotencyKeyExpiry implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IdempotencyKeyExpiry.name);
  private readonly loop: PollingLoop;

  constructor(store: IdempotencyStore) {
    this.loop = new PollingLoop(
      () => store.purgeExpired(),
      PURGE_INTERVAL_MS,
      this.logger,
      'Purging expired Idempotency-Keys failed',
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  /** Before the database pool closes, so that a pass in hand can finish. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }
}
