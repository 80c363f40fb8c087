import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { TrialDayInvitation } from '../../core/api/trial-days.types';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

const TOKEN = 'AbC_123-xyz';
const URL = `/api/v1/trial-day-invitations/${TOKEN}`;

function givenInvitation(overrides: Partial<TrialDayInvitation> = {}): TrialDayInvitation {
  return {
    firstName: 'Claire',
    lastName: 'Dupuy',
    email: 'claire.dupuy@example.fr',
    siteName: 'Tiers-lieu d’Auch',
    siteSlug: 'tiers-lieu-d-auch',
    siteAddress: '12 rue Gambetta, 32000 Auch',
    date: '2026-12-03',
    slot: 'full_day',
    start: '2026-12-03T08:30:00+01:00',
    end: '2026-12-03T18:00:00+01:00',
    expiresAt: '2026-12-03T08:30:00+01:00',
    locale: 'fr',
    accountExists: false,
    ...overrides,
  };
}

const BOOKING = {
  id: 'booking-1',
  siteName: 'Tiers-lieu d’Auch',
  resourceName: 'Bureau 1',
  date: '2026-12-03',
  start: '2026-12-03T08:30:00+01:00',
  end: '2026-12-03T18:00:00+01:00',
};

describe('TrialDayPage', () => {
  let http: HttpTestingController;
  // The first test compiles the lazy routes: a machine busy with other builds needs more than five seconds.
  jest.setTimeout(30_000);

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(invitation: TrialDayInvitation | { status: number; body: unknown }) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/journee-essai/${TOKEN}`);
    let sent = http.match(URL);
    for (let attempt = 0; attempt < 200 && !sent.length; attempt += 1) {
      await tick();
      harness.fixture.detectChanges();
      sent = http.match(URL);
    }
    expect(sent).toHaveLength(1);
    const request = sent[0];
    if ('status' in invitation) {
      request.flush(invitation.body as object, { status: invitation.status, statusText: 'Not Found' });
    } else {
      request.flush(invitation);
    }
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    return { harness, page, settle: () => harness.fixture.whenStable() };
  }

  it('shows the day and opens the account with the chosen password, then says it is booked', async () => {
    const { page, settle } = await open(givenInvitation());
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Votre journée d’essai en tiers-lieu');
    expect(page.textContent).toContain('Tiers-lieu d’Auch');
    expect(page.textContent).toContain('jeudi 3 décembre 2026, de 08:30 à 18:00');
    expect(page.textContent).toContain('claire.dupuy@example.fr');
    const password = page.querySelector('input[type="password"]') as HTMLInputElement;
    expect(page.querySelector(`label[for="${password.id}"]`)?.textContent).toContain('Mot de passe');

    // Too short: refused before anything is sent.
    (page.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    http.expectNone(`${URL}/accept`);

    password.value = 'a long enough passphrase';
    password.dispatchEvent(new Event('input'));
    (page.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await tick();
    const accept = http.expectOne(`${URL}/accept`);
    expect(accept.request.method).toBe('POST');
    expect(accept.request.body).toEqual({ password: 'a long enough passphrase' });
    const user = givenUser({ email: 'claire.dupuy@example.fr' });
    accept.flush({ booking: BOOKING, session: givenAuthResponse(user) }, { status: 201, statusText: 'Created' });
    await settle();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'Votre place est réservée au Tiers-lieu d’Auch (Bureau 1)',
    );
    expect(TestBed.inject(Session).user()?.email).toBe('claire.dupuy@example.fr');
  });

  it('sends an existing account’s holder to sign in, coming back here', async () => {
    const { page } = await open(givenInvitation({ accountExists: true }));
    expect(page.textContent).toContain('Un compte existe déjà avec l’adresse claire.dupuy@example.fr');
    expect(page.querySelector('input[type="password"]')).toBeNull();
    const link = page.querySelector('a[href^="/connexion"]') as HTMLAnchorElement;
    expect(decodeURIComponent(link.getAttribute('href')!)).toBe(`/connexion?returnUrl=/journee-essai/${TOKEN}`);
  });

  it('accepts with one button when signed in with the invitation’s account', async () => {
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ email: 'claire.dupuy@example.fr' })));
    const { page, settle } = await open(givenInvitation({ accountExists: true }));
    expect(page.textContent).toContain('Vous êtes connecté avec claire.dupuy@example.fr');
    const accept = [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Accepter'))!;
    accept.click();
    await tick();
    const request = http.expectOne(`${URL}/accept`);
    expect(request.request.body).toEqual({});
    expect(request.request.headers.get('Authorization')).toMatch(/^Bearer /);
    request.flush({ booking: BOOKING }, { status: 201, statusText: 'Created' });
    await settle();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('C’est réservé !');
  });

  it('says why a link works no more', async () => {
    const { page } = await open({
      status: 404,
      body: { type: 'https://bastide/problems/trial-day-link-closed', title: 'x', status: 404, state: 'expired' },
    });
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Cette invitation a expiré.');
  });

  it('shows the API’s reason when no desk is free any more', async () => {
    const { page, settle } = await open(givenInvitation());
    const password = page.querySelector('input[type="password"]') as HTMLInputElement;
    password.value = 'a long enough passphrase';
    password.dispatchEvent(new Event('input'));
    (page.querySelector('form button[type="submit"]') as HTMLButtonElement).click();
    await tick();
    http.expectOne(`${URL}/accept`).flush(
      {
        type: 'https://bastide/problems/booking-conflict',
        title: 'Already booked',
        status: 409,
        detail: 'No desk is free at this site.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    expect(page.querySelector('.trial-day__problem')?.textContent?.trim().length).toBeGreaterThan(0);
  });
});
