import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenPlan } from '../../testing/plans-samples';
import { provideTestTranslations } from '../../testing/test-translations';

const CATALOGUE = [
  givenPlan(),
  givenPlan({ id: 'plan-weekly', name: 'Deux jours et demi', kind: 'weekly', days: 2.5 }),
  givenPlan({ id: 'plan-monthly', name: 'Mensuel 8', kind: 'monthly', days: 8 }),
  givenPlan({ id: 'plan-resident', name: 'Résident', kind: 'unlimited', days: null }),
];

describe('PlansPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  async function settle(): Promise<void> {
    await tick();
    await harness.fixture.whenStable();
  }

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
    const navigated = harness.navigateByUrl('/reseau/forfaits');
    await tick();
    http.expectOne((request) => request.url === '/api/v1/plans').flush({ items: CATALOGUE, total: 4 });
    await navigated;
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  function field(label: string): HTMLElement | undefined {
    return [...page.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    ) as HTMLElement | undefined;
  }

  function fill(label: string, value: string): void {
    const input = field(label)!.querySelector('input') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  function choose(label: string): void {
    const option = [...page.querySelectorAll('mat-radio-button')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    (option?.querySelector('input') as HTMLInputElement).click();
  }

  function submit(): void {
    (
      [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Créer le forfait') as HTMLElement
    ).click();
  }

  it('lists the catalogue with what each plan gives, in French', () => {
    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Carnet 10 jours', 'Carnet de jours', '10 j au total'],
      ['Deux jours et demi', 'Jours par semaine', '2,5 j par semaine'],
      ['Mensuel 8', 'Jours par mois', '8 j par mois'],
      ['Résident', 'Illimité', 'Sans limite'],
    ]);
    expect(page.textContent).toContain('4 forfaits');
  });

  it('creates a weekly plan in half-days, refusing more than a week holds', async () => {
    fill('Nom', 'Deux jours et demi');
    choose('Jours par semaine');
    await settle();
    fill('Nombre de jours', '8');
    submit();
    await settle();
    expect(field('Nombre de jours')!.textContent).toContain('Saisissez un nombre de jours de 0,5 à 7');
    http.expectNone((request) => request.method === 'POST');

    fill('Nombre de jours', '2.5');
    submit();
    await tick();
    const created = http.expectOne((request) => request.method === 'POST');
    expect(created.request.body).toEqual({ name: 'Deux jours et demi', kind: 'weekly', days: 2.5 });
    created.flush(givenPlan({ id: 'plan-new', name: 'Deux jours et demi', kind: 'weekly', days: 2.5 }));
    await tick();
    http.expectOne((request) => request.url === '/api/v1/plans').flush({ items: CATALOGUE, total: 4 });
    await settle();
    expect(page.textContent).toContain('Le forfait « Deux jours et demi » est créé.');
  });

  it('creates an unlimited plan without a number of days', async () => {
    fill('Nom', 'Résident');
    choose('Illimité');
    await settle();
    expect(field('Nombre de jours')).toBeUndefined();
    submit();
    await tick();
    const created = http.expectOne((request) => request.method === 'POST');
    expect(created.request.body).toEqual({ name: 'Résident', kind: 'unlimited' });
    created.flush(givenPlan({ kind: 'unlimited', days: null, name: 'Résident' }));
    await tick();
    http.expectOne((request) => request.url === '/api/v1/plans').flush({ items: CATALOGUE, total: 4 });
    await settle();
  });
});
