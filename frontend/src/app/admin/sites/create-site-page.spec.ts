import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { Session } from '../../core/auth/session';
import { COMMUNE_SUGGESTIONS_DEBOUNCE_MS } from '../../shared/territory/commune-picker';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { LOMAGNE, givenCommune, givenCommunePage } from '../../testing/territory-samples';

const LECTOURE = givenCommune({
  code: '32208',
  name: 'Lectoure',
  postalCodes: ['32700'],
  epciCode: LOMAGNE.code,
  epciName: LOMAGNE.name,
});

describe('CreateSitePage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'admin' })));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/reseau/lieux/nouveau');
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  function field(label: string): HTMLElement {
    return [...page.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    ) as HTMLElement;
  }

  function fill(label: string, value: string): void {
    const input = field(label).querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function chooseLectoure(): Promise<void> {
    const commune = field('Commune du Gers').querySelector('input') as HTMLInputElement;
    commune.focus();
    commune.value = 'Lectoure';
    commune.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, COMMUNE_SUGGESTIONS_DEBOUNCE_MS + 50));
    const suggestions = http.expectOne((request) => request.url === '/api/v1/territory/communes');
    // A site of the network is in the Gers: the picker only suggests its communes here.
    expect(suggestions.request.params.get('department')).toBe('32');
    expect(suggestions.request.params.get('q')).toBe('Lectoure');
    suggestions.flush(givenCommunePage([LECTOURE]));
    await harness.fixture.whenStable();
    (document.querySelector('mat-option') as HTMLElement).click();
    await harness.fixture.whenStable();
  }

  function fillPlace(): void {
    fill('Nom du lieu', 'La Halle numérique');
    fill('Adresse', '3 place de la Halle, 32700 Lectoure');
    fill('Latitude', '43.934');
    fill('Longitude', '0.621');
  }

  async function requestFor(url: string): Promise<TestRequest> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [request] = http.match((candidate) => candidate.url === url);
      if (request) {
        return request;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error(`No request to ${url}`);
  }

  async function submit(): Promise<void> {
    (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
  }

  it('creates a draft in the chosen Gers commune with the usual week, then opens it', async () => {
    fillPlace();
    await chooseLectoure();
    await submit();

    const create = http.expectOne({ method: 'POST', url: '/api/v1/sites' });
    expect(create.request.body).toEqual({
      name: 'La Halle numérique',
      communeCode: '32208',
      address: '3 place de la Halle, 32700 Lectoure',
      latitude: 43.934,
      longitude: 0.621,
      timezone: 'Europe/Paris',
      openingHours: expect.objectContaining({
        mon: [
          ['09:00', '12:30'],
          ['13:30', '18:00'],
        ],
        sat: [],
        sun: [],
      }),
    });
    create.flush(givenSiteDetail({ id: 'new-site', status: 'draft' }), { status: 201, statusText: 'Created' });
    // The site page loads lazily, then asks for the site: stability waits for that request, so it is polled.
    const load = await requestFor('/api/v1/sites/new-site');

    expect(TestBed.inject(Router).url).toBe('/reseau/lieux/new-site');
    load.flush(givenSiteDetail({ id: 'new-site', status: 'draft' }));
    // The panels of the site page load its hosts, closures and resources.
    await requestFor('/api/v1/sites/new-site/hosts');
    http.match(() => true).forEach((request) => request.flush({ items: [], total: 0 }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    harness.fixture.detectChanges();
    expect(harness.routeNativeElement?.textContent).toContain('Lieu créé en brouillon.');
  });

  it('sends nothing while a field is missing, and says which', async () => {
    fill('Nom du lieu', 'La Halle numérique');
    await submit();

    http.expectNone('/api/v1/sites');
    expect(field('Commune du Gers').querySelector('mat-error')?.textContent?.trim()).toBe(
      'Choisissez la commune dans la liste.',
    );
    expect(field('Adresse').querySelector('mat-error')?.textContent?.trim()).toBe(
      "Indiquez l'adresse (300 caractères au plus).",
    );
    expect(field('Latitude').querySelector('mat-error')).not.toBeNull();
  });

  it("shows the API's field errors beside their fields, and its opening-hours errors under the week", async () => {
    fillPlace();
    await chooseLectoure();
    await submit();

    http.expectOne({ method: 'POST', url: '/api/v1/sites' }).flush(
      {
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'latitude', message: 'latitude must not be greater than 90' },
          { field: 'openingHours', message: 'openingHours: tue: 13:30–12:00 does not end after it starts' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await harness.fixture.whenStable();

    expect(field('Latitude').querySelector('mat-error')?.textContent?.trim()).toBe(
      'latitude must not be greater than 90',
    );
    const alerts = [...page.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent?.trim());
    expect(alerts).toContain('Certains champs sont à corriger.');
    expect(alerts).toContain('openingHours: tue: 13:30–12:00 does not end after it starts');
  });
});
