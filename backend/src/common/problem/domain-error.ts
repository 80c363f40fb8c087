/**
 * What went wrong, in the terms of the HTTP contract. Every domain error picks one, and the
 * problem filter's switch over this union is exhaustive: an error kind nobody mapped fails to compile.
 */
export type DomainErrorKind =
  | 'invalid' // 400: the input is malformed or fails validation
  | 'unauthenticated' // 401
  | 'forbidden' // 403
  | 'not_found' // 404, also for what exists but the caller may not know of
  | 'conflict' // 409: taken, full, duplicate
  | 'rule' // 422: well-formed but against a rule (closed, past, quota)
  | 'rate_limited' // 429
  | 'unavailable'; // 503: a dependency the request needs is down

export interface FieldError {
  field: string;
  message: string;
}

/**
 * Base of the errors services throw. Services never throw HttpException: they say what happened in the
 * domain, and `ProblemDetailsFilter` says it in HTTP.
 */
export abstract class DomainError extends Error {
  abstract readonly kind: DomainErrorKind;
  /** A stable slug, the last segment of the problem's `type` URI (`booking-conflict`). */
  abstract readonly type: string;
  /** A short, stable summary of the problem type. */
  abstract readonly title: string;
  /** Extra members of the problem document (`errors`, `retryAfterSeconds`, `conflicts`, ...). */
  readonly extensions: Record<string, unknown> = {};

  constructor(readonly detail: string) {
    super(detail);
    this.name = new.target.name;
  }
}

export class InvalidInput extends DomainError {
  readonly kind = 'invalid';
  readonly type = 'invalid-input';
  readonly title = 'Invalid input';
  constructor(
    readonly errors: FieldError[],
    detail = 'The request has invalid fields.',
  ) {
    super(detail);
    this.extensions['errors'] = errors;
  }
}

export class NotFound extends DomainError {
  readonly kind = 'not_found';
  readonly type = 'not-found';
  readonly title = 'Not found';
  constructor(what: string, id?: string) {
    super(id === undefined ? `${what} not found.` : `${what} ${id} not found.`);
  }
}

export class Unauthenticated extends DomainError {
  readonly kind = 'unauthenticated';
  readonly type = 'unauthenticated';
  readonly title = 'Authentication required';
}

export class Forbidden extends DomainError {
  readonly kind = 'forbidden';
  readonly type = 'forbidden';
  readonly title = 'Forbidden';
}

export class RateLimited extends DomainError {
  readonly kind = 'rate_limited';
  readonly type = 'rate-limited';
  readonly title = 'Too many requests';
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail);
    this.extensions['retryAfterSeconds'] = retryAfterSeconds;
  }
}
