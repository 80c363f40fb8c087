import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { Session } from '../../core/auth/session';
import { OrganizationDetailView } from '../../core/api/plans.types';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenOrganizationDetail } from '../../testing/plans-samples';
import { givenSite } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { UserSummary } from '../network-api';

const AUCH = givenSite({ id: 'site-auch', name: 'Tiers-lieu d’Auch' });
const GIMONT = givenSite({ id: 'site-gimont', name: 'Le Hangar de Gimont' });
const CAMILLE = {
  userId: 'user-camille',
  firstName: 'Camille',
  lastName: 'Aubert',
  email: 'camille.aubert@example.fr',
  since: '2026-02-01T10:00:00+01:00',
};
const HELENE: UserSummary = {
  id: 'user-helene',
  email: 'helene.dupuy@example.fr',
  firstName: 'Hélène',
  lastName: 'Dupuy',
  role: 'member',
  homeCommuneCode: '31555',
};
const AERO = givenOrganizationDetail({
  contract: { daysPerWeek: 2, siteIds: ['site-auch'] },
  memberCount: 1,
  members: [CAMILLE],
});

describe('OrganizationPage', () => {
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
      ],
    });
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'admin' })));
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl('/reseau/organisations/org-aero');
    await tick();
    http.expectOne('/api/v1/organizations/org-aero').flush(AERO);
    http.expectOne((request) => request.url === '/api/v1/sites').flush({ items: [AUCH, GIMONT], total: 2 });
    await navigated;
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  function button(name: string, within: ParentNode = page): HTMLButtonElement {
    const found = [...within.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (!found) {
      throw new Error(`No button "${name}"`);
    }
    return found;
  }

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

  function choose(label: string): void {
    const option = [...page.querySelectorAll('mat-checkbox, mat-radio-button')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    (option?.querySelector('input') as HTMLInputElement).click();
  }

  /** The page's words, spaces as a reader hears them. */
  function text(): string {
    return page.textContent?.replace(/\s+/g, ' ') ?? '';
  }

  function statuses(): string {
    return [...page.querySelectorAll('[role="status"]')].map((region) => region.textContent?.trim()).join(' | ');
  }

  it('shows the employer, its contract in words and its members', () => {
    expect(page.querySelector('h1')?.textContent).toBe('Aéro Toulouse');
    expect(text()).toContain('Contrat en vigueur : 2 j par semaine, à Tiers-lieu d’Auch');
    expect(page.textContent).toContain('1 membre est rattaché à cette organisation.');
    const members = page.querySelector('[aria-labelledby="organization-members-title"] ul') as HTMLElement;
    expect(members.textContent).toContain('Camille Aubert');
    expect(members.textContent).toContain('camille.aubert@example.fr');
    // The form starts from the organization as it is.
    expect((field('Nom').querySelector('input') as HTMLInputElement).value).toBe('Aéro Toulouse');
    expect((field('Jours par semaine et par salarié').querySelector('input') as HTMLInputElement).value).toBe('2');
  });

  it('changes the contract to every site at 3 days a week (PATCH), and says it is saved', async () => {
    fill('Jours par semaine et par salarié', '3');
    choose('Tous les lieux du réseau');
    await settle();
    button('Enregistrer les modifications').click();
    await tick();
    const change = http.expectOne('/api/v1/organizations/org-aero');
    expect(change.request.method).toBe('PATCH');
    expect(change.request.body).toEqual({
      name: 'Aéro Toulouse',
      siren: '383474814',
      contract: { daysPerWeek: 3, siteIds: [] },
    });
    change.flush({ ...AERO, contract: { daysPerWeek: 3, siteIds: [] } });
    await settle();
    expect(statuses()).toContain('Les modifications sont enregistrées.');
    expect(text()).toContain('Contrat en vigueur : 3 j par semaine, dans tous les lieux');
  });

  it('ends the contract when the box is unticked', async () => {
    choose('Cette organisation a un contrat de télétravail avec le réseau');
    await settle();
    button('Enregistrer les modifications').click();
    await tick();
    const change = http.expectOne('/api/v1/organizations/org-aero');
    expect(change.request.body).toMatchObject({ contract: null });
    change.flush({ ...AERO, contract: null });
    await settle();
    expect(text()).toContain('Contrat en vigueur : Aucun contrat');
  });

  it('attaches a member found by name, and says so', async () => {
    const search = page.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'Dupuy';
    search.dispatchEvent(new Event('input'));
    button('Chercher').click();
    await tick();
    const found = http.expectOne((request) => request.url === '/api/v1/users');
    expect(found.request.params.get('q')).toBe('Dupuy');
    found.flush({ items: [HELENE], total: 1 });
    await settle();

    button('Rattacher Hélène Dupuy').click();
    await tick();
    const attach = http.expectOne('/api/v1/organizations/org-aero/members/user-helene');
    expect(attach.request.method).toBe('PUT');
    attach.flush(null, { status: 204, statusText: 'No Content' });
    await tick();
    const after: OrganizationDetailView = {
      ...AERO,
      memberCount: 2,
      members: [CAMILLE, { userId: HELENE.id, firstName: 'Hélène', lastName: 'Dupuy', email: HELENE.email, since: '' }],
    };
    http.expectOne('/api/v1/organizations/org-aero').flush(after);
    await settle();
    expect(statuses()).toContain('Hélène Dupuy est désormais rattaché(e) à Aéro Toulouse.');
    expect(page.textContent).toContain('2 membres sont rattachés à cette organisation.');
    expect(page.textContent).toContain('Déjà membre');
  });

  it('detaches a member only once the officer confirmed', async () => {
    button('Détacher Camille Aubert').click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Camille Aubert ne sera plus rattaché(e) à Aéro Toulouse');
    button('Détacher le membre', dialog).click();
    await tick();
    await tick();
    const detach = http.expectOne('/api/v1/organizations/org-aero/members/user-camille');
    expect(detach.request.method).toBe('DELETE');
    detach.flush(null, { status: 204, statusText: 'No Content' });
    await tick();
    http.expectOne('/api/v1/organizations/org-aero').flush({ ...AERO, memberCount: 0, members: [] });
    await settle();
    expect(statuses()).toContain("Camille Aubert n'est plus rattaché(e) à Aéro Toulouse.");
    expect(page.textContent).toContain("Aucun membre n'est rattaché à cette organisation.");
  });
});
