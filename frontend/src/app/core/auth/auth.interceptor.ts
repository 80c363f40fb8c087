import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, of, switchMap, throwError } from 'rxjs';
import { API_BASE_URL } from '../api/api-base-url';
import { ApiProblem } from '../api/api-problem';
import { Session } from './session';

/** Calls whose 401 is an answer about the credentials sent, not about an expired access token. */
const CREDENTIAL_ENDPOINTS = ['/auth/login', '/auth/register', '/auth/refresh', '/auth/mfa'];

/**
 * Signs every API call with the access token. On a 401 it refreshes once (shared with every other call
 * that failed meanwhile) and retries with the new token; if the refresh is refused, the session ends
 * and the original 401 reaches the caller.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const baseUrl = inject(API_BASE_URL);
  if (!request.url.startsWith(baseUrl)) {
    return next(request);
  }
  const path = request.url.slice(baseUrl.length).split('?')[0];
  if (CREDENTIAL_ENDPOINTS.includes(path)) {
    return next(request);
  }
  const session = inject(Session);
  const sentToken = session.accessToken;
  return next(withBearer(request, sentToken)).pipe(
    catchError((error: unknown) => {
      if (!isUnauthorized(error) || !session.hasRefreshToken()) {
        return throwError(() => error);
      }
      // Another call already refreshed while this one was on its way: its new token is the one to use.
      const current = session.accessToken;
      const freshToken = current !== null && current !== sentToken ? of(current) : session.refreshAccessToken();
      return freshToken.pipe(
        catchError(() => throwError(() => error)),
        switchMap((token) => next(withBearer(request, token))),
      );
    }),
  );
};

function withBearer<T>(request: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
}

function isUnauthorized(error: unknown): boolean {
  return (error instanceof HttpErrorResponse || error instanceof ApiProblem) && error.status === 401;
}
