import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../app.routes';
import { TranslatedTitleStrategy } from '../core/i18n/translated-title-strategy';
import { provideTestTranslations } from '../testing/test-translations';

describe('NotFoundPage', () => {
  function configure(language: 'fr' | 'en') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes),
        provideTestTranslations(language),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
      ],
    });
  }

  it('answers an unknown address in French, with a way back home', async () => {
    configure('fr');
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/une-adresse-inconnue');
    const page = harness.routeNativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Page introuvable');
    expect(page.textContent).toContain('Cette adresse ne correspond à aucune page de Bastide.');
    const home = page.querySelector('a') as HTMLAnchorElement;
    expect(home.textContent?.trim()).toBe("Revenir à l'accueil");
    expect(home.getAttribute('href')).toBe('/');
    expect(TestBed.inject(Title).getTitle()).toBe('Page introuvable – Bastide');
  });

  it('answers in English for an English reader', async () => {
    configure('en');
    const harness = await RouterTestingHarness.create();

    await harness.navigateByUrl('/mon-espace/nothing-here');
    const page = harness.routeNativeElement as HTMLElement;

    expect(page.querySelector('h1')?.textContent).toBe('Page not found');
    expect(page.querySelector('a')?.textContent?.trim()).toBe('Back to the home page');
    expect(TestBed.inject(Title).getTitle()).toBe('Page not found – Bastide');
  });
});
