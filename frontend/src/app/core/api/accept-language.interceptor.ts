import { DOCUMENT } from '@angular/common';
import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { API_BASE_URL } from './api-base-url';

/**
 * Tells the API the reader's language, so the problem details it writes can match the screen.
 * Reads `<html lang>` (kept by LanguageService) rather than TranslateService: the translation loader
 * itself uses HttpClient, and injecting it here would make a dependency cycle.
 */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  const language = inject(DOCUMENT).documentElement.lang;
  const baseUrl = inject(API_BASE_URL);
  if (!language || !request.url.startsWith(baseUrl) || request.headers.has('Accept-Language')) {
    return next(request);
  }
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
