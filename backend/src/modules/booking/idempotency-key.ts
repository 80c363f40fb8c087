import { InvalidInput } from '../../common/problem/domain-error';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** The `Idempotency-Key` header of a creating request, or a 400 when it is not 1 to 200 printable ASCII characters. */
export function checkedIdempotencyKey(value: string | undefined): string | undefined {
  if (value !== undefined && !IDEMPOTENCY_KEY.test(value)) {
    throw new InvalidInput([{ field: 'Idempotency-Key', message: 'must be 1 to 200 printable ASCII characters' }]);
  }
  return value;
}
