import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { LanguageService } from '../core/i18n/language';
import { provideTestTranslations } from '../testing/test-translations';
import { SiteFooter } from './site-footer';

describe('SiteFooter', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideRouter([]), provideTestTranslations('fr')] });
  });

  async function render() {
    const fixture = TestBed.createComponent(SiteFooter);
    await fixture.whenStable();
    const nav = (fixture.nativeElement as HTMLElement).querySelector('nav') as HTMLElement;
    const links = () =>
      Array.from(nav.querySelectorAll('a')).map((a) => [a.textContent?.trim(), a.getAttribute('href')] as const);
    return { fixture, nav, links };
  }

  it('links the three legal pages, the accessibility status in the link as the RGAA asks', async () => {
    const { nav, links } = await render();
    expect(nav.getAttribute('aria-label')).toBe('Informations légales');
    expect(links()).toEqual([
      ['Accessibilité : non conforme', '/accessibilite'],
      ['Confidentialité', '/confidentialite'],
      ['Mentions légales', '/mentions-legales'],
    ]);
  });

  it('says them in English once the reader switches', async () => {
    const { fixture, nav, links } = await render();
    TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(nav.getAttribute('aria-label')).toBe('Legal information');
    expect(links()).toEqual([
      ['Accessibility: not compliant', '/accessibilite'],
      ['Privacy', '/confidentialite'],
      ['Legal notice', '/mentions-legales'],
    ]);
  });
});
