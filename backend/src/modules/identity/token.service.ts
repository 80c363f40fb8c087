import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';

/** Access tokens live a quarter of an hour; the refresh token renews them. */
export const ACCESS_TOKEN_SECONDS = 15 * 60;
/** A session ends after 30 days whatever happens, or after 14 days without use. */
export const SESSION_MAX_DAYS = 30;
export const SESSION_IDLE_DAYS = 14;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

export interface AccessClaims {
  sub: string;
  sid: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  /** Opens a session for the user and returns its first token pair. */
  async openSession(manager: EntityManager, userId: string): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + SESSION_MAX_DAYS * 86_400_000);
    const [session]: { id: string }[] = await manager.query(
      `INSERT INTO sessions (user_id, token_hash, created_at, last_used_at, expires_at)
       VALUES ($1, $2, $3, $3, $4) RETURNING id`,
      [userId, hashToken(refreshToken), now.toISOString(), expiresAt.toISOString()],
    );
    return { accessToken: this.accessToken({ sub: userId, sid: session.id }), refreshToken };
  }

  accessToken(claims: AccessClaims): string {
    // Times come from the injected clock, so tests that move it get tokens that expire with it.
    const now = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.sign({ ...claims, iat: now, exp: now + ACCESS_TOKEN_SECONDS }, { algorithm: 'HS256' });
  }
}

export type RotationOutcome =
  { kind: 'rotated'; userId: string; pair: TokenPair } | { kind: 'refused' } | { kind: 'replayed' };

/**
 * Rotates a refresh token: the current one is exchanged for a new pair once. An old token presented
 * again means it leaked: the whole session (its rotation family) is revoked.
 */
export async function rotateRefreshToken(
  manager: EntityManager,
  tokens: TokenService,
  refreshToken: string,
  now: Date,
): Promise<RotationOutcome> {
  const presented = hashToken(refreshToken);
  const [current]: { id: string; user_id: string; expires_at: Date; last_used_at: Date; revoked_at: Date | null }[] =
    await manager.query(
      `SELECT id, user_id, expires_at, last_used_at, revoked_at FROM sessions WHERE token_hash = $1 FOR UPDATE`,
      [presented],
    );
  if (!current) {
    const [replayed]: { id: string }[] = await manager
      .query(`UPDATE sessions SET revoked_at = coalesce(revoked_at, $2) WHERE $1 = ANY(previous_hashes) RETURNING id`, [
        presented,
        now,
      ])
      .then(([rows]: [{ id: string }[]]) => rows);
    return replayed ? { kind: 'replayed' } : { kind: 'refused' };
  }
  const idleLimit = now.getTime() - SESSION_IDLE_DAYS * 86_400_000;
  if (current.revoked_at || current.expires_at <= now || current.last_used_at.getTime() < idleLimit) {
    return { kind: 'refused' };
  }
  const next = randomBytes(32).toString('base64url');
  await manager.query(
    `UPDATE sessions SET token_hash = $2, previous_hashes = array_append(previous_hashes, token_hash), last_used_at = $3
     WHERE id = $1`,
    [current.id, hashToken(next), now],
  );
  return {
    kind: 'rotated',
    userId: current.user_id,
    pair: { accessToken: tokens.accessToken({ sub: current.user_id, sid: current.id }), refreshToken: next },
  };
}
