/** A code of the authenticator app: six digits (one space in the middle, as some apps show them, is allowed). */
export const TOTP_CODE_PATTERN = /^\d{3}\s?\d{3}$/;
/** A single-use recovery code, as shown when two-factor sign-in was turned on: `xxxxx-xxxxx`. */
export const RECOVERY_CODE_PATTERN = /^[a-z0-9]{5}-?[a-z0-9]{5}$/i;

/** The code as the API wants it: without the spaces people type or paste. */
export function normalizedCode(code: string): string {
  return code.replace(/\s/g, '');
}
