import { DomainError } from '../../common/problem/domain-error';

export class WelcomeVillageExists extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'welcome-village-exists';
  readonly title = 'Already a welcome village';
  constructor(communeCode: string) {
    super(`The commune ${communeCode} is already a welcome village: edit it instead.`);
    this.extensions['communeCode'] = communeCode;
  }
}
