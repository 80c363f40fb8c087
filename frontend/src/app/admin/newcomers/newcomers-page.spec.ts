import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenNewcomer } from '../../testing/newcomer-samples';
import { provideTestTranslations } from '../../testing/test-translations';

const OFFICER = givenUser({ id: 'officer-lea', firstName: 'Léa', lastName: 'Sarrat', role: 'admin' });
const CLAIRE = givenNewcomer();
const MARC = givenNewcomer({
  id: 'newcomer-marc',
  firstName: 'Marc',
  lastName: 'Lobel',
  currentCity: 'Paris',
  projectKind: 'telework',
  status: 'contacted',
  officer: { id: OFFICER.id, firstName: 'Léa', lastName: 'Sarrat' },
  nextActionDate: '2026-12-04',
  nextActionNote: 'Rappeler',
});

describe('NewcomersPage', () => {
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
    TestBed.inject(Session).start(givenAuthResponse(OFFICER));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl('/reseau/nouveaux-arrivants');
    await tick();
    flushList({ limit: '25', offset: '0' });
    await navigated;
    await settle();
    page = harness.routeNativeElement as HTMLElement;
    // The first test compiles the lazy routes: a busy machine needs more than five seconds.
  }, 30_000);

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function settle(): Promise<void> {
    await tick();
    await harness.fixture.whenStable();
  }

  function flushList(expected: Record<string, string>, items = [CLAIRE, MARC]): void {
    const request = http.expectOne((r) => r.url === '/api/v1/newcomers' && r.method === 'GET');
    const params = Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key)]),
    );
    expect(params).toEqual(expected);
    request.flush({ items, total: items.length });
  }

  function button(name: string): HTMLElement {
    return [...page.querySelectorAll('button, mat-button-toggle button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    ) as HTMLElement;
  }

  function select(label: string): HTMLSelectElement {
    const field = [...page.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    ) as HTMLElement;
    return field.querySelector('select') as HTMLSelectElement;
  }

  function choose(element: HTMLSelectElement, value: string): void {
    element.value = value;
    element.dispatchEvent(new Event('change'));
  }

  it('lists the files with their stage, city, project, officer, date and next action', () => {
    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Claire Dupuy', 'Nouveau', 'Bordeaux', 'Indépendant ou freelance', 'Non attribué', '29 nov. 2026', ''],
      ['Marc Lobel', 'Contacté', 'Paris', 'Télétravail pour un employeur', 'Léa Sarrat', '29 nov. 2026', '4 déc. 2026'],
    ]);
    expect(page.querySelector('tbody a')?.getAttribute('href')).toBe('/reseau/nouveaux-arrivants/newcomer-claire');
    expect(page.querySelector('p[role="status"]')?.textContent?.trim()).toBe('2 dossiers');
  });

  it('filters by stage and by officer', async () => {
    choose(select('Étape'), 'contacted');
    await tick();
    flushList({ limit: '25', offset: '0', status: 'contacted' }, [MARC]);
    await settle();
    choose(select('Chargé d’accueil'), 'mine');
    await tick();
    flushList({ limit: '25', offset: '0', status: 'contacted', officerId: OFFICER.id }, [MARC]);
    await settle();
    expect(page.querySelectorAll('tbody tr')).toHaveLength(1);
  });

  it('shows a board of stages whose cards move with a select and a button, and says so', async () => {
    button('Tableau').click();
    await tick();
    flushList({ limit: '200', offset: '0' });
    await settle();
    const columns = [...page.querySelectorAll('.newcomers__column')].map((column) => [
      column.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim(),
      [...column.querySelectorAll('h3')].map((card) => card.textContent?.trim()),
    ]);
    expect(columns).toEqual([
      ['Nouveau (1)', ['Claire Dupuy']],
      ['Contacté (1)', ['Marc Lobel']],
      ['En visite (0)', []],
      ['Installé (0)', []],
      ['Abandonné (0)', []],
    ]);

    const card = page.querySelector('.newcomers__card') as HTMLElement;
    const target = card.querySelector('select') as HTMLSelectElement;
    expect(target.getAttribute('aria-label')).toBe('Étape du dossier de Claire Dupuy');
    expect(target.value).toBe('new');
    target.value = 'contacted';
    (card.querySelector('button') as HTMLButtonElement).click();
    const patch = http.expectOne('/api/v1/newcomers/newcomer-claire');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ status: 'contacted' });
    patch.flush({ ...CLAIRE, status: 'contacted', timeline: [] });
    await tick();
    // Both the board and the list (hidden, shown again later) are read anew.
    const moved = [{ ...CLAIRE, status: 'contacted' as const }, MARC];
    const reads = http.match((r) => r.url === '/api/v1/newcomers' && r.method === 'GET');
    expect(reads.map((read) => read.request.params.get('limit')).sort()).toEqual(['200', '25']);
    reads.forEach((read) => read.flush({ items: moved, total: 2 }));
    await settle();
    expect(page.querySelector('.newcomers__notice')?.textContent?.trim()).toBe(
      'Le dossier de Claire Dupuy est passé à l’étape « Contacté ».',
    );
    expect(page.querySelector('.newcomers__notice')?.getAttribute('role')).toBe('status');
    expect(page.querySelectorAll('.newcomers__column')[1].querySelectorAll('h3')).toHaveLength(2);
  });
});
