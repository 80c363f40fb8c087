import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import type { NotificationPreferences } from '../../core/api/notifications.types';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

const PREFERENCES = '/api/v1/me/notification-preferences';

const ALL_ON: NotificationPreferences = {
  topics: {
    bookingConfirmations: true,
    bookingReminders: true,
    eventRegistrations: true,
    eventReminders: true,
    hostDailySheet: true,
  },
  communityAnnouncements: true,
  locale: 'fr',
};

describe('NotificationPreferencesPage', () => {
  let http: HttpTestingController;

  function given(user: Parameters<typeof givenUser>[0]) {
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
    TestBed.inject(Session).start(givenAuthResponse(givenUser(user)));
  }

  afterEach(() => http.verify());

  async function open() {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/mon-espace/notifications');
    const page = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      harness.fixture.detectChanges();
      await harness.fixture.whenStable();
    };
    /** The checkbox whose label says this, with the id of what describes it. */
    const checkbox = (label: string) => {
      const box = [...page.querySelectorAll('mat-checkbox')].find((candidate) =>
        candidate.querySelector('label')?.textContent?.includes(label),
      );
      return box?.querySelector('input[type="checkbox"]') as HTMLInputElement | undefined;
    };
    const radio = (lang: string) => page.querySelector(`mat-radio-button[lang="${lang}"] input`) as HTMLInputElement;
    const button = (name: string) =>
      [...page.querySelectorAll('button')].find((candidate) => candidate.textContent?.trim() === name)!;
    const status = () => page.querySelector('[role="status"]')!.textContent!.trim();
    return { page, settle, checkbox, radio, button, status };
  }

  it('shows each e-mail with what it is, saves the changes with the language, and says so', async () => {
    given({ role: 'member', hostedSiteIds: [] });
    const { page, settle, checkbox, radio, button, status } = await open();
    http
      .expectOne({ method: 'GET', url: PREFERENCES })
      .flush({ ...ALL_ON, topics: { ...ALL_ON.topics, eventReminders: false } });
    await settle();

    expect(page.querySelector('h1')!.textContent).toContain('Mes notifications');
    expect(page.textContent).toContain('toujours envoyés');
    const reminders = checkbox('Rappels de réservation')!;
    expect(reminders.checked).toBe(true);
    expect(checkbox('Rappels d’événement')!.checked).toBe(false);
    // Each choice is described by its one-line explanation.
    const hint = page.querySelector(`#${reminders.getAttribute('aria-describedby')!.split(' ')[0]}`);
    expect(hint?.textContent).toContain('La veille d’une réservation');
    // A member hosts nothing: no host's sheet.
    expect(checkbox('Feuille du lendemain')).toBeUndefined();
    expect([...page.querySelectorAll('fieldset > legend')].map((legend) => legend.textContent!.trim())).toEqual([
      'Courriels sur ce que vous faites',
      'Courriels de la communauté',
      'Langue des courriels',
    ]);

    reminders.click();
    checkbox('Annonces des lieux')!.click();
    radio('en').click();
    await settle();
    button('Enregistrer mes préférences').click();
    const saved = http.expectOne({ method: 'PATCH', url: PREFERENCES });
    expect(saved.request.body).toEqual({
      topics: { bookingConfirmations: true, bookingReminders: false, eventRegistrations: true, eventReminders: false },
      communityAnnouncements: false,
      locale: 'en',
    });
    saved.flush({
      topics: { ...ALL_ON.topics, bookingReminders: false, eventReminders: false },
      communityAnnouncements: false,
      locale: 'en',
    });
    await settle();
    expect(status()).toBe('Vos préférences de notification sont enregistrées.');
    expect(checkbox('Rappels de réservation')!.checked).toBe(false);
    expect(TestBed.inject(Session).user()!.locale).toBe('en');
  });

  it('offers hosts their daily sheet', async () => {
    given({ role: 'host', hostedSiteIds: ['6f0c3c2e-8d7b-4f5e-9a0b-1c2d3e4f5a6b'] });
    const { settle, checkbox, button } = await open();
    http.expectOne({ method: 'GET', url: PREFERENCES }).flush(ALL_ON);
    await settle();
    checkbox('Feuille du lendemain (hôtes)')!.click();
    await settle();
    button('Enregistrer mes préférences').click();
    const saved = http.expectOne({ method: 'PATCH', url: PREFERENCES });
    expect(saved.request.body.topics.hostDailySheet).toBe(false);
    saved.flush({ ...ALL_ON, topics: { ...ALL_ON.topics, hostDailySheet: false } });
    await settle();
  });

  it('shows a refusal as an alert and keeps the choices on screen', async () => {
    given({ role: 'member', hostedSiteIds: [] });
    const { page, settle, checkbox, button, status } = await open();
    http.expectOne({ method: 'GET', url: PREFERENCES }).flush(ALL_ON);
    await settle();
    checkbox('Confirmations de réservation')!.click();
    await settle();
    button('Enregistrer mes préférences').click();
    http
      .expectOne({ method: 'PATCH', url: PREFERENCES })
      .flush(
        { type: 'about:blank', title: 'Unavailable', status: 503 },
        { status: 503, statusText: 'Unavailable', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();
    expect(page.querySelector('.notifications__problem[role="alert"]')!.textContent!.trim()).not.toBe('');
    expect(status()).toBe('');
    expect(checkbox('Confirmations de réservation')!.checked).toBe(false);
  });

  it('says when the preferences could not be loaded, and tries again', async () => {
    given({ role: 'member', hostedSiteIds: [] });
    const { page, settle, button, checkbox } = await open();
    http
      .expectOne({ method: 'GET', url: PREFERENCES })
      .flush(
        { type: 'about:blank', title: 'Unavailable', status: 503 },
        { status: 503, statusText: 'Unavailable', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();
    expect(page.querySelector('[role="alert"]')!.textContent).toContain('n’ont pas pu être chargées');
    button('Réessayer').click();
    http.expectOne({ method: 'GET', url: PREFERENCES }).flush(ALL_ON);
    await settle();
    expect(checkbox('Rappels de réservation')!.checked).toBe(true);
  });
});
