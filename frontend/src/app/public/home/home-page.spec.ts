import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { filter, firstValueFrom } from 'rxjs';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { provideTestTranslations } from '../../testing/test-translations';
import { EPCI_PAGE, GRAND_AUCH, LOMAGNE, givenCommune, givenCommunePage } from '../../testing/territory-samples';
import { HomePage } from './home-page';

const EPCIS_URL = '/api/v1/territory/epcis';
const COMMUNES_URL = '/api/v1/territory/communes';

describe('HomePage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: '', component: HomePage }], withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  // whenStable() would wait for the pending requests themselves: one synchronous pass sends them.
  function render() {
    const fixture = TestBed.createComponent(HomePage);
    fixture.detectChanges();
    return { fixture, page: fixture.nativeElement as HTMLElement };
  }

  function answerCommunes(): void {
    http.expectOne((request) => request.url === COMMUNES_URL).flush(givenCommunePage([givenCommune()], 458));
  }

  it("asks the API for the Gers' EPCIs and shows each with its communes and population in French", async () => {
    const { fixture, page } = render();
    const request = http.expectOne((candidate) => candidate.url === EPCIS_URL);
    answerCommunes();

    expect(request.request.method).toBe('GET');
    expect(request.request.params.get('department')).toBe('32');
    expect(request.request.params.get('limit')).toBe('100');

    request.flush(EPCI_PAGE);
    await fixture.whenStable();

    const cards = [...page.querySelectorAll('.epci-card')].map((card) => card.textContent?.replace(/[ \n]+/g, ' '));
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain(GRAND_AUCH.name);
    expect(cards[0]).toContain('34 communes');
    // French groups thousands with a narrow no-break space: "39 177 habitants".
    expect(cards[0]).toContain(`${new Intl.NumberFormat('fr').format(GRAND_AUCH.population)} habitants`);
    expect(cards[1]).toContain(LOMAGNE.name);
    expect(page.querySelector('.epci-card button')?.getAttribute('aria-label')).toBe(
      `Voir les communes de ${GRAND_AUCH.name}`,
    );
  });

  it('presents the network before the territory', async () => {
    const { fixture, page } = render();
    http.expectOne((request) => request.url === EPCIS_URL).flush(EPCI_PAGE);
    answerCommunes();
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent).toBe('Travailler dans le Gers, près de chez soi');
    expect(page.textContent).toContain('Soho Solo');
  });

  it('explains a failure to load the EPCIs, and really asks again on "Réessayer"', async () => {
    const { fixture, page } = render();
    answerCommunes();
    http
      .expectOne((request) => request.url === EPCIS_URL)
      .flush(
        { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'La base de données redémarre.' },
        { status: 503, statusText: 'Service Unavailable', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await fixture.whenStable();

    const alert = page.querySelector('.epci-directory [role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain("Les intercommunalités n'ont pas pu être chargées.");
    expect(alert.textContent).toContain('Le service rencontre une difficulté de son côté.');
    expect(alert.textContent).toContain('La base de données redémarre.');

    (alert.querySelector('button') as HTMLButtonElement).click();
    fixture.detectChanges();
    http.expectOne((request) => request.url === EPCIS_URL).flush(EPCI_PAGE);
    await fixture.whenStable();

    expect(page.querySelector('.epci-directory [role="alert"]')).toBeNull();
    expect(page.querySelectorAll('.epci-card')).toHaveLength(2);
  });

  it('shows the communes of an EPCI chosen in the directory, and keeps the choice in the address', async () => {
    const router = TestBed.inject(Router);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/', HomePage);
    const page = harness.routeNativeElement as HTMLElement;
    http.expectOne((request) => request.url === EPCIS_URL).flush(EPCI_PAGE);
    answerCommunes();
    await harness.fixture.whenStable();

    const lomagneButton = [...page.querySelectorAll<HTMLButtonElement>('.epci-card button')].find((button) =>
      button.getAttribute('aria-label')?.includes(LOMAGNE.name),
    ) as HTMLButtonElement;
    const navigated = firstValueFrom(router.events.pipe(filter((event) => event instanceof NavigationEnd)));
    lomagneButton.click();
    await navigated;
    harness.detectChanges();

    const request = http.expectOne((candidate) => candidate.url === COMMUNES_URL);
    expect(request.request.params.get('limit')).toBe('500');
    expect(router.url).toBe(`/?epci=${LOMAGNE.code}`);
    request.flush(
      givenCommunePage([
        givenCommune(),
        givenCommune({ code: '32208', name: 'Lectoure', epciCode: LOMAGNE.code, epciName: LOMAGNE.name }),
      ]),
    );
    await harness.fixture.whenStable();

    expect([...page.querySelectorAll('tbody th')].map((cell) => cell.textContent?.trim())).toEqual(['Lectoure']);
    expect(page.querySelector('.epci-card--selected')?.textContent).toContain(LOMAGNE.name);
    expect(document.activeElement?.textContent).toBe('Les communes du Gers');
  });
});
