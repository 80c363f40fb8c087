import { ApiProblem } from '../../core/api/api-problem';

/** The password rule of the API: a length, no composition rules (NIST SP 800-63B, ANSSI). */
export const PASSWORD_MIN_LENGTH = 8;

/**
 * The translation key for the API's refusal of a new password. The API writes its reasons in English
 * for developers; the reader gets them in their language. Unknown reasons fall back to the rule.
 */
export function passwordRefusalKey(message: string): string {
  if (/common/i.test(message)) {
    return 'account.errors.passwordCommon';
  }
  if (/e-?mail/i.test(message)) {
    return 'account.errors.passwordIsEmail';
  }
  return 'account.passwordRule';
}

/** Whether the API refused the single-use link (unknown, already used or expired). */
export function isRefusedLink(problem: ApiProblem | null): boolean {
  return problem?.status === 400 && problem.errors.some((error) => error.field === 'token');
}
