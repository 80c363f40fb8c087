import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { givenUnsubscribeView } from '../../testing/community-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('UnsubscribePage', () => {
  let http: HttpTestingController;
  const token = 'AbC_123-xyz';

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

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/desabonnement/${token}`);
    await tick();
    return { harness, page: harness.routeNativeElement as HTMLElement, settle: () => harness.fixture.whenStable() };
  }

  it('asks first, without signing in, and unsubscribes on confirmation', async () => {
    const { page, settle } = await open();
    const describe = http.expectOne(`/api/v1/unsubscribe/${token}`);
    expect(describe.request.method).toBe('GET');
    describe.flush(givenUnsubscribeView());
    await settle();

    expect(page.textContent).toContain('Ne plus recevoir les annonces de Tiers-lieu d’Auch ?');
    (page.querySelector('button') as HTMLButtonElement).click();
    await tick();
    const confirm = http.expectOne(`/api/v1/unsubscribe/${token}`);
    expect(confirm.request.method).toBe('POST');
    expect(confirm.request.headers.has('Authorization')).toBe(false);
    confirm.flush(givenUnsubscribeView({ unsubscribed: true }));
    await settle();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      "C'est fait : vous ne recevrez plus les annonces de Tiers-lieu d’Auch.",
    );
    expect(page.querySelector('button')).toBeNull();
  });

  it('says so at once for a link already used, for every community mail', async () => {
    const { page, settle } = await open();
    http.expectOne(`/api/v1/unsubscribe/${token}`).flush(givenUnsubscribeView({ scope: 'all', unsubscribed: true }));
    await settle();

    expect(page.textContent).toContain('vous ne recevrez plus aucun message de la communauté Bastide');
    expect(page.textContent).toContain('depuis votre profil annuaire, une fois connecté·e');
  });

  it('says plainly that a broken link is not valid', async () => {
    const { page, settle } = await open();
    http
      .expectOne(`/api/v1/unsubscribe/${token}`)
      .flush(
        { title: 'Not found', status: 404, detail: 'Unsubscribe link not found.' },
        { status: 404, statusText: 'Not Found', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain("Ce lien de désabonnement n'est pas valable.");
  });
});
