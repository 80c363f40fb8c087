import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { InvalidInput } from '../../common/problem/domain-error';
import { AccountTokenPurpose } from './entities/account-token.entity';
import { hashToken } from './token.service';

/** How long each kind of link works. */
export const LINK_LIFETIME_HOURS: Record<AccountTokenPurpose, number> = {
  verify_email: 7 * 24,
  reset_password: 1,
  change_email: 24,
};

export const LINK_PATHS: Record<AccountTokenPurpose, string> = {
  verify_email: '/compte/verifier-email',
  reset_password: '/compte/nouveau-mot-de-passe',
  change_email: '/compte/verifier-email',
};

export interface UsedLink {
  id: string;
  userId: string;
  newEmail: string | null;
}

/**
 * Single-use, expiring links sent by e-mail. The request creates the row; the mail job gives it its
 * secret when it sends (the outbox carries ids, never secrets), so only the hash is ever stored.
 */
@Injectable()
export class AccountLinks {
  constructor(private readonly clock: Clock) {}

  async create(
    manager: EntityManager,
    userId: string,
    purpose: AccountTokenPurpose,
    newEmail?: string,
  ): Promise<string> {
    const expiresAt = new Date(this.clock.now().getTime() + LINK_LIFETIME_HOURS[purpose] * 3600_000);
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO account_tokens (user_id, purpose, token_hash, new_email, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      // A placeholder nobody knows until the mail job sets the real secret.
      [userId, purpose, hashToken(randomBytes(32).toString('base64url')), newEmail ?? null, expiresAt],
    );
    return row.id;
  }

  /** Gives the link its secret; undefined when it was used or has expired meanwhile. */
  async arm(manager: EntityManager, linkId: string): Promise<string | undefined> {
    const secret = randomBytes(32).toString('base64url');
    const [rows]: [{ id: string }[]] = await manager.query(
      `UPDATE account_tokens SET token_hash = $2 WHERE id = $1 AND used_at IS NULL AND expires_at > $3 RETURNING id`,
      [linkId, hashToken(secret), this.clock.now()],
    );
    return rows.length ? secret : undefined;
  }

  /** Uses a link once; a wrong, used or expired one is a 400 on `token`. */
  async use(
    manager: EntityManager,
    purposes: AccountTokenPurpose[],
    secret: string,
  ): Promise<UsedLink & { purpose: AccountTokenPurpose }> {
    const [rows]: [{ id: string; user_id: string; new_email: string | null; purpose: AccountTokenPurpose }[]] =
      await manager.query(
        `UPDATE account_tokens SET used_at = $3
         WHERE token_hash = $1 AND purpose = ANY($2::text[]) AND used_at IS NULL AND expires_at > $3
         RETURNING id, user_id, new_email, purpose`,
        [hashToken(secret), purposes, this.clock.now()],
      );
    const row = rows[0];
    if (!row) throw new InvalidInput([{ field: 'token', message: 'this link is invalid, already used or expired' }]);
    return { id: row.id, userId: row.user_id, newEmail: row.new_email, purpose: row.purpose };
  }
}
