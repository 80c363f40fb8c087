import { describe, expect, it } from '@jest/globals';
import { base32Decode, base32Encode, hotp, matchingStep, stepAt } from './totp';

describe('TOTP (RFC 6238 / RFC 4226)', () => {
  const rfcSecret = Buffer.from('12345678901234567890');

  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
  ])('gives the RFC 6238 SHA-1 value at T=%i', (seconds, expected) => {
    expect(hotp(rfcSecret, Math.floor(seconds / 30), 8)).toBe(expected);
  });

  it('gives the RFC 4226 HOTP values', () => {
    expect([0, 1, 2, 9].map((c) => hotp(rfcSecret, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('round-trips base32', () => {
    expect(base32Decode(base32Encode(rfcSecret)).equals(rfcSecret)).toBe(true);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
  });

  it('accepts one step of drift either way and nothing beyond', () => {
    const secret = base32Encode(rfcSecret);
    const now = new Date('2026-12-01T08:00:00Z');
    const step = stepAt(now);
    expect(matchingStep(secret, hotp(rfcSecret, step), now)).toBe(step);
    expect(matchingStep(secret, hotp(rfcSecret, step - 1), now)).toBe(step - 1);
    expect(matchingStep(secret, hotp(rfcSecret, step + 1), now)).toBe(step + 1);
    expect(matchingStep(secret, hotp(rfcSecret, step - 2), now)).toBeUndefined();
    expect(matchingStep(secret, 'abcdef', now)).toBeUndefined();
  });
});
