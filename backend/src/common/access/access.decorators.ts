import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, Role } from './principal';

/**
 * Who may call a route. Every route declares one; `AccessGuard` refuses a route that does not, and a
 * test walks the OpenAPI document to find any before they ship. Rules about one site (a host acts only on
 * the sites they host) are checked by the service once it knows the site, with `mayManageSite`.
 */
export type AccessRule = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'roles'; roles: Role[] };

export const ACCESS_RULE = 'bastide:access-rule';

/** Anyone, signed in or not. A valid token still identifies the caller (members see members-only events). */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/** Any signed-in account: member, host or network officer. */
export const Authenticated = () => SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule);

/** Only these roles. A host is a member who hosts at least one site; `admin` is a network officer. */
export const Roles = (...roles: Role[]) => SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);

export interface RequestWithPrincipal extends Request {
  principal?: Principal;
}

/** The signed-in caller (undefined on a public route called anonymously). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal | undefined =>
    context.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);
