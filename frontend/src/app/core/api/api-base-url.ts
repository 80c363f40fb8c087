import { InjectionToken } from '@angular/core';

/** Relative on purpose: in production the backend serves the app, in development the dev-server proxies `/api`. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', { factory: () => '/api/v1' });
