import { DomainError } from '../problem/domain-error';

/**
 * The key was first sent with another request (another route, another body). The draft's answer is 422: the
 * request is well formed, but a key names one request only.
 */
export class IdempotencyKeyReused extends DomainError {
  readonly kind = 'rule';
  readonly type = 'idempotency-key-reused';
  readonly title = 'Idempotency-Key already used for another request';
  constructor() {
    super('This Idempotency-Key was first sent with a different request. Use a new key for a new request.');
  }
}

/**
 * The first request with this key has not answered yet (409, as the draft says). Waiting here would hold a
 * connection per duplicate; the client retries a moment later and gets the first answer.
 */
export class IdempotentRequestInProgress extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'idempotent-request-in-progress';
  readonly title = 'Request with this Idempotency-Key still in progress';
  constructor() {
    super('A request with this Idempotency-Key is still being processed. Retry in a moment for its answer.');
    this.extensions['retryAfterSeconds'] = 1;
  }
}
