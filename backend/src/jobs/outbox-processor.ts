import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { backoffDelayMs, isJobKind, JOB_CATALOGUE } from './job-catalogue';
import { JobHandlerRegistry } from './job-handler-registry';

/** How long a worker holds a message before another may take it; longer than any send should take. */
export const LEASE_SECONDS = 120;

export type ProcessResult = 'sent' | 'skipped' | 'busy' | 'failed' | 'retry';

interface LeasedMessage {
  kind: string;
  payload: Record<string, string>;
  attempts: number;
}

/**
 * Does one outbox message, for the BullMQ worker and the in-process runner alike: lease it, run its
 * handler, and mark it sent only once the handler succeeded. A worker killed mid-send leaves a lease
 * that expires; only a crash between SMTP's acceptance and the final update can send twice.
 */
@Injectable()
export class OutboxProcessor {
  private readonly logger = new Logger(OutboxProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: JobHandlerRegistry,
    private readonly clock: Clock,
  ) {}

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
        [messageId, now.toISOString(), LEASE_SECONDS],
      )
      .then(([rows]: [LeasedMessage[]]) => rows);
    const message = leased[0];
    if (!message) return 'busy';
    if (!isJobKind(message.kind)) {
      await this.markFailed(messageId, `Unknown job kind ${message.kind}`);
      return 'failed';
    }

    try {
      const outcome = await this.handlers.handlerFor(message.kind).handle(message.payload, {
        messageId,
        attempt: message.attempts,
      });
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
        const retryAt = new Date(this.clock.now().getTime() + backoffDelayMs(message.kind, message.attempts));
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

  private async markFailed(messageId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE outbox_messages SET failed_at = now(), claimed_until = NULL, last_error = $2 WHERE id = $1`,
      [messageId, reason.slice(0, 2000)],
    );
  }
}
