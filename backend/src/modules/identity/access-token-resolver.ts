import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { HostedSitesLookup, Principal, PrincipalResolver, Role } from '../../common/access/principal';
import { Unauthenticated } from '../../common/problem/domain-error';
import { AccessClaims, SESSION_IDLE_DAYS } from './token.service';

interface SessionRow {
  role: 'member' | 'admin';
  revoked_at: Date | null;
  expires_at: Date;
  last_used_at: Date;
}

/** Touching `last_used_at` on every request would write on every read; every few minutes is enough. */
const TOUCH_AFTER_MS = 5 * 60_000;

/**
 * Verifies an access token (HS256 only, `exp` checked against the injected clock) and loads the caller
 * as they are now: a revoked or idle session, or an erased account, is refused even with a token that
 * has not expired yet, and a host appointment counts at once.
 */
@Injectable()
export class AccessTokenResolver extends PrincipalResolver {
  constructor(
    private readonly jwt: JwtService,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly hostedSites: HostedSitesLookup,
  ) {
    super();
  }

  async resolve(bearerToken: string): Promise<Principal> {
    const now = this.clock.now();
    let claims: AccessClaims;
    try {
      claims = this.jwt.verify<AccessClaims>(bearerToken, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(now.getTime() / 1000),
      });
    } catch {
      throw new Unauthenticated('The access token is invalid or expired.');
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') {
      throw new Unauthenticated('The access token is invalid or expired.');
    }
    return this.resolveSession(claims.sub, claims.sid);
  }

  async resolveSession(userId: string, sessionId: string): Promise<Principal> {
    const now = this.clock.now();
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT u.role, s.revoked_at, s.expires_at, s.last_used_at
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = $1 AND s.user_id = $2`,
      [sessionId, userId],
    );
    const session = rows[0];
    const idleLimit = now.getTime() - SESSION_IDLE_DAYS * 86_400_000;
    if (
      !session ||
      session.revoked_at ||
      session.expires_at.getTime() <= now.getTime() ||
      session.last_used_at.getTime() < idleLimit
    ) {
      throw new Unauthenticated('The session has ended: sign in again.');
    }
    if (now.getTime() - session.last_used_at.getTime() > TOUCH_AFTER_MS) {
      await this.dataSource.query(`UPDATE sessions SET last_used_at = $2 WHERE id = $1`, [sessionId, now]);
    }
    const hostedSiteIds = await this.hostedSites.hostedSiteIds(userId);
    const role: Role = session.role === 'admin' ? 'admin' : hostedSiteIds.length ? 'host' : 'member';
    return { userId, sessionId, role, hostedSiteIds };
  }
}
