import { TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { provideTestTranslations } from '../../testing/test-translations';
import { LANGUAGE_STORAGE_KEY, LanguageService } from './language';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = '';
    // No starting language: restore() is what picks it, as at application start.
    TestBed.configureTestingModule({ providers: [provideTestTranslations(undefined)] });
  });

  async function restore(): Promise<LanguageService> {
    const language = TestBed.inject(LanguageService);
    await firstValueFrom(language.restore());
    return language;
  }

  it('starts in French by default', async () => {
    const language = await restore();

    expect(language.current()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(TestBed.inject(TranslateService).instant('nav.member')).toBe('Mon espace');
  });

  it('starts in the language the reader chose last time', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'en');

    const language = await restore();

    expect(language.current()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(TestBed.inject(TranslateService).instant('nav.member')).toBe('My space');
  });

  it('ignores a remembered language it does not offer', async () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'de');

    const language = await restore();

    expect(language.current()).toBe('fr');
  });
});
