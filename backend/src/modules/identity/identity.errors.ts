import { DomainError } from '../../common/problem/domain-error';

export class EmailTaken extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'email-taken';
  readonly title = 'E-mail address already registered';
  constructor() {
    super('An account already uses this e-mail address.');
  }
}
