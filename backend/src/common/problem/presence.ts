import { ValidateIf } from 'class-validator';

/**
 * May be left out, but not sent as null. `@IsOptional()` lets null through every validator, and a null
 * then reaches a NOT NULL column as a 500.
 */
export function Omittable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined);
}

/** May be left out, or sent as null to clear it. */
export function Clearable(): PropertyDecorator {
  return ValidateIf((_, value) => value !== undefined && value !== null);
}
