import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { provideTestTranslations } from '../../testing/test-translations';
import { EPCI_PAGE, GRAND_AUCH, LOMAGNE, givenCommune, givenCommunePage } from '../../testing/territory-samples';
import { COMMUNE_SEARCH_DEBOUNCE_MS, CommuneFinder } from './commune-finder';
import { COMMUNES_PAGE_SIZE } from './commune-search';
import { GersEpcis } from './gers-epcis';

const COMMUNES_URL = '/api/v1/territory/communes';

function communes(count: number, from = 0) {
  return Array.from({ length: count }, (_, index) =>
    givenCommune({ code: `32${String(from + index).padStart(3, '0')}`, name: `Commune ${from + index}` }),
  );
}

describe('CommuneFinder', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<CommuneFinder>;
  let finder: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        GersEpcis,
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CommuneFinder);
    finder = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne((request) => request.url.endsWith('/epcis')).flush(EPCI_PAGE);
  });

  afterEach(() => http.verify());

  function communeRequest(): TestRequest {
    return http.expectOne((request) => request.url === COMMUNES_URL);
  }

  /** Polls until the debounced search has gone out, then a little longer to catch any extra one. */
  async function requestsOnceSent(url: string): Promise<TestRequest[]> {
    const sent: TestRequest[] = [];
    const deadline = Date.now() + 2000;
    while (sent.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      sent.push(...http.match((request) => request.url === url));
    }
    await new Promise((resolve) => setTimeout(resolve, COMMUNE_SEARCH_DEBOUNCE_MS));
    sent.push(...http.match((request) => request.url === url));
    return sent;
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
  }

  const status = () => finder.querySelector('[role="status"]')?.textContent?.trim();
  const rowNames = () => [...finder.querySelectorAll('tbody th')].map((cell) => cell.textContent?.trim());

  it('lists the first page of Gers communes and announces how many there are', async () => {
    const request = communeRequest();
    expect(request.request.params.get('department')).toBe('32');
    expect(request.request.params.get('limit')).toBe(String(COMMUNES_PAGE_SIZE));
    expect(request.request.params.get('offset')).toBe('0');
    expect(request.request.params.has('q')).toBe(false);

    request.flush(givenCommunePage(communes(COMMUNES_PAGE_SIZE), 458));
    await settle();

    expect(rowNames()).toHaveLength(COMMUNES_PAGE_SIZE);
    expect(status()).toContain('458 communes trouvées.');
    expect(status()).toContain('20 affichées sur 458.');
    expect(finder.querySelector('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('searches once the reader pauses typing, not at every keystroke', async () => {
    communeRequest().flush(givenCommunePage(communes(3)));
    await settle();

    const input = finder.querySelector('input') as HTMLInputElement;
    for (const typed of ['L', 'Le', 'Lec']) {
      input.value = typed;
      input.dispatchEvent(new Event('input'));
      TestBed.tick();
      // A reader's pace between keystrokes: shorter than the pause that starts a search.
      await new Promise((resolve) => setTimeout(resolve, COMMUNE_SEARCH_DEBOUNCE_MS / 3));
    }
    const searches = await requestsOnceSent(COMMUNES_URL);

    expect(searches.map((search) => search.request.params.get('q'))).toEqual(['Lec']);
    searches[0].flush(givenCommunePage([givenCommune({ name: 'Lectoure', postalCodes: ['32700'] })]));
    await settle();

    expect(rowNames()).toEqual(['Lectoure']);
    expect(status()).toBe('1 commune trouvée.');
  });

  it('says so when nothing matches', async () => {
    communeRequest().flush(givenCommunePage([]));
    await settle();

    expect(status()).toBe('Aucune commune trouvée.');
    expect(finder.querySelector('table')).toBeNull();
  });

  it('shows more communes after the ones already listed', async () => {
    communeRequest().flush(givenCommunePage(communes(COMMUNES_PAGE_SIZE), 25));
    await settle();

    (finder.querySelector('.commune-finder__more') as HTMLButtonElement).click();
    fixture.detectChanges();
    const next = communeRequest();
    expect(next.request.params.get('offset')).toBe(String(COMMUNES_PAGE_SIZE));
    next.flush(givenCommunePage(communes(5, COMMUNES_PAGE_SIZE), 25));
    await settle();

    expect(rowNames()).toHaveLength(25);
    expect(status()).toBe('25 communes trouvées.');
    expect(finder.querySelector('.commune-finder__more')).toBeNull();
    expect(document.activeElement?.textContent?.trim()).toBe(`Commune ${COMMUNES_PAGE_SIZE}`);
  });

  it("narrows the list to one EPCI's communes, which the API cannot filter, in one request", async () => {
    communeRequest().flush(givenCommunePage(communes(3)));
    await settle();

    fixture.componentRef.setInput('epciCode', LOMAGNE.code);
    fixture.detectChanges();
    const request = communeRequest();
    expect(request.request.params.get('limit')).toBe('500');
    request.flush(
      givenCommunePage([
        givenCommune({ name: 'Auch' }),
        givenCommune({ code: '32208', name: 'Lectoure', epciCode: LOMAGNE.code, epciName: LOMAGNE.name }),
        givenCommune({ code: '32132', name: 'Fleurance', epciCode: LOMAGNE.code, epciName: LOMAGNE.name }),
      ]),
    );
    await settle();

    expect(rowNames()).toEqual(['Lectoure', 'Fleurance']);
    expect(status()).toBe('2 communes trouvées.');
    expect(finder.querySelector('mat-select')?.textContent).toContain(LOMAGNE.name);
    expect(finder.textContent).not.toContain(GRAND_AUCH.name);
  });

  it('reports a server that cannot be reached, and retries the same page', async () => {
    communeRequest().error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await settle();

    const alert = finder.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain("Les communes n'ont pas pu être chargées.");
    expect(alert.textContent).toContain('Le serveur de Bastide ne répond pas.');
    expect(status()).toBe('');

    (alert.querySelector('button') as HTMLButtonElement).click();
    fixture.detectChanges();
    const retried = communeRequest();
    expect(retried.request.params.get('offset')).toBe('0');
    retried.flush(givenCommunePage([givenCommune()]));
    await settle();

    expect(finder.querySelector('[role="alert"]')).toBeNull();
    expect(rowNames()).toEqual(['Auch']);
  });
});
