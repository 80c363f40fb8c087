import { TestBed } from '@angular/core/testing';
import { LANGUAGE_STORAGE_KEY } from '../core/i18n/language';
import { provideTestTranslations } from '../testing/test-translations';
import { LanguageSwitch } from './language-switch';

describe('LanguageSwitch', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'fr';
    TestBed.configureTestingModule({ providers: [provideTestTranslations('fr')] });
  });

  async function render() {
    const fixture = TestBed.createComponent(LanguageSwitch);
    await fixture.whenStable();
    const button = (fixture.nativeElement as HTMLElement).querySelector('button') as HTMLButtonElement;
    return { fixture, button };
  }

  it('offers English, in English, on French pages', async () => {
    const { button } = await render();

    expect(button.textContent?.trim()).toBe('English');
    expect(button.getAttribute('lang')).toBe('en');
  });

  it('switches to English: the words, the <html lang> attribute and the remembered choice', async () => {
    const { fixture, button } = await render();

    button.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(button.textContent?.trim()).toBe('Français');
    expect(button.getAttribute('lang')).toBe('fr');
  });

  it('switches back to French', async () => {
    const { fixture, button } = await render();

    button.click();
    await fixture.whenStable();
    button.click();
    await fixture.whenStable();

    expect(document.documentElement.lang).toBe('fr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
  });
});
