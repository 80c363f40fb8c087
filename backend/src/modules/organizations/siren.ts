/**
 * A SIREN is the 9-digit number INSEE gives a French company; its last digit is a Luhn check digit, so a
 * mistyped digit or two swapped neighbours are caught before an officer files an employer under it.
 */
export const SIREN_FORMAT = /^\d{9}$/;

export function isSiren(value: unknown): value is string {
  if (typeof value !== 'string' || !SIREN_FORMAT.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    // From the right, every second digit is doubled (and 18 counts 1 + 8).
    let digit = Number(value[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}
