import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { InvalidInput } from '../../common/problem/domain-error';
import { OutboxService } from '../../jobs/outbox.service';
import { AccountLinks } from './account-links';
import { User } from './entities/user.entity';
import { EmailTaken } from './identity.errors';
import { PasswordHasher } from './password-hasher';
import { passwordProblems } from './password-policy';

/** E-mail verification, password reset, and changes of password and address. */
@Injectable()
export class AccountRecoveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: AccountLinks,
    private readonly outbox: OutboxService,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async verifyEmail(token: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const link = await this.links.use(manager, ['verify_email', 'change_email'], token);
      if (link.purpose === 'change_email' && link.newEmail) {
        const [taken] = await manager.query(`SELECT 1 FROM users WHERE email = $1 AND id <> $2`, [
          link.newEmail,
          link.userId,
        ]);
        if (taken) throw new EmailTaken();
        await manager.query(`UPDATE users SET email = $2, email_verified_at = $3, updated_at = $3 WHERE id = $1`, [
          link.userId,
          link.newEmail,
          this.clock.now(),
        ]);
      } else {
        await manager.query(`UPDATE users SET email_verified_at = coalesce(email_verified_at, $2) WHERE id = $1`, [
          link.userId,
          this.clock.now(),
        ]);
      }
    });
  }

  /** Answers the same whether or not the address has an account, so that it tells nobody which do. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    if (!user) return;
    await this.dataSource.transaction(async (manager) => {
      const linkId = await this.links.create(manager, user.id, 'reset_password');
      await this.outbox.enqueue(manager, {
        kind: 'identity.password-reset',
        key: `password-reset-${linkId}`,
        payload: { linkId },
      });
    });
  }

  async resetPassword(token: string, password: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const link = await this.links.use(manager, ['reset_password'], token);
      const [user]: { email: string }[] = await manager.query(`SELECT email FROM users WHERE id = $1`, [link.userId]);
      const problems = passwordProblems(password, user.email);
      if (problems.length) throw new InvalidInput(problems);
      await this.setPassword(manager, link.userId, password);
      // Whoever knew the old password is signed out everywhere.
      await manager.query(`UPDATE sessions SET revoked_at = coalesce(revoked_at, $2) WHERE user_id = $1`, [
        link.userId,
        this.clock.now(),
      ]);
    });
  }

  async changePassword(principal: Principal, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.checkedUser(principal, currentPassword, 'currentPassword');
    const problems = passwordProblems(newPassword, user.email).map((p) => ({ ...p, field: 'newPassword' }));
    if (problems.length) throw new InvalidInput(problems);
    await this.dataSource.transaction(async (manager) => {
      await this.setPassword(manager, user.id, newPassword);
      await manager.query(`UPDATE sessions SET revoked_at = coalesce(revoked_at, $3) WHERE user_id = $1 AND id <> $2`, [
        user.id,
        principal.sessionId,
        this.clock.now(),
      ]);
    });
  }

  /** The new address is used once its holder follows the link sent to it. */
  async requestEmailChange(principal: Principal, newEmail: string, password: string): Promise<void> {
    const user = await this.checkedUser(principal, password, 'password');
    if (await this.dataSource.getRepository(User).existsBy({ email: newEmail })) throw new EmailTaken();
    await this.dataSource.transaction(async (manager) => {
      const linkId = await this.links.create(manager, user.id, 'change_email', newEmail);
      await this.outbox.enqueue(manager, {
        kind: 'identity.email-change',
        key: `email-change-${linkId}`,
        payload: { linkId },
      });
    });
  }

  private async checkedUser(principal: Principal, password: string, field: string): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: principal.userId });
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw new InvalidInput([{ field, message: `${field} is not the account's current password` }]);
    }
    return user;
  }

  private async setPassword(manager: EntityManager, userId: string, password: string): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, failed_logins = 0, locked_until = NULL, updated_at = $3 WHERE id = $1`,
      [userId, await this.hasher.hash(password), this.clock.now()],
    );
  }
}
