import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenOrganization, givenOrganizationDetail } from '../../testing/plans-samples';
import { givenSite } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { sirenValidator } from './organization-fields';
import { FormControl } from '@angular/forms';

const AUCH = givenSite({ id: 'site-auch', name: 'Tiers-lieu d’Auch' });
const GIMONT = givenSite({ id: 'site-gimont', name: 'Le Hangar de Gimont' });
const LISTED = [
  givenOrganization({ memberCount: 12 }),
  givenOrganization({
    id: 'org-coop',
    name: 'Coopérative du Savès',
    siren: null,
    contract: { daysPerWeek: 1.5, siteIds: ['site-gimont'] },
    memberCount: 1,
  }),
  givenOrganization({ id: 'org-none', name: 'Cabinet Lafitte', contract: null }),
];

describe('OrganizationsPage', () => {
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
    const navigated = harness.navigateByUrl('/reseau/organisations');
    await tick();
    http.expectOne((request) => request.url === '/api/v1/sites').flush({ items: [AUCH, GIMONT], total: 2 });
    flushList(LISTED);
    await navigated;
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  /** Once no request is pending (an open request keeps the app unstable). */
  async function settle(): Promise<void> {
    await tick();
    await harness.fixture.whenStable();
  }

  function flushList(items = LISTED): void {
    const list = http.expectOne((request) => request.url === '/api/v1/organizations' && request.method === 'GET');
    list.flush({ items, total: items.length });
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

  function button(name: string): HTMLButtonElement {
    return [...page.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    ) as HTMLButtonElement;
  }

  function check(label: string): void {
    const box = [...page.querySelectorAll('mat-checkbox, mat-radio-button')].find(
      (candidate) => candidate.textContent?.trim() === label,
    );
    (box?.querySelector('input') as HTMLInputElement).click();
  }

  it('lists employers with their SIREN, their contract in words and their member count', () => {
    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).toEqual([
      ['Aéro Toulouse', '383474814', '2 j par semaine, dans tous les lieux', '12'],
      ['Coopérative du Savès', '', '1,5 j par semaine, à Le Hangar de Gimont', '1'],
      ['Cabinet Lafitte', '383474814', 'Aucun contrat', '0'],
    ]);
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('3 organisations');
    const link = page.querySelector('tbody a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/reseau/organisations/org-aero');
  });

  it('searches by name or SIREN', async () => {
    const search = page.querySelector('input[type="search"]') as HTMLInputElement;
    search.value = 'savès';
    search.dispatchEvent(new Event('input'));
    button('Chercher').click();
    await tick();
    const request = http.expectOne((r) => r.url === '/api/v1/organizations');
    expect(request.request.params.get('q')).toBe('savès');
    request.flush({ items: [], total: 0 });
    await settle();
    expect(page.textContent).toContain('Aucune organisation ne correspond.');
  });

  it('registers an employer with a contract at some sites, then opens its page', async () => {
    fill('Nom', 'Aéro Toulouse');
    fill('SIREN', '383 474 815');
    button("Enregistrer l'organisation").click();
    await settle();
    // The check digit is wrong: said at once, nothing sent.
    expect(field('SIREN').textContent).toContain("Ce numéro SIREN n'est pas valide");
    http.expectNone((r) => r.method === 'POST');

    fill('SIREN', '383 474 814');
    check('Cette organisation a un contrat de télétravail avec le réseau');
    await settle();
    fill('Jours par semaine et par salarié', '2.5');
    check('Certains lieux');
    await settle();
    button("Enregistrer l'organisation").click();
    await settle();
    expect(page.textContent).toContain('Cochez au moins un lieu.');
    http.expectNone((r) => r.method === 'POST');

    check('Le Hangar de Gimont');
    await settle();
    button("Enregistrer l'organisation").click();
    await tick();
    const created = http.expectOne((r) => r.url === '/api/v1/organizations' && r.method === 'POST');
    expect(created.request.body).toEqual({
      name: 'Aéro Toulouse',
      siren: '383474814',
      contract: { daysPerWeek: 2.5, siteIds: ['site-gimont'] },
    });
    created.flush(givenOrganizationDetail({ id: 'org-new' }));
    await tick();
    await tick();
    expect(TestBed.inject(Router).url).toBe('/reseau/organisations/org-new');
    http.expectOne('/api/v1/organizations/org-new').flush(givenOrganizationDetail({ id: 'org-new' }));
    http.expectOne((r) => r.url === '/api/v1/sites').flush({ items: [AUCH, GIMONT], total: 2 });
    await settle();
    expect(harness.routeNativeElement?.textContent).toContain("L'organisation est enregistrée.");
  });

  it('says in French why the API refused, and puts field errors on their fields', async () => {
    fill('Nom', 'Aéro Toulouse');
    fill('SIREN', '383474814');
    button("Enregistrer l'organisation").click();
    await tick();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          type: 'https://bastide.gers.fr/problems/siren-taken',
          title: 'SIREN already registered',
          status: 409,
          detail: 'Another organization is already registered under the SIREN 383474814.',
        },
        { status: 409, statusText: 'Conflict' },
      );
    await settle();
    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Une autre organisation est déjà enregistrée sous ce SIREN.',
    );

    button("Enregistrer l'organisation").click();
    await tick();
    http
      .expectOne((r) => r.method === 'POST')
      .flush(
        {
          type: 'https://bastide.gers.fr/problems/invalid-input',
          title: 'Invalid input',
          status: 400,
          errors: [{ field: 'name', message: 'name must be shorter than or equal to 200 characters' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(field('Nom').textContent).toContain('name must be shorter than or equal to 200 characters');
  });
});

describe('sirenValidator', () => {
  it('accepts nine digits with a valid check digit, spaces allowed, and an empty field', () => {
    for (const value of ['383474814', '383 474 814', '356 000 000', '']) {
      expect(sirenValidator(new FormControl(value, { nonNullable: true }))).toBeNull();
    }
  });

  it('refuses a wrong check digit or anything but nine digits', () => {
    for (const value of ['383474815', '38347481', 'abcdefghi']) {
      expect(sirenValidator(new FormControl(value, { nonNullable: true }))).toEqual({ siren: true });
    }
  });
});
