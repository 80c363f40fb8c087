import { registerDecorator } from 'class-validator';

/**
 * The network counts presence in half-days: a morning or an afternoon is the smallest unit a member books
 * at a desk, so day allowances (a telework contract's days per week, a plan's days) are multiples of 0.5.
 */
export function isHalfDayCount(value: unknown, min: number, max: number): value is number {
  return (
    typeof value === 'number' && Number.isFinite(value) && Number.isInteger(value * 2) && value >= min && value <= max
  );
}

/** A number of days between `min` and `max`, in steps of 0.5. */
export function IsHalfDayCount(min: number, max: number): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isHalfDayCount',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: `$property must be a number of days from ${min} to ${max}, in steps of 0.5` },
      validator: { validate: (value) => isHalfDayCount(value, min, max) },
    });
}

/** "1 day", "0.5 day", "2.5 days": how an allowance reads in an English problem detail. */
export function daysText(days: number): string {
  return `${days} ${days > 1 ? 'days' : 'day'}`;
}
