import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenQuota } from '../../testing/plans-samples';
import { givenAuthResponse } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('LoginPage', () => {
  let http: HttpTestingController;

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

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    const page = harness.routeNativeElement as HTMLElement;
    const fill = (label: string, value: string) => {
      const field = [...page.querySelectorAll('mat-form-field')].find((candidate) =>
        candidate.querySelector('mat-label')?.textContent?.includes(label),
      );
      const input = field?.querySelector('input') as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await harness.fixture.whenStable();
    };
    return { harness, page, fill, submit };
  }

  it("shows the API's explanation when the password is wrong", async () => {
    const { harness, page, fill, submit } = await open('/connexion');
    fill('Adresse électronique', 'camille.martin@example.fr');
    fill('Mot de passe', 'pas le bon');
    const submitted = submit();

    const login = http.expectOne('/api/v1/auth/login');
    expect(login.request.body).toEqual({ email: 'camille.martin@example.fr', password: 'pas le bon' });
    login.flush(
      { title: 'Unauthorized', status: 401, detail: 'Adresse électronique ou mot de passe incorrect.' },
      { status: 401, statusText: 'Unauthorized', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await submitted;
    await harness.fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe(
      'Adresse électronique ou mot de passe incorrect.',
    );
    expect(TestBed.inject(Session).signedIn()).toBe(false);
  });

  it('shows the lock-out explanation after too many failures', async () => {
    const { harness, page, fill, submit } = await open('/connexion');
    fill('Adresse électronique', 'camille.martin@example.fr');
    fill('Mot de passe', 'encore faux');
    const submitted = submit();

    http
      .expectOne('/api/v1/auth/login')
      .flush(
        { title: 'Too Many Requests', status: 429, detail: 'Compte verrouillé pour 15 minutes.' },
        { status: 429, statusText: 'Too Many Requests' },
      );
    await submitted;
    await harness.fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Compte verrouillé pour 15 minutes.');
  });

  it('signs in and goes back to the page that asked for it', async () => {
    const { harness, fill, submit } = await open('/connexion?returnUrl=%2Fmon-espace%2Fprofil');
    fill('Adresse électronique', 'camille.martin@example.fr');
    fill('Mot de passe', 'un mot de passe correct');
    const submitted = submit();

    http.expectOne('/api/v1/auth/login').flush(givenAuthResponse());
    // The profile page looks up the member's employer and quota (with the sites' names), and the page is
    // stable only once they are answered.
    const asked = async (url: string) => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const [request] = http.match((candidate) => candidate.url === url);
        if (request) {
          return request;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`${url} was never asked for`);
    };
    (await asked('/api/v1/me/quota')).flush(givenQuota());
    (await asked('/api/v1/sites')).flush({ items: [], total: 0 });
    await submitted;
    await harness.fixture.whenStable();
    // It looks its commune up too.
    http.match((request) => request.url === '/api/v1/territory/communes');

    expect(TestBed.inject(Session).user()?.firstName).toBe('Camille');
    expect(TestBed.inject(Router).url).toBe('/mon-espace/profil');
  });

  it('does not call the API while a required field is empty', async () => {
    const { page, submit } = await open('/connexion');
    await submit();

    http.expectNone('/api/v1/auth/login');
    expect(page.textContent).toContain('Saisissez votre adresse électronique.');
    expect(page.textContent).toContain('Saisissez votre mot de passe.');
  });

  describe('with two-factor sign-in on', () => {
    async function toSecondStep(url = '/connexion') {
      const opened = await open(url);
      opened.fill('Adresse électronique', 'camille.martin@example.fr');
      opened.fill('Mot de passe', 'un mot de passe correct');
      const submitted = opened.submit();
      http.expectOne('/api/v1/auth/login').flush({ mfaRequired: true, mfaToken: 'challenge-1' });
      await submitted;
      await opened.harness.fixture.whenStable();
      return opened;
    }

    it('asks for the code of the authenticator app, with a field phones can fill in', async () => {
      const { page } = await toSecondStep();

      expect(page.querySelector('h2')?.textContent?.trim()).toBe('Validation en deux étapes');
      const code = page.querySelector('#login-code') as HTMLInputElement;
      expect(code.getAttribute('autocomplete')).toBe('one-time-code');
      expect(code.getAttribute('inputmode')).toBe('numeric');
      expect(page.querySelector('input[type="password"]')).toBeNull();
      expect(TestBed.inject(Session).signedIn()).toBe(false);
    });

    it("shows the API's explanation when the code is wrong, then signs in with the right one", async () => {
      const { harness, page, fill, submit } = await toSecondStep('/connexion?returnUrl=%2Fmon-espace');

      fill('Code de vérification', '123 456');
      let submitted = submit();
      const wrong = http.expectOne('/api/v1/auth/mfa');
      expect(wrong.request.body).toEqual({ mfaToken: 'challenge-1', code: '123456' });
      wrong.flush(
        { title: 'Unauthorized', status: 401, detail: 'Le code ne correspond pas.' },
        { status: 401, statusText: 'Unauthorized', headers: { 'Content-Type': 'application/problem+json' } },
      );
      await submitted;
      await harness.fixture.whenStable();
      expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Le code ne correspond pas.');
      expect(TestBed.inject(Session).signedIn()).toBe(false);

      fill('Code de vérification', '654321');
      submitted = submit();
      http.expectOne('/api/v1/auth/mfa').flush(givenAuthResponse());
      await submitted;
      await harness.fixture.whenStable();

      expect(TestBed.inject(Session).user()?.firstName).toBe('Camille');
      expect(TestBed.inject(Router).url).toBe('/mon-espace');
    });

    it('takes a recovery code instead, in a field that accepts letters', async () => {
      const { harness, page, fill, submit } = await toSecondStep();
      const toggle = [...page.querySelectorAll('button')].find((button) =>
        button.textContent?.includes('Utiliser un code de secours'),
      ) as HTMLButtonElement;
      toggle.click();
      await harness.fixture.whenStable();

      const code = page.querySelector('#login-code') as HTMLInputElement;
      expect(code.getAttribute('inputmode')).toBeNull();
      fill('Code de secours', 'abcde-23456');
      const submitted = submit();
      const request = http.expectOne('/api/v1/auth/mfa');
      expect(request.request.body).toEqual({ mfaToken: 'challenge-1', code: 'abcde-23456' });
      request.flush(givenAuthResponse());
      await submitted;

      expect(TestBed.inject(Session).signedIn()).toBe(true);
    });

    it('does not send a code that cannot be one', async () => {
      const { page, fill, submit } = await toSecondStep();
      fill('Code de vérification', '12ab');
      await submit();

      http.expectNone('/api/v1/auth/mfa');
      expect(page.textContent).toContain('Le code compte 6 chiffres');
    });
  });

  it('links to the forgotten-password page', async () => {
    const { page } = await open('/connexion');
    const link = [...page.querySelectorAll('a')].find((a) => a.textContent?.trim() === 'Mot de passe oublié ?');
    expect(link?.getAttribute('href')).toBe('/compte/mot-de-passe-oublie');
  });
});
