import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideTranslateHttpLoader } from '@ngx-translate/http-loader';
import { acceptLanguageInterceptor } from './core/api/accept-language.interceptor';
import { apiProblemInterceptor } from './core/api/api-problem.interceptor';
import { authInterceptor } from './core/auth/auth.interceptor';
import { Session } from './core/auth/session';
import { DEFAULT_LANGUAGE, LanguageService } from './core/i18n/language';
import { TranslatedTitleStrategy } from './core/i18n/translated-title-strategy';
import { routes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
    ),
    provideHttpClient(
      withFetch(),
      withInterceptors([acceptLanguageInterceptor, apiProblemInterceptor, authInterceptor]),
    ),
    provideTranslateService({
      // Translation files are not API calls: they skip the API interceptors.
      loader: provideTranslateHttpLoader({ prefix: '/i18n/', suffix: '.json', useHttpBackend: true }),
      fallbackLang: DEFAULT_LANGUAGE,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    // The first screen waits for its words: a flash of raw translation keys would be read out by screen readers.
    provideAppInitializer(() => inject(LanguageService).restore()),
    // Guards and the header must know who is signed in before the first page shows.
    provideAppInitializer(() => inject(Session).restore()),
  ],
};
