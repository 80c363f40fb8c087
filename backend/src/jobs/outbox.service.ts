import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock/clock';
import { JobKind } from './job-catalogue';

export interface OutboxEntry {
  kind: JobKind;
  /** Deterministic: the same key twice is written once (`welcome-user-<id>`, `reminder-booking-<id>`). */
  key: string;
  /** Ids only. */
  payload: Record<string, string>;
  /** Defaults to now. */
  dueAt?: Date;
}

/**
 * The one way to schedule work. It writes into the caller's transaction, so the message exists exactly
 * when the business change does; the relay or the in-process runner takes it from there.
 */
@Injectable()
export class OutboxService {
  constructor(private readonly clock: Clock) {}

  async enqueue(manager: EntityManager, ...entries: OutboxEntry[]): Promise<void> {
    if (!entries.length) return;
    await manager.query(
      `INSERT INTO outbox_messages (kind, key, payload, due_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[])
       ON CONFLICT (key) DO NOTHING`,
      [
        entries.map((e) => e.kind),
        entries.map((e) => e.key),
        entries.map((e) => JSON.stringify(e.payload)),
        entries.map((e) => (e.dueAt ?? this.clock.now()).toISOString()),
      ],
    );
  }

  /**
   * Takes back a message that is no longer wanted (a reminder whose date or recipient changed) while it still
   * waits in PostgreSQL: not yet handed to the queue, not being worked on, not done. One already on its way is
   * left alone: handlers reload the state and skip what moved on. Frees the key, so that the same message can be
   * enqueued again later. Returns whether a message was taken back.
   */
  async withdraw(manager: EntityManager, key: string): Promise<boolean> {
    // A DELETE answers `[rows, rowCount]` through TypeORM's query().
    const [, count]: [unknown[], number] = await manager.query(
      `DELETE FROM outbox_messages
       WHERE key = $1 AND relayed_at IS NULL AND sent_at IS NULL AND failed_at IS NULL
         AND (claimed_until IS NULL OR claimed_until < $2)`,
      [key, this.clock.now().toISOString()],
    );
    return count > 0;
  }
}
