import { DomainError } from '../../common/problem/domain-error';

export class SirenTaken extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'siren-taken';
  readonly title = 'SIREN already registered';
  constructor(siren: string) {
    super(`Another organization is already registered under the SIREN ${siren}.`);
    this.extensions['siren'] = siren;
  }
}
