import { describe, expect, it } from '@jest/globals';
import { InvalidInput } from '../problem/domain-error';
import { parseIdempotencyKey } from './idempotency-key';

describe('Idempotency-Key header', () => {
  it('takes 1 to 255 printable ASCII characters as they are, the draft’s quoted form included', () => {
    for (const key of ['a', 'x'.repeat(255), '8e03978e-40d5-43e8-bc93-6894a57f9324', '"8e03978e"', 'two words']) {
      expect(parseIdempotencyKey(key)).toBe(key);
    }
  });

  it('refuses an empty, too long or non-ASCII key with a 400 naming the header', () => {
    for (const key of ['', 'x'.repeat(256), 'clé', 'tab\there', 'line\nbreak']) {
      let refused: unknown;
      try {
        parseIdempotencyKey(key);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(InvalidInput);
      expect((refused as InvalidInput).errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    }
  });
});
