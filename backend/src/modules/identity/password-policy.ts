import { dictionary } from '@zxcvbn-ts/language-common';
import { FieldError } from '../../common/problem/domain-error';

/** The ~50,000 most common passwords of public breach corpora (zxcvbn-ts), lower-cased. */
const COMMON_PASSWORDS = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/**
 * OWASP ASVS 5 password rules: 8 characters at least (12 suggested), up to 128, any characters, no
 * composition rules, and none of the most common passwords or the account's own address.
 */
export function passwordProblems(password: string, email: string): FieldError[] {
  const lowered = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lowered)) {
    return [{ field: 'password', message: 'password is one of the most common passwords: choose another one' }];
  }
  const localPart = email.split('@')[0]?.toLowerCase();
  if (lowered === email.toLowerCase() || (localPart && localPart.length >= 4 && lowered === localPart)) {
    return [{ field: 'password', message: 'password must not be your e-mail address' }];
  }
  return [];
}
