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
    flushOfficers();
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
    // The list's page (the board's reads ask 20 a column).
    const request = http.expectOne(
      (r) => r.url === '/api/v1/newcomers' && r.method === 'GET' && r.params.get('limit') !== '20',
    );
    const params = Object.fromEntries(
      request.request.params.keys().map((key) => [key, request.request.params.get(key)]),
    );
    expect(params).toEqual(expected);
    request.flush({ items, total: items.length });
  }

  /** The officers for the filter: `GET /users?role=admin`. */
  function flushOfficers(): void {
    const request = http.expectOne((r) => r.url === '/api/v1/users');
    expect(request.request.params.get('role')).toBe('admin');
    request.flush({
      items: [
        {
          id: OFFICER.id,
          email: 'lea@example.fr',
          firstName: 'Léa',
          lastName: 'Sarrat',
          role: 'admin',
          homeCommuneCode: null,
        },
        {
          id: 'officer-paul',
          email: 'paul@example.fr',
          firstName: 'Paul',
          lastName: 'Noguès',
          role: 'admin',
          homeCommuneCode: null,
        },
      ],
      total: 2,
    });
  }

  /** The board reads each stage on its own; `files` gives a stage's first page and its total. */
  function flushBoard(files: Partial<Record<string, { items: object[]; total: number }>>, officerId?: string): void {
    const reads = http.match((r) => r.url === '/api/v1/newcomers' && r.method === 'GET');
    expect(reads.map((read) => read.request.params.get('status'))).toEqual([
      'new',
      'contacted',
      'visiting',
      'settled',
      'dropped',
    ]);
    for (const read of reads) {
      expect(read.request.params.get('limit')).toBe('20');
      expect(read.request.params.get('offset')).toBe('0');
      expect(read.request.params.get('officerId')).toBe(officerId ?? null);
      read.flush(files[read.request.params.get('status')!] ?? { items: [], total: 0 });
    }
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
    // Any other officer, listed by name (the reader is "my files").
    const officers = [...select('Chargé d’accueil').options].map((option) => [
      option.value,
      option.textContent?.trim(),
    ]);
    expect(officers).toEqual([
      ['all', 'Tous'],
      ['mine', 'Mes dossiers'],
      ['officer-paul', 'Paul Noguès'],
    ]);
    choose(select('Chargé d’accueil'), 'officer-paul');
    await tick();
    flushList({ limit: '25', offset: '0', status: 'contacted', officerId: 'officer-paul' }, []);
    await settle();
    expect(page.querySelectorAll('tbody tr')).toHaveLength(0);
  });

  it('shows every file of a long column on the board, twenty more at each “show more”', async () => {
    const many = Array.from({ length: 45 }, (_, index) =>
      givenNewcomer({ id: `newcomer-${index}`, firstName: 'Personne', lastName: `${index + 1}` }),
    );
    button('Tableau').click();
    await tick();
    flushBoard({ new: { items: many.slice(0, 20), total: 45 } });
    await settle();
    const column = () => page.querySelectorAll('.newcomers__column')[0];
    expect(column().querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Nouveau (45)');
    expect(column().querySelectorAll('h3')).toHaveLength(20);
    expect(column().querySelector('.newcomers__shown')?.textContent?.trim()).toBe('20 dossiers affichés sur 45');
    // The other columns are complete: no button there.
    expect(page.querySelectorAll('.newcomers__column')[1].querySelector('button.newcomers__more')).toBeNull();

    for (const [offset, shown] of [
      ['20', 40],
      ['40', 45],
    ] as const) {
      (column().querySelector('button.newcomers__more') as HTMLButtonElement).click();
      const more = http.expectOne((r) => r.url === '/api/v1/newcomers' && r.params.get('offset') === offset);
      expect(more.request.params.get('status')).toBe('new');
      expect(more.request.params.get('limit')).toBe('20');
      more.flush({ items: many.slice(Number(offset), Number(offset) + 20), total: 45 });
      await settle();
      expect(column().querySelectorAll('h3')).toHaveLength(shown);
    }
    expect([...column().querySelectorAll('h3')].at(-1)?.textContent?.trim()).toBe('Personne 45');
    expect(column().querySelector('button.newcomers__more')).toBeNull();
    expect(page.querySelector('.newcomers__notice')?.textContent?.trim()).toBe(
      '5 dossiers de plus dans la colonne « Nouveau ».',
    );

    // Another officer's board starts again from each column's first page.
    choose(select('Chargé d’accueil'), 'officer-paul');
    await tick();
    flushList({ limit: '25', offset: '0', officerId: 'officer-paul' }, []);
    flushBoard({}, 'officer-paul');
    await settle();
    expect(column().querySelectorAll('h3')).toHaveLength(0);
    // 45 cards drawn three times: more than the default five seconds on a busy machine.
  }, 20_000);

  it('shows a board of stages whose cards move with a select and a button, and says so', async () => {
    button('Tableau').click();
    await tick();
    flushBoard({ new: { items: [CLAIRE], total: 1 }, contacted: { items: [MARC], total: 1 } });
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
    flushList({ limit: '25', offset: '0' }, moved);
    flushBoard({ contacted: { items: moved, total: 2 } });
    await settle();
    expect(page.querySelector('.newcomers__notice')?.textContent?.trim()).toBe(
      'Le dossier de Claire Dupuy est passé à l’étape « Contacté ».',
    );
    expect(page.querySelector('.newcomers__notice')?.getAttribute('role')).toBe('status');
    expect(page.querySelectorAll('.newcomers__column')[1].querySelectorAll('h3')).toHaveLength(2);
  });
});
