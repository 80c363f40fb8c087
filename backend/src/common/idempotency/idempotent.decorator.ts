import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key';

export const IDEMPOTENT_ROUTE = 'bastide:idempotent-route';

/**
 * A creating route that honours `Idempotency-Key` through `IdempotencyInterceptor`: the same key from the same
 * user within 24 hours gets the first successful answer again instead of acting twice. Opt-in, because the
 * routes that keep their key in their own table (bookings, series, waitlist, events) must not be wrapped
 * twice, and because only an authenticated route has a user to scope keys to: never put it on a `@Public`
 * route (sign-up would hand the first caller's tokens to anyone who replays the key; a test refuses it).
 * Also documents the header in the OpenAPI document.
 */
export const Idempotent = () =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_ROUTE, true),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      schema: { type: 'string', minLength: 1, maxLength: 255 },
      description:
        'Names this request (1 to 255 printable ASCII characters): the same key from the same user within 24 hours ' +
        'gets the first successful answer again, marked `Idempotent-Replayed: true`, instead of acting twice. ' +
        '422 if the key was first sent with a different request, 409 while that request is still in progress.',
    }),
  );
