import { Provider } from '@angular/core';
import {
  TranslateLoader,
  TranslationObject,
  provideTranslateLoader,
  provideTranslateService,
} from '@ngx-translate/core';
import { Observable, of } from 'rxjs';
import en from '../../../public/i18n/en.json';
import fr from '../../../public/i18n/fr.json';

export const TRANSLATION_FILES: Readonly<Record<'fr' | 'en', TranslationObject>> = { fr, en };

/** The real translation files, served synchronously, so specs read the words users read. */
class TranslationFilesLoader implements TranslateLoader {
  getTranslation(language: string): Observable<TranslationObject> {
    return of(language === 'en' ? en : fr);
  }
}

/** `language` undefined leaves the choice to LanguageService.restore(), as at application start. */
export function provideTestTranslations(language: 'fr' | 'en' | undefined = 'fr'): Provider[] {
  return provideTranslateService({
    loader: provideTranslateLoader(TranslationFilesLoader),
    fallbackLang: 'fr',
    ...(language ? { lang: language } : {}),
  });
}
