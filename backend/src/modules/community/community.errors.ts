import { DomainError } from '../../common/problem/domain-error';

/** 429: a site sends one announcement a day (its local day); the next one may go after midnight there. */
export class AnnouncementDailyLimit extends DomainError {
  readonly kind = 'rate_limited';
  readonly type = 'announcement-daily-limit';
  readonly title = 'One announcement a day';
  constructor(retryAfterSeconds: number) {
    super('This site has already sent an announcement today: the next one can go out tomorrow.');
    this.extensions['retryAfterSeconds'] = retryAfterSeconds;
  }
}

/** 422: nobody booked at the site in the window (or all of them unsubscribed): nothing to send. */
export class NoRecipients extends DomainError {
  readonly kind = 'rule';
  readonly type = 'no-recipients';
  readonly title = 'No recipients';
  constructor(monthsBack: number) {
    super(`No member with a booking at this site in the last ${monthsBack} months would receive it.`);
    this.extensions['monthsBack'] = monthsBack;
  }
}
