import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import { ApiProblem, isProblemDocument } from './api-problem';

/** Turns every failed API call into an ApiProblem, so components handle one error type. */
export const apiProblemInterceptor: HttpInterceptorFn = (request, next) => {
  const baseUrl = inject(API_BASE_URL);
  if (!request.url.startsWith(baseUrl)) {
    return next(request);
  }
  return next(request).pipe(
    catchError((error: unknown) =>
      throwError(() => (error instanceof HttpErrorResponse ? toApiProblem(error) : error)),
    ),
  );
};

export function toApiProblem(response: HttpErrorResponse): ApiProblem {
  const body = parseBody(response.error);
  if (isProblemDocument(body)) {
    return new ApiProblem(body);
  }
  return new ApiProblem({
    title: response.statusText || 'Unknown Error',
    status: response.status,
  });
}

// HttpClient has already parsed a JSON error body for JSON requests; requests made with
// responseType 'text' (a calendar feed, a CSV export) hand the problem over as a string.
function parseBody(error: unknown): unknown {
  if (typeof error !== 'string') {
    return error;
  }
  try {
    return JSON.parse(error) as unknown;
  } catch {
    return null;
  }
}
