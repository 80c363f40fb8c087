import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { IdempotencyKeyReused, IdempotentRequestInProgress } from './idempotency.errors';

/** How long a key names its first request; after that the same key is a new request. */
export const IDEMPOTENCY_KEY_LIFETIME_MS = 24 * 3600_000;

/** Either this request is the first with its key and acts, or it gets the first one's answer. */
export type IdempotencyClaim = { kind: 'first' } | { kind: 'replay'; status: number; body: unknown };

interface StoredRequest {
  fingerprint: string;
  status: number | null;
  body: unknown;
}

/** The `idempotent_requests` table: claim a key, keep the first answer, give the key back after a failure. */
@Injectable()
export class IdempotencyStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The primary key decides: of any number of requests with one key, one INSERT takes it (a concurrent one
   * waits on the index for that INSERT to commit, a few milliseconds, then finds the row). A row older than
   * the lifetime is taken over as if it were gone, so correctness never waits for the purge.
   */
  async claim(userId: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    // A first request that failed gives its key back; if that happens between our INSERT and our SELECT,
    // the key is free again and we try to take it once more.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const now = this.clock.now();
      const taken: unknown[] = await this.dataSource.query(
        `INSERT INTO idempotent_requests AS r (user_id, key, fingerprint, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, key) DO UPDATE
           SET fingerprint = excluded.fingerprint, created_at = excluded.created_at,
               status = NULL, body = NULL, completed_at = NULL
           WHERE r.created_at <= $5
         RETURNING 1`,
        [userId, key, fingerprint, now, this.expiredAt(now)],
      );
      if (taken.length > 0) return { kind: 'first' };
      const [first]: StoredRequest[] = await this.dataSource.query(
        `SELECT fingerprint, status, body FROM idempotent_requests WHERE user_id = $1 AND key = $2`,
        [userId, key],
      );
      if (!first) continue;
      if (first.fingerprint !== fingerprint) throw new IdempotencyKeyReused();
      if (first.status === null) throw new IdempotentRequestInProgress();
      return { kind: 'replay', status: first.status, body: first.body };
    }
    throw new IdempotentRequestInProgress();
  }

  /** The first request answered with success: later ones with its key get this answer. */
  async complete(userId: string, key: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotent_requests SET status = $3, body = $4, completed_at = $5
       WHERE user_id = $1 AND key = $2 AND status IS NULL`,
      [userId, key, status, body === undefined ? null : JSON.stringify(body), this.clock.now()],
    );
  }

  /** The first request failed: nothing is kept, and the same key may be sent again. */
  async release(userId: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotent_requests WHERE user_id = $1 AND key = $2 AND status IS NULL`, [
      userId,
      key,
    ]);
  }

  /** Forgets the keys past their lifetime; returns how many went. */
  async purgeExpired(): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM idempotent_requests WHERE created_at <= $1`,
      [this.expiredAt(this.clock.now())],
    );
    return count;
  }

  private expiredAt(now: Date): Date {
    return new Date(now.getTime() - IDEMPOTENCY_KEY_LIFETIME_MS);
  }
}
