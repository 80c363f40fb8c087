import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslateService } from '@ngx-translate/core';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { WelcomeVillageView } from '../../core/api/welcome-villages.types';
import { provideTestTranslations } from '../../testing/test-translations';
import { LECTOURE_VILLAGE, LOMAGNE, givenWelcomeVillage } from '../../testing/welcome-village-samples';
import { WelcomeVillagesMap } from './welcome-villages-map';
import { WelcomeVillagesPage } from './welcome-villages-page';

/** Leaflet needs a real layout engine; the list is what these specs are about, and it must work alone. */
@Component({ selector: 'bastide-welcome-villages-map', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class NoMap {
  readonly villages = input.required<readonly WelcomeVillageView[]>();
}

const MIRANDE = givenWelcomeVillage();
const VILLAGES_URL = '/api/v1/welcome-villages';

describe('WelcomeVillagesPage', () => {
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
    TestBed.overrideComponent(WelcomeVillagesPage, {
      remove: { imports: [WelcomeVillagesMap] },
      add: { imports: [NoMap] },
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
  }, 30_000);

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(url: string, villages: WelcomeVillageView[] = [MIRANDE, LECTOURE_VILLAGE]): Promise<HTMLElement> {
    const navigated = harness.navigateByUrl(url);
    await tick();
    const request = http.expectOne((candidate) => candidate.url === VILLAGES_URL);
    // The public list: only what is published, every village in one page.
    expect(request.request.params.get('published')).toBe('true');
    request.flush({ items: villages, total: villages.length });
    await navigated;
    return settle();
  }

  async function settle(): Promise<HTMLElement> {
    await tick();
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const names = (page: HTMLElement) =>
    [...page.querySelectorAll('.village-list h2')].map((name) => name.textContent?.trim());
  const status = (page: HTMLElement) => page.querySelector('[role="status"]')?.textContent?.trim();

  it('lists each village with its EPCI, description, offers and relay, and leads to the intake form', async () => {
    const page = await open('/villages-d-accueil');

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Les villages d’accueil du Gers');
    expect(names(page)).toEqual(['Mirande', 'Lectoure']);
    expect(status(page)).toBe('2 villages d’accueil.');
    const mirande = page.querySelector('#village-32256') as HTMLElement;
    const text = mirande.textContent?.replace(/\s+/g, ' ');
    expect(text).toContain('32300 — CC Cœur d’Astarac en Gascogne');
    expect(text).toContain('Bastide de l’Astarac : écoles, commerces, marché le lundi.');
    expect([...mirande.querySelectorAll('.village-card__offers li')].map((offer) => offer.textContent?.trim())).toEqual(
      ['École', 'Commerces', 'Pistes de logement', 'Fibre'],
    );
    expect(text).toContain('Martine Lacoste (mairie)');
    expect(mirande.querySelector('a[href="mailto:accueil.mirande@example.fr"]')).not.toBeNull();
    expect(mirande.querySelector('a[href="tel:0536491001"]')?.textContent?.trim()).toBe('05 36 49 10 01');
    // Lectoure has no position: the list says so, since the map cannot show it.
    const lectoure = page.querySelector('#village-32208') as HTMLElement;
    expect(lectoure.textContent).toContain('Pas encore placé sur la carte.');
    expect(lectoure.textContent).not.toContain('Téléphone');

    const cta = page.querySelector('.village-cta a') as HTMLAnchorElement;
    expect(cta.getAttribute('href')).toBe('/s-installer');
  });

  it('filters by offers (all those ticked) and by EPCI, keeping the choice in the address', async () => {
    const page = await open('/villages-d-accueil');
    const checkbox = (label: string) =>
      [...page.querySelectorAll('mat-checkbox')]
        .find((candidate) => candidate.textContent?.trim() === label)!
        .querySelector('input') as HTMLInputElement;

    checkbox('Pistes de logement').click();
    await settle();
    expect(TestBed.inject(Router).url).toBe('/villages-d-accueil?offer=housing');
    expect(names(page)).toEqual(['Mirande']);
    expect(status(page)).toBe('1 village d’accueil.');

    checkbox('Pistes de logement').click();
    await settle();
    expect(names(page)).toEqual(['Mirande', 'Lectoure']);

    // The villages were fetched once: the filters work on them without asking again.
    await harness.navigateByUrl(`/villages-d-accueil?epci=${LOMAGNE.code}&offer=school`);
    await settle();
    expect(names(page)).toEqual(['Lectoure']);
    expect(page.querySelector('mat-select')?.textContent).toContain(LOMAGNE.name);
  });

  it('says when no village matches', async () => {
    const page = await open('/villages-d-accueil?offer=housing&offer=fibre', [LECTOURE_VILLAGE]);
    expect(names(page)).toEqual([]);
    expect(status(page)).toBe('Aucun village ne correspond à ces critères.');
  });

  it('gives the English description in English, the French one when there is none', async () => {
    TestBed.inject(TranslateService).use('en');
    const page = await open('/villages-d-accueil');
    expect(page.querySelector('#village-32256')?.textContent).toContain('A bastide town of the Astarac');
    expect(page.querySelector('#village-32208')?.textContent).toContain('Bastide de l’Astarac');
    expect(page.querySelector('#village-32208')?.textContent).toContain('Lectoure Accueil (association)');
  });
});
