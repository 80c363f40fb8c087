import { DomainError } from '../../common/problem/domain-error';

export class SlugTaken extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'slug-taken';
  readonly title = 'Slug already used';
  constructor(slug: string) {
    super(`Another site already answers to "${slug}".`);
    this.extensions['slug'] = slug;
  }
}

export class ClosureExists extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'closure-exists';
  readonly title = 'Closure already recorded';
  constructor(date: string) {
    super(`The site is already closed on ${date}.`);
    this.extensions['date'] = date;
  }
}

export class ClosureInPast extends DomainError {
  readonly kind = 'rule';
  readonly type = 'closure-in-past';
  readonly title = 'Closure in the past';
  constructor(date: string) {
    super(`${date} is past in the site's time zone: only today or a later day can be closed.`);
  }
}

/** A host may describe their site, but where it is, what it is called in links and whether it is open are the network's. */
export class AdminOnlyChange extends DomainError {
  readonly kind = 'forbidden';
  readonly type = 'admin-only-change';
  readonly title = 'Only a network officer may change this';
  constructor(fields: string[]) {
    super(`Only a network officer may change ${fields.join(', ')}.`);
    this.extensions['fields'] = fields;
  }
}

export class NotSiteHost extends DomainError {
  readonly kind = 'forbidden';
  readonly type = 'not-site-host';
  readonly title = 'Not a host of this site';
  constructor() {
    super('Only a network officer or a host of this site may do this.');
  }
}
