import { ApplicationInitStatus } from '@angular/core';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { appConfig } from './app.config';
import { TRANSLATION_FILES } from './testing/test-translations';

describe('appConfig', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [...appConfig.providers, provideHttpClientTesting()] });
  });

  it('starts by fetching the French words from /i18n/fr.json, then speaks French', async () => {
    const http = TestBed.inject(HttpTestingController);
    const started = TestBed.inject(ApplicationInitStatus).donePromise;

    http.expectOne('/i18n/fr.json').flush(TRANSLATION_FILES.fr);
    await started;

    expect(TestBed.inject(TranslateService).instant('shell.skipToContent')).toBe('Aller au contenu');
    expect(document.documentElement.lang).toBe('fr');
    http.verify();
  });
});
