import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('SitePage', () => {
  let http: HttpTestingController;

  function configure(language: 'fr' | 'en') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations(language),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  }

  afterEach(() => http.verify());

  async function open(slug: string, answer: (request: ReturnType<HttpTestingController['expectOne']>) => void) {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(`/lieux/${slug}`);
    await new Promise((resolve) => setTimeout(resolve));
    answer(http.expectOne(`/api/v1/sites/${slug}`));
    await navigated;
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const rows = (page: HTMLElement) =>
    [...page.querySelectorAll('table tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        [...cell.childNodes]
          .filter((node) => node.nodeType !== Node.COMMENT_NODE)
          .map((node) => node.textContent?.trim())
          .filter(Boolean)
          .join(' | '),
      ),
    );

  it('renders the weekly opening hours from Monday, in French, with closed days', async () => {
    configure('fr');
    const page = await open('tiers-lieu-d-auch', (request) => request.flush(givenSiteDetail()));

    expect(page.querySelector('h1')?.textContent).toBe('Tiers-lieu d’Auch');
    expect(rows(page)).toEqual([
      ['Lundi', '08:30 – 12:30 | 13:30 – 18:00'],
      ['Mardi', '08:30 – 18:00'],
      ['Mercredi', '08:30 – 18:00'],
      ['Jeudi', '08:30 – 18:00'],
      ['Vendredi', '08:30 – 17:00'],
      ['Samedi', '09:00 – 12:00'],
      ['Dimanche', 'Fermé'],
    ]);
    expect([...page.querySelectorAll('table thead th')].map((cell) => cell.textContent?.trim())).toEqual([
      'Jour',
      'Horaires',
    ]);
  });

  it('shows the place, amenities, fibre, closures and resources grouped by kind', async () => {
    configure('fr');
    const page = await open('tiers-lieu-d-auch', (request) => request.flush(givenSiteDetail()));
    const text = page.textContent?.replace(/\s+/g, ' ') ?? '';

    expect(text).toContain('Auch — CA Grand Auch Coeur de Gascogne');
    expect(text).toContain('12 rue Gambetta, 32000 Auch');
    expect(text).toContain('Fibre optique');
    expect(text).toContain('Accessible en fauteuil roulant');
    // French groups thousands with a narrow no-break space, which the normalisation above made a space.
    expect(text).toContain('Fibre : 1 000 Mbit/s');
    expect(text).toContain('jeudi 24 décembre 2026 — Inventaire');
    const groups = [...page.querySelectorAll('#site-resources-title ~ h3')].map((heading) => heading.textContent);
    expect(groups).toEqual(['Bureaux', 'Salles de réunion']);
    expect(text).toContain('Bureau 1 — 1 place');
    expect(text).toContain('Salle Armagnac — 8 places');
  });

  it('speaks English to an English reader', async () => {
    configure('en');
    const page = await open('tiers-lieu-d-auch', (request) => request.flush(givenSiteDetail()));

    expect(rows(page)[0][0]).toBe('Monday');
    expect(rows(page)[6]).toEqual(['Sunday', 'Closed']);
  });

  it('says so when no published site has this address', async () => {
    configure('fr');
    const page = await open('nulle-part', (request) =>
      request.flush({ title: 'Not Found', status: 404 }, { status: 404, statusText: 'Not Found' }),
    );

    expect(page.querySelector('h1')?.textContent).toBe('Lieu introuvable');
  });
});
