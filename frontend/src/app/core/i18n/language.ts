import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { Observable } from 'rxjs';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** French first: it is the language of the network and of every screen by default. */
export const DEFAULT_LANGUAGE: Language = 'fr';
export const LANGUAGE_STORAGE_KEY = 'bastide.language';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** The reader's language: which translations show, what `<html lang>` says, and what is remembered. */
@Injectable({ providedIn: 'root' })
export class LanguageService {
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);

  readonly current = computed<Language>(() => {
    const language = this.translate.currentLang();
    return isLanguage(language) ? language : DEFAULT_LANGUAGE;
  });

  /** The language offered by the switch: with two languages, the one not shown. */
  readonly alternative = computed<Language>(() => (this.current() === 'fr' ? 'en' : 'fr'));

  constructor() {
    // `lang` follows the words once they are loaded, so a screen reader never reads French text
    // with English rules, whoever asked for the change.
    this.translate.onLangChange.subscribe(({ lang }) => (this.document.documentElement.lang = lang));
  }

  /** Starts in the remembered language, so a returning reader is not switched back to French. */
  restore(): Observable<unknown> {
    return this.translate.use(this.remembered() ?? DEFAULT_LANGUAGE);
  }

  /** Switches at once; TranslateService loads the words itself, so nothing needs to subscribe. */
  use(language: Language): void {
    this.remember(language);
    this.translate.use(language);
  }

  private remembered(): Language | null {
    try {
      const stored = this.document.defaultView?.localStorage.getItem(LANGUAGE_STORAGE_KEY);
      return isLanguage(stored) ? stored : null;
    } catch {
      // Storage can be refused (privacy settings); the default language still works.
      return null;
    }
  }

  private remember(language: Language): void {
    try {
      this.document.defaultView?.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Not remembering the choice is acceptable; failing the switch is not.
    }
  }
}
