import { InjectionToken } from '@angular/core';

/** "Now", asked of an injected function so that specs can stand on a given day, as the backend's Clock does. */
export const NOW = new InjectionToken<() => Date>('NOW', { factory: () => () => new Date() });
