import { InvalidInput } from '../problem/domain-error';

/** The request header a client names a creating request with (draft-ietf-httpapi-idempotency-key-header). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/**
 * Printable ASCII, spaces included, up to 255 characters: a UUID, a ULID or the draft's quoted form all fit,
 * and the key is kept verbatim (a client sends the same header again, so there is nothing to normalise).
 */
const KEY = /^[\x20-\x7e]{1,255}$/;

/** The header's value, or a 400 naming the header when it is empty, too long or not printable ASCII. */
export function parseIdempotencyKey(value: string): string {
  if (!KEY.test(value)) {
    throw new InvalidInput(
      [{ field: IDEMPOTENCY_KEY_HEADER, message: 'must be 1 to 255 printable ASCII characters' }],
      'The Idempotency-Key header must be 1 to 255 printable ASCII characters.',
    );
  }
  return value;
}
