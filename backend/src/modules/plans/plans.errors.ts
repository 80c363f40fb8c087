import { DomainError } from '../../common/problem/domain-error';

/** A host runs sites for the network; what they pay for their own desk is not theirs to decide. */
export class SelfGrantedPlan extends DomainError {
  readonly kind = 'forbidden';
  readonly type = 'self-granted-plan';
  readonly title = 'A plan for oneself';
  constructor() {
    super('A host cannot grant a plan to themselves: a network officer does.');
  }
}

/** Another grant for the same member won a race (the exclusion constraint refused this one). */
export class PlanGrantConflict extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'plan-grant-conflict';
  readonly title = 'Plans overlap';
  constructor() {
    super('Another plan was granted to this member at the same moment: read their plans and try again.');
  }
}
