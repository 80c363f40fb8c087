import { describe, expect, it } from '@jest/globals';
import { isSiren } from './siren';

describe('isSiren', () => {
  it('accepts SIRENs whose Luhn check digit is right', () => {
    // Numbers of real companies, as published in the SIRENE register.
    for (const siren of ['383474814', '356000000', '542051180', '775670417']) expect(isSiren(siren)).toBe(true);
  });

  it('refuses a wrong check digit, two swapped digits, and anything but nine digits', () => {
    expect(isSiren('383474815')).toBe(false);
    expect(isSiren('384374814')).toBe(false);
    for (const bad of ['38347481', '3834748140', '38347481a', ' 383474814', '', null, 383474814]) {
      expect(isSiren(bad)).toBe(false);
    }
  });
});
