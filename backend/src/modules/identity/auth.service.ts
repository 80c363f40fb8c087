import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { DataSource, EntityManager } from 'typeorm';
import { HostedSitesLookup } from '../../common/access/principal';
import { InvalidInput } from '../../common/problem/domain-error';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { OutboxService } from '../../jobs/outbox.service';
import { TerritoryService } from '../territory/territory.service';
import { AuthResponse, MeView, RegisterRequest } from './dto/register.dto';
import { User } from './entities/user.entity';
import { AccountLocked, EmailTaken, RefreshRefused, WrongCredentials } from './identity.errors';
import { LoginRequest, TokenPairView } from './dto/session.dto';
import { AccountLinks } from './account-links';
import { AccountCreatedListeners } from './account-created';
import { EmployerLookup } from './employer-lookup';
import { MfaChallenge } from './mfa/two-factor.dto';
import { TwoFactorService } from './mfa/two-factor.service';
import { PasswordHasher } from './password-hasher';
import { passwordProblems } from './password-policy';
import { rotateRefreshToken, TokenService } from './token.service';

/** Consecutive failures that lock an account, and for how long. */
export const LOCK_AFTER_FAILURES = 10;
export const LOCK_MINUTES = 15;

export function toMe(user: User, hostedSiteIds: string[] = [], organizationId: string | null = null): MeView {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role === 'admin' ? 'admin' : hostedSiteIds.length ? 'host' : 'member',
    hostedSiteIds,
    homeCommuneCode: user.homeCommuneCode,
    organizationId,
    locale: user.locale,
    emailVerified: user.emailVerifiedAt !== null,
    mfaEnabled: user.mfaSecret !== null,
  };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly outbox: OutboxService,
    private readonly territory: TerritoryService,
    private readonly clock: Clock,
    private readonly hostedSites: HostedSitesLookup,
    private readonly employers: EmployerLookup,
    private readonly links: AccountLinks,
    private readonly twoFactor: TwoFactorService,
    private readonly accountCreated: AccountCreatedListeners,
  ) {}

  /**
   * Checks the password; counts failures per account and locks it for a while after too many, whatever
   * address they come from (the per-address limit is the rate limiter's).
   */
  async login(request: LoginRequest): Promise<AuthResponse | MfaChallenge> {
    const now = this.clock.now();
    const user = await this.dataSource.getRepository(User).findOneBy({ email: request.email });
    if (!user) {
      // Same work as for a real account, so that timing does not tell which addresses are registered.
      await this.hasher.verifyAgainstNobody(request.password);
      throw new WrongCredentials();
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new AccountLocked(Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000));
    }
    if (!(await this.hasher.verify(user.passwordHash, request.password))) {
      await this.dataSource.query(
        `UPDATE users SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
           locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $3::timestamptz + make_interval(mins => $4) END
         WHERE id = $1`,
        [user.id, LOCK_AFTER_FAILURES, now, LOCK_MINUTES],
      );
      throw new WrongCredentials();
    }
    await this.dataSource.query(`UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = $1`, [user.id]);
    if (user.mfaSecret) return { mfaRequired: true, mfaToken: this.twoFactor.challengeToken(user.id) };
    return this.signIn(user);
  }

  async completeTwoFactorSignIn(mfaToken: string, code: string): Promise<AuthResponse> {
    const userId = await this.twoFactor.complete(mfaToken, code);
    return this.signIn(await this.dataSource.getRepository(User).findOneByOrFail({ id: userId }));
  }

  private async signIn(user: User): Promise<AuthResponse> {
    // Read through the pool before the transaction, not inside it: a sign-in holding its transaction's
    // connection while waiting for two more can, with enough sign-ins at once, leave every pooled
    // connection idle in transaction and the API hung.
    const [hostedSiteIds, organizationId] = await Promise.all([
      this.hostedSites.hostedSiteIds(user.id),
      this.employers.organizationIdOf(user.id),
    ]);
    const pair = await this.dataSource.transaction((manager) => this.tokens.openSession(manager, user.id));
    return { user: toMe(user, hostedSiteIds, organizationId), ...pair };
  }

  async refresh(refreshToken: string): Promise<TokenPairView> {
    const outcome = await this.dataSource.transaction((manager) =>
      rotateRefreshToken(manager, this.tokens, refreshToken, this.clock.now()),
    );
    if (outcome.kind !== 'rotated') throw new RefreshRefused(outcome.kind === 'replayed');
    return outcome.pair;
  }

  async logout(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE sessions SET revoked_at = coalesce(revoked_at, $2) WHERE id = $1`, [
      sessionId,
      this.clock.now(),
    ]);
  }

  /**
   * Opens a member account. `within`, when given, runs in the same transaction once the account exists (a
   * newcomer's trial-day booking made on it): if it throws, no account is left behind.
   */
  async register(
    request: RegisterRequest,
    within?: (manager: EntityManager, user: MeView) => Promise<void>,
  ): Promise<AuthResponse> {
    const problems = passwordProblems(request.password, request.email);
    if (request.homeCommuneCode && !(await this.territory.findCommune(request.homeCommuneCode))) {
      problems.push({ field: 'homeCommuneCode', message: 'homeCommuneCode names no French commune' });
    }
    if (problems.length) throw new InvalidInput(problems);
    const passwordHash = await this.hasher.hash(request.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(User, {
            email: request.email,
            passwordHash,
            firstName: request.firstName,
            lastName: request.lastName,
            locale: request.locale ?? 'fr',
            homeCommuneCode: request.homeCommuneCode ?? null,
          }),
        );
        // The welcome mail is written with the account: if the account exists, so does its mail.
        const linkId = await this.links.create(manager, user.id, 'verify_email');
        await this.outbox.enqueue(manager, {
          kind: 'identity.welcome',
          key: `welcome-user-${user.id}`,
          payload: { linkId },
        });
        await this.accountCreated.accountCreated(manager, { userId: user.id, email: user.email });
        if (within) await within(manager, toMe(user));
        const pair = await this.tokens.openSession(manager, user.id);
        return { user: toMe(user), ...pair };
      });
    } catch (error) {
      if (violates(error, 'users_email_key', UNIQUE_VIOLATION)) throw new EmailTaken();
      throw error;
    }
  }
}
