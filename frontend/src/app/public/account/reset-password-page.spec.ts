import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { REFRESH_TOKEN_STORAGE_KEY, Session } from '../../core/auth/session';
import { givenAuthResponse } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

describe('ResetPasswordPage', () => {
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
      const field = [...page.querySelectorAll('mat-form-field')].find(
        (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
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

  it('sets the new password with the token of the link, then ends the session kept here', async () => {
    TestBed.inject(Session).start(givenAuthResponse());
    const { harness, page, fill, submit } = await open('/compte/nouveau-mot-de-passe?token=abc123');
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Choisir un nouveau mot de passe');

    fill('Nouveau mot de passe', 'une phrase de passe solide');
    fill('Confirmer le nouveau mot de passe', 'une phrase de passe solide');
    const submitted = submit();
    const request = http.expectOne('/api/v1/auth/password-reset/confirm');
    expect(request.request.body).toEqual({ token: 'abc123', password: 'une phrase de passe solide' });
    request.flush(null, { status: 204, statusText: 'No Content' });
    await submitted;
    await harness.fixture.whenStable();

    expect(page.querySelector('[role="status"]')?.textContent).toContain('Votre mot de passe est changé.');
    expect(page.querySelector('a[href="/connexion"]')).not.toBeNull();
    expect(TestBed.inject(Session).signedIn()).toBe(false);
    expect(localStorage.getItem(REFRESH_TOKEN_STORAGE_KEY)).toBeNull();
  });

  it('does not send two passwords that differ', async () => {
    const { page, fill, submit } = await open('/compte/nouveau-mot-de-passe?token=abc123');
    fill('Nouveau mot de passe', 'une phrase de passe solide');
    fill('Confirmer le nouveau mot de passe', 'une phrase de passe soldie');
    await submit();

    http.expectNone('/api/v1/auth/password-reset/confirm');
    expect(page.textContent).toContain('Les deux mots de passe ne sont pas identiques.');
  });

  it('says the link no longer works, and offers a new one, when the API refuses the token', async () => {
    const { harness, page, fill, submit } = await open('/compte/nouveau-mot-de-passe?token=used');
    fill('Nouveau mot de passe', 'une phrase de passe solide');
    fill('Confirmer le nouveau mot de passe', 'une phrase de passe solide');
    const submitted = submit();
    http.expectOne('/api/v1/auth/password-reset/confirm').flush(
      {
        title: 'Bad Request',
        status: 400,
        detail: 'Invalid input',
        errors: [{ field: 'token', message: 'this link is invalid, already used or expired' }],
      },
      { status: 400, statusText: 'Bad Request', headers: PROBLEM_HEADERS },
    );
    await submitted;
    await harness.fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain("Ce lien n'est plus valable");
    expect(page.querySelector('a[href="/compte/mot-de-passe-oublie"]')).not.toBeNull();
    expect(page.querySelector('form')).toBeNull();
  });

  it("puts the API's refusal of the password under the field, in the reader's language", async () => {
    const { harness, page, fill, submit } = await open('/compte/nouveau-mot-de-passe?token=abc123');
    fill('Nouveau mot de passe', 'password123');
    fill('Confirmer le nouveau mot de passe', 'password123');
    const submitted = submit();
    http.expectOne('/api/v1/auth/password-reset/confirm').flush(
      {
        title: 'Bad Request',
        status: 400,
        errors: [{ field: 'password', message: 'password is one of the most common passwords: choose another one' }],
      },
      { status: 400, statusText: 'Bad Request', headers: PROBLEM_HEADERS },
    );
    await submitted;
    await harness.fixture.whenStable();

    expect(page.querySelector('mat-error')?.textContent?.trim()).toBe(
      'Ce mot de passe fait partie des plus courants : choisissez-en un autre.',
    );
  });

  it('explains an incomplete link instead of showing a form that cannot work', async () => {
    const { page } = await open('/compte/nouveau-mot-de-passe');

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Ce lien est incomplet.');
    expect(page.querySelector('form')).toBeNull();
  });
});
