import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError, InvalidInput } from './domain-error';

/** Flattens class-validator's tree into `{ field: "openingHours.mon", message }` pairs. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** Validate at the edge: unknown fields are refused, types are converted explicitly by the DTOs. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new InvalidInput(fieldErrors(errors)),
  });
}
