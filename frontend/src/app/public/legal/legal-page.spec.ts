import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import type { LegalPageView } from '../../core/api/legal-api';
import { LanguageService } from '../../core/i18n/language';
import { TranslatedTitleStrategy } from '../../core/i18n/translated-title-strategy';
import { provideTestTranslations } from '../../testing/test-translations';

function givenLegalPage(overrides: Partial<LegalPageView> = {}): LegalPageView {
  return {
    page: 'accessibility',
    lang: 'fr',
    title: 'Déclaration d’accessibilité',
    html: '<h2>État de conformité</h2>\n<p>Bastide est <strong>non conforme</strong>.</p>',
    ...overrides,
  };
}

describe('LegalPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'fr';
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    await tick();
    return { harness, page: harness.routeNativeElement as HTMLElement, settle: () => harness.fixture.whenStable() };
  }

  it.each([
    ['/accessibilite', 'accessibility', 'Déclaration d’accessibilité'],
    ['/confidentialite', 'privacy', 'Politique de confidentialité'],
    ['/mentions-legales', 'legal-notice', 'Mentions légales'],
  ])('%s asks the API for the %s page in French and names the tab', async (url, name, title) => {
    const { page, settle } = await open(url);
    expect(page.querySelector('h1')?.textContent?.trim()).toBe(title);
    expect(page.querySelector('mat-progress-bar')?.getAttribute('aria-label')).toBe('Chargement de la page…');
    http
      .expectOne(`/api/v1/legal/${name}?lang=fr`)
      .flush(givenLegalPage({ page: name as LegalPageView['page'], title }));
    await settle();
    expect(TestBed.inject(Title).getTitle()).toBe(`${title} – Bastide`);
  });

  it('shows the title and the rendered text the network wrote, with headings under the page’s h1', async () => {
    const { page, settle } = await open('/accessibilite');
    http.expectOne('/api/v1/legal/accessibility?lang=fr').flush(givenLegalPage());
    await settle();

    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('h1')?.textContent).toBe('Déclaration d’accessibilité');
    expect(page.querySelector('h2')?.textContent).toBe('État de conformité');
    expect(page.querySelector('p strong')?.textContent).toBe('non conforme');
  });

  it('loads the English text when the reader switches language', async () => {
    const { page, settle } = await open('/mentions-legales');
    http
      .expectOne('/api/v1/legal/legal-notice?lang=fr')
      .flush(givenLegalPage({ page: 'legal-notice', title: 'Mentions légales' }));
    await settle();

    TestBed.inject(LanguageService).use('en');
    // Not settle(): the app is not stable while the request it waits for is open.
    await tick();
    http
      .expectOne('/api/v1/legal/legal-notice?lang=en')
      .flush(givenLegalPage({ page: 'legal-notice', lang: 'en', title: 'Legal notice', html: '<h2>Publisher</h2>' }));
    await settle();

    expect(page.querySelector('h1')?.textContent).toBe('Legal notice');
    expect(page.querySelector('h2')?.textContent).toBe('Publisher');
  });

  it('says when the page cannot be loaded, and tries again on request', async () => {
    const { page, settle } = await open('/confidentialite');
    http
      .expectOne('/api/v1/legal/privacy?lang=fr')
      .flush({ status: 503, title: 'Unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    await settle();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Politique de confidentialité');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Cette page n’a pas pu être chargée.');
    (page.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    await tick();
    http
      .expectOne('/api/v1/legal/privacy?lang=fr')
      .flush(givenLegalPage({ page: 'privacy', title: 'Politique de confidentialité' }));
    await settle();
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });
});
