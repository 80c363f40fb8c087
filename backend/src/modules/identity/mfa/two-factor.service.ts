import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Principal } from '../../../common/access/principal';
import { Clock } from '../../../common/clock/clock';
import { InvalidInput, Unauthenticated } from '../../../common/problem/domain-error';
import { User } from '../entities/user.entity';
import { hashToken } from '../token.service';
import { matchingStep, newTotpSecret, otpauthUrl } from './totp';

const MFA_TOKEN_SECONDS = 5 * 60;
const RECOVERY_CODES = 10;

function newRecoveryCode(): string {
  // 10 characters from an alphabet without look-alikes, shown as xxxxx-xxxxx.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  const code = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Two-factor sign-in with an authenticator app (TOTP) and single-use recovery codes. */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly clock: Clock,
  ) {}

  async setUp(principal: Principal): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: principal.userId });
    const secret = newTotpSecret();
    await this.dataSource.query(`UPDATE users SET mfa_pending_secret = $2 WHERE id = $1`, [user.id, secret]);
    return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
  }

  /** Turns it on once a code proves the app holds the secret; answers the recovery codes, shown once. */
  async enable(principal: Principal, code: string): Promise<{ recoveryCodes: string[] }> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: principal.userId });
    const step = user.mfaPendingSecret ? matchingStep(user.mfaPendingSecret, code, this.clock.now()) : undefined;
    if (step === undefined)
      throw new InvalidInput([{ field: 'code', message: 'code does not match: set up again and retry' }]);
    const recoveryCodes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    await this.dataSource.query(
      `UPDATE users SET mfa_secret = mfa_pending_secret, mfa_pending_secret = NULL, mfa_last_step = $2,
         mfa_recovery_hashes = $3 WHERE id = $1`,
      [user.id, step, recoveryCodes.map(hashToken)],
    );
    return { recoveryCodes };
  }

  async disable(principal: Principal, code: string): Promise<void> {
    if (!(await this.consume(principal.userId, code))) {
      throw new InvalidInput([{ field: 'code', message: 'code does not match' }]);
    }
    await this.dataSource.query(
      `UPDATE users SET mfa_secret = NULL, mfa_last_step = NULL, mfa_recovery_hashes = '{}' WHERE id = $1`,
      [principal.userId],
    );
  }

  /** The proof of a good password, to be completed by a code within five minutes. */
  challengeToken(userId: string): string {
    const now = Math.floor(this.clock.now().getTime() / 1000);
    return this.jwt.sign(
      { sub: userId, purpose: 'mfa', iat: now, exp: now + MFA_TOKEN_SECONDS },
      { algorithm: 'HS256' },
    );
  }

  /** The user a challenge token and code sign in, or `Unauthenticated`. */
  async complete(mfaToken: string, code: string): Promise<string> {
    let claims: { sub?: unknown; purpose?: unknown };
    try {
      claims = this.jwt.verify(mfaToken, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
    } catch {
      throw new Unauthenticated('The sign-in step has expired: enter your password again.');
    }
    if (claims.purpose !== 'mfa' || typeof claims.sub !== 'string') throw new Unauthenticated('Invalid sign-in step.');
    if (!(await this.consume(claims.sub, code))) throw new Unauthenticated('The code does not match.');
    return claims.sub;
  }

  /** Accepts a TOTP code of a step not used yet, or an unused recovery code (then spent). */
  private async consume(userId: string, code: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user?.mfaSecret) return false;
    const trimmed = code.trim().toLowerCase();
    const step = matchingStep(user.mfaSecret, trimmed, this.clock.now());
    if (step !== undefined) {
      const [rows]: [unknown[]] = await this.dataSource.query(
        `UPDATE users SET mfa_last_step = $2 WHERE id = $1 AND (mfa_last_step IS NULL OR mfa_last_step < $2) RETURNING id`,
        [userId, step],
      );
      return rows.length === 1;
    }
    const [rows]: [unknown[]] = await this.dataSource.query(
      `UPDATE users SET mfa_recovery_hashes = array_remove(mfa_recovery_hashes, $2)
       WHERE id = $1 AND $2 = ANY(mfa_recovery_hashes) RETURNING id`,
      [userId, hashToken(trimmed)],
    );
    return rows.length === 1;
  }
}
