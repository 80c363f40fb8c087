import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { SiteView } from '../../core/api/sites.types';
import { LECTOURE_SITE, givenSite } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { EPCI_PAGE, GRAND_AUCH } from '../../testing/territory-samples';
import { SITE_SEARCH_DEBOUNCE_MS, SiteDirectoryPage } from './site-directory-page';
import { SitesMap } from './sites-map';

/** Leaflet needs a real layout engine; the list is what these specs are about, and it must work alone. */
@Component({ selector: 'bastide-sites-map', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NoMap {
  readonly sites = input.required<readonly SiteView[]>();
}

const SITES_URL = '/api/v1/sites';

describe('SiteDirectoryPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    TestBed.overrideComponent(SiteDirectoryPage, { remove: { imports: [SitesMap] }, add: { imports: [NoMap] } });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  /** Polls until the page has asked for the sites (the EPCI list is answered on the way). */
  async function nextSitesRequest(): Promise<TestRequest> {
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      http.match((request) => request.url.endsWith('/territory/epcis')).forEach((request) => request.flush(EPCI_PAGE));
      const [request] = http.match((candidate) => candidate.url === SITES_URL);
      if (request) {
        return request;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('The page did not ask for the sites.');
  }

  async function sitesRequestAfter(navigation: Promise<unknown>): Promise<TestRequest> {
    await navigation;
    return nextSitesRequest();
  }

  async function settle(): Promise<HTMLElement> {
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  it('lists the published sites, each linking to its page, and says how many there are', async () => {
    const request = await sitesRequestAfter(harness.navigateByUrl('/lieux'));
    expect(request.request.params.keys().filter((key) => key !== 'limit')).toEqual([]);
    request.flush({ items: [givenSite(), LECTOURE_SITE], total: 2 });
    const page = await settle();

    const links = [...page.querySelectorAll('.site-list h2 a')];
    expect(links.map((link) => link.textContent?.trim())).toEqual(['Tiers-lieu d’Auch', 'La Fabrique de Lectoure']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '/lieux/tiers-lieu-d-auch',
      '/lieux/la-fabrique-de-lectoure',
    ]);
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('2 lieux trouvés.');
    expect(page.querySelector('.site-card')?.textContent).toContain('Café');
  });

  it('filters by EPCI and amenities read from the address', async () => {
    const request = await sitesRequestAfter(
      harness.navigateByUrl(`/lieux?epci=${GRAND_AUCH.code}&amenity=fibre&amenity=coffee`),
    );
    expect(request.request.params.get('epciCode')).toBe(GRAND_AUCH.code);
    expect(request.request.params.getAll('amenity')).toEqual(['fibre', 'coffee']);
    request.flush({ items: [givenSite()], total: 1 });
    const page = await settle();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('1 lieu trouvé.');
    expect(page.querySelector('mat-select')?.textContent).toContain(GRAND_AUCH.name);
  });

  it('searches by text once the reader pauses, and keeps the search in the address', async () => {
    (await sitesRequestAfter(harness.navigateByUrl('/lieux'))).flush({ items: [givenSite(), LECTOURE_SITE], total: 2 });
    const page = await settle();

    const input = page.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = 'Lectoure';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, SITE_SEARCH_DEBOUNCE_MS));

    const search = await nextSitesRequest();
    expect(search.request.params.get('q')).toBe('Lectoure');
    search.flush({ items: [LECTOURE_SITE], total: 1 });
    await settle();

    expect(TestBed.inject(Router).url).toBe('/lieux?q=Lectoure');
    expect([...page.querySelectorAll('.site-list h2')].map((name) => name.textContent?.trim())).toEqual([
      'La Fabrique de Lectoure',
    ]);
  });

  it('says when no site matches', async () => {
    (await sitesRequestAfter(harness.navigateByUrl('/lieux?amenity=showers'))).flush({ items: [], total: 0 });
    const page = await settle();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('Aucun lieu ne correspond à ces critères.');
  });
});
