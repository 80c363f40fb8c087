import { ValidateBy, ValidationOptions, registerDecorator } from 'class-validator';
import { DateTime, IANAZone } from 'luxon';
import { openingHoursProblems } from '../opening-hours';
import { cancellationCutoffProblems } from '../site-booking-settings';
import { frenchPublicHolidayOn } from '../french-public-holidays';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written `YYYY-MM-DD` (2026-02-30 is refused). */
export function isLocalDate(value: unknown): value is string {
  return typeof value === 'string' && LOCAL_DATE.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid;
}

export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { each: options?.each, message: `$property must be a date written YYYY-MM-DD`, ...options },
      validator: { validate: isLocalDate },
    });
}

/** A week of opening hours; the message names the first problem (`tue: 13:30–12:00 does not end…`). */
export function IsOpeningHours(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isOpeningHours',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value) => openingHoursProblems(value).length === 0,
        defaultMessage: (args) => `${args?.property}: ${openingHoursProblems(args?.value).join('; ')}`,
      },
    });
}

/** A cancellation cut-off (`{ kind: "day_before_at", time: "18:00" }`); the message names each problem. */
export function IsCancellationCutoff(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCancellationCutoff',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value) => cancellationCutoffProblems(value).length === 0,
        defaultMessage: (args) => `${args?.property}: ${cancellationCutoffProblems(args?.value).join('; ')}`,
      },
    });
}

/** An IANA time zone Luxon knows (`Europe/Paris`), since local times are computed in it. */
export function IsTimeZone(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '$property must be an IANA time zone such as Europe/Paris' },
      validator: { validate: (value) => typeof value === 'string' && IANAZone.isValidZone(value) },
    });
}

/** Each element a French public holiday, the only days `openOnPublicHolidays` may name. */
export function IsFrenchPublicHoliday(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFrenchPublicHoliday',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { each: true, message: '$property must list French public holidays written YYYY-MM-DD' },
      validator: { validate: (value) => isLocalDate(value) && frenchPublicHolidayOn(value) !== undefined },
    });
}

export { Clearable, Omittable } from '../../../common/problem/presence';

/** PostgreSQL cannot store a NUL character in text: refused here as a 400 rather than failing there as a 500. */
export function HasNoNul(): PropertyDecorator {
  return ValidateBy({
    name: 'hasNoNul',
    validator: {
      validate: (value) => typeof value !== 'string' || !value.includes('\0'),
      defaultMessage: () => '$property must not contain a NUL character',
    },
  });
}
