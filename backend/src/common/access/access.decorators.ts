import { SetMetadata } from '@nestjs/common';

/**
 * Who may call a route. Every route declares one; `AccessGuard` refuses a route that does not, and a
 * test walks the OpenAPI document to find any before they ship.
 */
export type AccessRule = { kind: 'public' };

export const ACCESS_RULE = 'bastide:access-rule';

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);
