import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { backoffDelayMs, isJobKind, JOB_CATALOGUE } from './job-catalogue';
import { JobHandlerRegistry } from './job-handler-registry';

/**
 * - `held`: another worker holds the message's lease (or a dead one did, until it runs out): try again later.
 * - `busy`: nothing to do, the message was already sent or failed.
 */
export type ProcessResult = 'sent' | 'skipped' | 'held' | 'busy' | 'failed' | 'retry';

interface LeasedMessage {
  kind: string;
  payload: Record<string, string>;
  attempts: number;
}

/**
 * Does one outbox message, for the BullMQ worker and the in-process runner alike: lease it, run its
 * handler, and mark it sent only once the handler succeeded. The lease (`JOB_LEASE_SECONDS`) is renewed
 * while the handler runs, so a slow send keeps it however long it takes, and a killed worker's lease
 * runs out within one lease; only a crash between SMTP's acceptance and the final update can send twice.
 */
@Injectable()
export class OutboxProcessor {
  private readonly logger = new Logger(OutboxProcessor.name);
  readonly leaseSeconds: number;
  private readonly backoffScale: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: JobHandlerRegistry,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.leaseSeconds = config.jobLeaseSeconds;
    this.backoffScale = config.jobBackoffScale;
  }

  /**
   * @param reschedule without a queue, the runner's own retry: push `due_at` back by the backoff.
   * With BullMQ the queue's backoff does it, and the error is rethrown to it.
   */
  async process(messageId: string, reschedule: boolean): Promise<ProcessResult> {
    const now = this.clock.now();
    const leased: LeasedMessage[] = await this.dataSource
      .query(
        `UPDATE outbox_messages
       SET claimed_until = $2::timestamptz + make_interval(secs => $3), attempts = attempts + 1
       WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until < $2)
       RETURNING kind, payload, attempts`,
        [messageId, now.toISOString(), this.leaseSeconds],
      )
      .then(([rows]: [LeasedMessage[]]) => rows);
    const message = leased[0];
    if (!message) return this.whyNotLeased(messageId);
    if (!isJobKind(message.kind)) {
      await this.markFailed(messageId, `Unknown job kind ${message.kind}`);
      return 'failed';
    }

    const renewal = this.renewWhileWorking(messageId);
    try {
      const outcome = await this.handlers
        .handlerFor(message.kind)
        .handle(message.payload, { messageId, attempt: message.attempts })
        .finally(() => renewal.stop());
      await this.dataSource.query(
        `UPDATE outbox_messages SET sent_at = $2, outcome = $3, claimed_until = NULL, last_error = NULL WHERE id = $1`,
        [messageId, this.clock.now().toISOString(), outcome],
      );
      return outcome;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const exhausted = message.attempts >= JOB_CATALOGUE[message.kind].attempts;
      this.logger.warn({ messageId, kind: message.kind, attempt: message.attempts, exhausted, reason }, 'Job failed');
      if (exhausted) {
        await this.markFailed(messageId, reason);
      } else {
        const retryAt = new Date(
          this.clock.now().getTime() + backoffDelayMs(message.kind, message.attempts, this.backoffScale),
        );
        await this.dataSource.query(
          `UPDATE outbox_messages SET claimed_until = NULL, last_error = $2,
             due_at = CASE WHEN $3 THEN $4::timestamptz ELSE due_at END
           WHERE id = $1`,
          [messageId, reason.slice(0, 2000), reschedule, retryAt.toISOString()],
        );
      }
      if (!reschedule) throw error;
      return exhausted ? 'failed' : 'retry';
    }
  }

  /**
   * Extends the lease every third of it, so that it never runs out under a live worker. `stop` waits for a
   * renewal in flight, which must not land after the final update and hold a message that failed.
   */
  private renewWhileWorking(messageId: string): { stop(): Promise<void> } {
    let inFlight: Promise<unknown> = Promise.resolve();
    const timer = setInterval(
      () => {
        inFlight = this.dataSource
          .query(
            `UPDATE outbox_messages SET claimed_until = $2::timestamptz + make_interval(secs => $3)
           WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL`,
            [messageId, this.clock.now().toISOString(), this.leaseSeconds],
          )
          .catch((error) => this.logger.warn({ err: error, messageId }, 'Could not renew the lease'));
      },
      (this.leaseSeconds * 1000) / 3,
    );
    return {
      async stop() {
        clearInterval(timer);
        await inFlight;
      },
    };
  }

  private async whyNotLeased(messageId: string): Promise<ProcessResult> {
    const [row]: { pending: boolean }[] = await this.dataSource.query(
      `SELECT sent_at IS NULL AND failed_at IS NULL AS pending FROM outbox_messages WHERE id = $1`,
      [messageId],
    );
    return row?.pending ? 'held' : 'busy';
  }

  private async markFailed(messageId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET failed_at = now(), claimed_until = NULL, last_error = $2 WHERE id = $1`,
      [messageId, reason.slice(0, 2000)],
    );
  }
}
