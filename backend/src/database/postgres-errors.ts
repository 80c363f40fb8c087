import { QueryFailedError } from 'typeorm';

/** SQLSTATE codes that services turn into domain errors by constraint name. */
export const UNIQUE_VIOLATION = '23505';
export const EXCLUSION_VIOLATION = '23P01';
export const CHECK_VIOLATION = '23514';
export const FOREIGN_KEY_VIOLATION = '23503';

interface PgDriverError {
  code?: string;
  constraint?: string;
}

/** True when `error` is PostgreSQL refusing a row because of `constraint` (any of the given codes). */
export function violates(error: unknown, constraint: string, ...codes: string[]): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as PgDriverError;
  return driverError.constraint === constraint && (codes.length === 0 || codes.includes(driverError.code ?? ''));
}
