import { DomainError } from '../../common/problem/domain-error';

export class EmailTaken extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'email-taken';
  readonly title = 'E-mail address already registered';
  constructor() {
    super('An account already uses this e-mail address.');
  }
}

export class WrongCredentials extends DomainError {
  readonly kind = 'unauthenticated';
  readonly type = 'wrong-credentials';
  readonly title = 'Wrong e-mail address or password';
  constructor() {
    super('The e-mail address or the password is wrong.');
  }
}

export class AccountLocked extends DomainError {
  readonly kind = 'rate_limited';
  readonly type = 'account-locked';
  readonly title = 'Too many failed sign-ins';
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-ins on this account: try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
    this.extensions['retryAfterSeconds'] = retryAfterSeconds;
  }
}

export class RefreshRefused extends DomainError {
  readonly kind = 'unauthenticated';
  readonly type = 'refresh-refused';
  readonly title = 'Refresh token refused';
  constructor(replayed: boolean) {
    super(
      replayed
        ? 'This refresh token was already used: the session is closed for safety. Sign in again.'
        : 'The refresh token is unknown, expired or revoked. Sign in again.',
    );
  }
}
