import { DomainError } from '../../common/problem/domain-error';

/** 409: the file already has an invitation waiting for an answer; withdraw it first. */
export class TrialDayPending extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'trial-day-pending';
  readonly title = 'A trial day is already offered';
  constructor() {
    super('This file already has a trial-day invitation waiting for an answer: withdraw it before offering another.');
  }
}

/** 409: only an invitation still waiting can be withdrawn. */
export class TrialDayNotPending extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'trial-day-not-pending';
  readonly title = 'The invitation is no longer waiting';
  constructor(state: string) {
    super(`This trial-day invitation is ${state}: only one still waiting for an answer can be withdrawn.`);
    this.extensions['state'] = state;
  }
}

/**
 * 404 for a link that works no more (accepted, withdrawn or expired), with the state: the page tells the
 * newcomer what happened. A link nobody made is a plain 404.
 */
export class TrialDayLinkClosed extends DomainError {
  readonly kind = 'not_found';
  readonly type = 'trial-day-link-closed';
  readonly title = 'This invitation link no longer works';
  constructor(state: 'accepted' | 'withdrawn' | 'expired') {
    super(
      state === 'accepted'
        ? 'This trial day was already accepted.'
        : state === 'withdrawn'
          ? 'This trial-day invitation was withdrawn.'
          : 'This trial-day invitation has expired.',
    );
    this.extensions['state'] = state;
  }
}

/** 409: an account has the invitation's address; its holder signs in and accepts, nobody takes it over. */
export class TrialDayAccountExists extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'trial-day-account-exists';
  readonly title = 'An account has this address';
  constructor() {
    super('An account already uses this e-mail address: sign in with it, then accept the invitation.');
  }
}

/** 403: signed in with another account than the invitation's address. */
export class TrialDayOtherAccount extends DomainError {
  readonly kind = 'forbidden';
  readonly type = 'trial-day-other-account';
  readonly title = 'Invitation for another address';
  constructor() {
    super('This invitation was sent to another e-mail address than your account’s: sign out, then accept it.');
  }
}

/** 422: the site is not (or no longer) published. */
export class TrialDaySiteUnpublished extends DomainError {
  readonly kind = 'rule';
  readonly type = 'site-not-published';
  readonly title = 'Site not published';
  constructor() {
    super('A trial day is offered at a published tiers-lieu only.');
  }
}
