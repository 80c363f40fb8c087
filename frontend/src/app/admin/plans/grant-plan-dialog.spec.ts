import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { Session } from '../../core/auth/session';
import { NOW } from '../../core/time/now';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenPlan } from '../../testing/plans-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { UserSummary } from '../network-api';

const CAMILLE: UserSummary = {
  id: 'user-camille',
  email: 'camille.martin@example.fr',
  firstName: 'Camille',
  lastName: 'Martin',
  role: 'member',
  homeCommuneCode: '31555',
};
const PACK = givenPlan();
const WEEKLY = givenPlan({ id: 'plan-weekly', name: 'Deux par semaine', kind: 'weekly', days: 2 });

describe('Granting a plan from the accounts page', () => {
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
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        // Friday 20 March 2026, 23:30 in Paris: the date is the network's, whatever the browser's zone.
        { provide: NOW, useValue: () => new Date('2026-03-20T22:30:00Z') },
      ],
    });
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'admin' })));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl('/reseau/comptes');
    await tick();
    http.expectOne((request) => request.url === '/api/v1/users').flush({ items: [CAMILLE], total: 1 });
    await navigated;
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  function button(name: string, within: ParentNode = document): HTMLButtonElement {
    const found = [...within.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (!found) {
      throw new Error(`No button "${name}"`);
    }
    return found;
  }

  async function openDialog(held = [] as unknown[]): Promise<HTMLElement> {
    button('Attribuer un forfait Camille Martin', page).click();
    await tick();
    http
      .expectOne((request) => request.url === '/api/v1/users/user-camille/plans')
      .flush({
        items: held,
        total: held.length,
      });
    http.expectOne((request) => request.url === '/api/v1/plans').flush({ items: [PACK, WEEKLY], total: 2 });
    await settle();
    return document.querySelector('mat-dialog-container') as HTMLElement;
  }

  async function choosePlan(dialog: HTMLElement, name: string): Promise<void> {
    (dialog.querySelector('mat-select') as HTMLElement).click();
    await settle();
    const option = [...document.querySelectorAll('mat-option')].find((o) => o.textContent?.includes(name));
    (option as HTMLElement).click();
    await settle();
  }

  it('shows the plans held so far and grants one from today (Paris), then says so on the page', async () => {
    const dialog = await openDialog([
      {
        id: 'held-1',
        userId: 'user-camille',
        plan: PACK,
        from: '2026-01-05',
        until: '2026-03-31',
        grantedBy: 'officer',
        grantedAt: '2026-01-05T10:00:00+01:00',
      },
    ]);
    expect(dialog.textContent).toContain('Attribuer un forfait à Camille Martin');
    expect(dialog.textContent).toContain('Carnet 10 jours · du lundi 5 janvier 2026 au mardi 31 mars 2026');
    const from = dialog.querySelector('input[type="date"]') as HTMLInputElement;
    expect(from.value).toBe('2026-03-20');

    await choosePlan(dialog, 'Deux par semaine');
    button('Attribuer', dialog).click();
    await tick();
    const grant = http.expectOne('/api/v1/users/user-camille/plan');
    expect(grant.request.method).toBe('PUT');
    expect(grant.request.body).toEqual({ planId: 'plan-weekly', from: '2026-03-20' });
    grant.flush({
      id: 'held-2',
      userId: 'user-camille',
      plan: WEEKLY,
      from: '2026-03-20',
      until: null,
      grantedBy: 'officer',
      grantedAt: '2026-03-20T23:30:00+01:00',
    });
    await settle();
    await settle();
    expect(document.querySelector('mat-dialog-container')).toBeNull();
    expect(page.textContent).toContain(
      'Camille Martin a le forfait « Deux par semaine » à partir du vendredi 20 mars 2026.',
    );
  });

  it('asks for a plan before sending, and shows the field the API refused', async () => {
    const dialog = await openDialog();
    expect(dialog.textContent).toContain("Aucun forfait jusqu'ici : le membre réserve à la carte.");
    button('Attribuer', dialog).click();
    await settle();
    expect(dialog.textContent).toContain('Choisissez un forfait.');
    http.expectNone('/api/v1/users/user-camille/plan');

    await choosePlan(dialog, 'Carnet 10 jours');
    const [, until] = [...dialog.querySelectorAll('input[type="date"]')] as HTMLInputElement[];
    until.value = '2026-03-01';
    until.dispatchEvent(new Event('input'));
    button('Attribuer', dialog).click();
    await tick();
    const grant = http.expectOne('/api/v1/users/user-camille/plan');
    expect(grant.request.body).toEqual({ planId: 'plan-pack', from: '2026-03-20', until: '2026-03-01' });
    grant.flush(
      {
        type: 'https://bastide.gers.fr/problems/invalid-input',
        title: 'Invalid input',
        status: 400,
        errors: [{ field: 'until', message: 'until must be on or after from' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    expect(dialog.textContent).toContain('until must be on or after from');
    expect(dialog.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Certains champs sont à corriger.');
  });
});
