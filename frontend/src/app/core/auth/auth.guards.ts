import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { Role } from '../api/identity.types';
import { Session } from './session';

export const LOGIN_PATH = '/connexion';
export const ACCESS_DENIED_PATH = '/acces-refuse';

/** The member area: any signed-in account. Others go to the sign-in page, and come back after. */
export const signedInGuard: CanActivateFn = (_route, state) => inject(Session).signedIn() || loginPageFor(state.url);

/** The host and network areas: only these roles. A signed-in member without them is told so. */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const session = inject(Session);
    if (!session.signedIn()) {
      return loginPageFor(state.url);
    }
    return session.hasRole(roles) || inject(Router).createUrlTree([ACCESS_DENIED_PATH]);
  };
}

function loginPageFor(returnUrl: string): UrlTree {
  return inject(Router).createUrlTree([LOGIN_PATH], { queryParams: { returnUrl } });
}

/** Only a path of this application: an address elsewhere would make the sign-in page an open redirect. */
export function safeReturnUrl(returnUrl: string | null | undefined): string {
  return returnUrl && returnUrl.startsWith('/') && !returnUrl.startsWith('//') && !returnUrl.startsWith('/\\')
    ? returnUrl
    : '/mon-espace';
}
