import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenAuthResponse } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { givenCommune, givenCommunePage } from '../../testing/territory-samples';
import { COMMUNE_SUGGESTIONS_DEBOUNCE_MS } from '../../shared/territory/commune-picker';

describe('SignupPage', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;

  beforeEach(async () => {
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
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/inscription');
    page = harness.routeNativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

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

  function fillValidForm(): void {
    fill('Prénom', 'Camille');
    fill('Nom', 'Martin');
    fill('Adresse électronique', 'camille.martin@example.fr');
    fill('Mot de passe', 'un long mot de passe');
  }

  async function submit(): Promise<void> {
    (page.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await harness.fixture.whenStable();
  }

  it('states the password rule beside the field', () => {
    expect(field('Mot de passe').textContent).toContain('8 caractères minimum, 12 conseillés');
  });

  it("shows the API's field errors next to their fields", async () => {
    fillValidForm();
    const submitted = submit();
    http.expectOne('/api/v1/auth/register').flush(
      {
        title: 'Bad Request',
        status: 400,
        detail: 'The request is invalid.',
        errors: [
          { field: 'email', message: 'email must be an e-mail address' },
          { field: 'password', message: 'password must be 8 to 128 characters long' },
        ],
      },
      { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await submitted;
    await harness.fixture.whenStable();

    expect(field('Adresse électronique').querySelector('mat-error')?.textContent?.trim()).toBe(
      'email must be an e-mail address',
    );
    expect(field('Mot de passe').querySelector('mat-error')?.textContent?.trim()).toBe(
      'password must be 8 to 128 characters long',
    );
    expect(field('Prénom').querySelector('mat-error')).toBeNull();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Certains champs sont à corriger');
    expect(TestBed.inject(Session).signedIn()).toBe(false);
  });

  it('says when the e-mail address is already taken', async () => {
    fillValidForm();
    const submitted = submit();
    http
      .expectOne('/api/v1/auth/register')
      .flush(
        { title: 'Conflict', status: 409, detail: 'Un compte existe déjà pour cette adresse.' },
        { status: 409, statusText: 'Conflict' },
      );
    await submitted;
    await harness.fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Un compte existe déjà pour cette adresse.');
  });

  it('signs up with a home commune chosen among the suggestions, then lands signed in', async () => {
    fillValidForm();
    const commune = field('Commune de résidence').querySelector('input') as HTMLInputElement;
    commune.focus();
    commune.value = 'Toul';
    commune.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, COMMUNE_SUGGESTIONS_DEBOUNCE_MS + 50));

    const suggestions = http.expectOne((request) => request.url === '/api/v1/territory/communes');
    expect(suggestions.request.params.get('q')).toBe('Toul');
    expect(suggestions.request.params.has('department')).toBe(false);
    suggestions.flush(
      givenCommunePage([givenCommune({ code: '31555', name: 'Toulouse', postalCodes: ['31000'], epciCode: null })]),
    );
    await harness.fixture.whenStable();
    const option = document.querySelector('mat-option') as HTMLElement;
    expect(option.textContent?.trim()).toBe('Toulouse (31000), département 31');
    option.click();
    await harness.fixture.whenStable();

    const submitted = submit();
    const register = http.expectOne('/api/v1/auth/register');
    expect(register.request.body).toEqual({
      firstName: 'Camille',
      lastName: 'Martin',
      email: 'camille.martin@example.fr',
      password: 'un long mot de passe',
      locale: 'fr',
      homeCommuneCode: '31555',
    });
    register.flush(givenAuthResponse());
    await submitted;
    await harness.fixture.whenStable();

    expect(TestBed.inject(Session).signedIn()).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/mon-espace');
  });
});
