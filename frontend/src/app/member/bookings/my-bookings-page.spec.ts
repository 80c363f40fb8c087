import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { BookingSeries, WaitlistEntry } from '../../core/api/booking.types';
import { NOW } from '../../core/time/now';
import { givenBooking, givenQuota, givenSeries, givenWaitlistEntry } from '../../testing/booking-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('MyBookingsPage', () => {
  let http: HttpTestingController;

  function configure(now: string, language: 'fr' | 'en' = 'fr') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations(language),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: NOW, useValue: () => new Date(now) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ locale: language })));
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  const tomorrowMorning = givenBooking();
  const lastWeek = givenBooking({
    id: 'b0000000-0000-4000-8000-000000000002',
    resourceName: 'Poste 5',
    start: '2026-11-24T13:00:00+01:00',
    end: '2026-11-24T18:30:00+01:00',
    date: '2026-11-24',
    slot: 'afternoon',
    status: 'checked_in',
  });
  const cancelledLater = givenBooking({
    id: 'b0000000-0000-4000-8000-000000000003',
    start: '2026-12-03T08:30:00+01:00',
    end: '2026-12-03T18:30:00+01:00',
    date: '2026-12-03',
    slot: 'full_day',
    status: 'cancelled',
  });

  async function open(
    bookings = [lastWeek, tomorrowMorning, cancelledLater],
    series: BookingSeries[] = [],
    waitlist: WaitlistEntry[] = [],
  ) {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl('/mon-espace/reservations');
    await tick();
    const list = http.expectOne((request) => request.url === '/api/v1/me/bookings');
    list.flush({ items: bookings, total: bookings.length });
    http
      .expectOne((request) => request.url === '/api/v1/me/booking-series')
      .flush({ items: series, total: series.length });
    http
      .expectOne((request) => request.url === '/api/v1/me/waitlist')
      .flush({ items: waitlist, total: waitlist.length });
    http.expectOne((request) => request.url === '/api/v1/me/quota').flush(givenQuota());
    await navigated;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    const section = (id: string) => page.querySelector(`section[aria-labelledby="${id}"]`) as HTMLElement;
    const items = (id: string) =>
      [...section(id).querySelectorAll('li')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    const button = (name: string, within: ParentNode = document) =>
      [...within.querySelectorAll('button')].find(
        (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
      ) as HTMLButtonElement | undefined;
    const settle = async () => {
      await tick();
      await harness.fixture.whenStable();
    };
    return { page, list, items, button, settle };
  }

  it('lists upcoming bookings, then past ones, with their state in words and times at the site', async () => {
    configure('2026-11-30T09:00:00Z');
    const { list, items } = await open();

    // Three months back, so that past bookings show too.
    expect(list.request.params.get('from')).toBe('2026-09-01');
    expect(items('upcoming-title')).toEqual([
      expect.stringMatching(
        /^mardi 1 décembre 2026 de 08:30 à 13:00 \(Matin\) Poste 2 — Tiers-lieu d’Auch ?• Confirmée/,
      ),
      expect.stringContaining('jeudi 3 décembre 2026 de 08:30 à 18:30 (Journée entière)'),
    ]);
    expect(items('upcoming-title')[1]).toContain('Annulée');
    expect(items('upcoming-title')[1]).not.toContain('Annuler');
    expect(items('past-title')).toEqual([
      expect.stringMatching(
        /^mardi 24 novembre 2026 de 13:00 à 18:30 \(Après-midi\) Poste 5 — Tiers-lieu d’Auch ?✓ Arrivée enregistrée$/,
      ),
    ]);
  });

  it('cancels after a confirmation, and says so in a status message', async () => {
    configure('2026-11-30T09:00:00Z');
    const { page, button, settle, items } = await open();

    button('Annuler la réservation du mardi 1 décembre 2026 à Tiers-lieu d’Auch')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Annuler cette réservation ?');
    button('Annuler la réservation', dialog)?.click();
    await tick();
    const cancel = http.expectOne({ method: 'POST', url: `/api/v1/bookings/${tomorrowMorning.id}/cancel` });
    cancel.flush({ ...tomorrowMorning, status: 'cancelled', cancelledAt: '2026-11-30T10:01:00+01:00' });
    await tick();
    // Half a day is given back to the member's quota.
    http
      .expectOne((request) => request.url === '/api/v1/me/quota')
      .flush(givenQuota({ contract: { ...givenQuota().contract!, used: 0, remaining: 2 } }));
    await settle();
    expect(page.querySelector('.quota-summary')?.textContent).toContain('Il vous reste 2 jours cette semaine');

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'Réservation annulée : Poste 2 à Tiers-lieu d’Auch, le mardi 1 décembre 2026.',
    );
    expect(items('upcoming-title')[0]).toContain('✕ Annulée');
    expect(button('Annuler la réservation du mardi 1 décembre 2026 à Tiers-lieu d’Auch')).toBeUndefined();
  });

  it('offers check-in from half an hour before the start, and records it', async () => {
    configure('2026-12-01T07:05:00Z');
    const { page, button, settle } = await open([tomorrowMorning]);

    const checkIn = button('Enregistrer mon arrivée : Poste 2 à Tiers-lieu d’Auch, le mardi 1 décembre 2026');
    expect(checkIn).toBeDefined();
    checkIn?.click();
    await tick();
    http
      .expectOne({ method: 'POST', url: `/api/v1/bookings/${tomorrowMorning.id}/check-in` })
      .flush({ ...tomorrowMorning, status: 'checked_in', checkedInAt: '2026-12-01T08:05:00+01:00' });
    await tick();
    http.expectOne((request) => request.url === '/api/v1/me/quota').flush(givenQuota());
    await settle();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'Arrivée enregistrée : Poste 2 à Tiers-lieu d’Auch. Bonne journée !',
    );
    expect(button('Enregistrer mon arrivée : Poste 2 à Tiers-lieu d’Auch, le mardi 1 décembre 2026')).toBeUndefined();
  });

  it('offers no check-in the day before', async () => {
    configure('2026-11-30T09:00:00Z');
    const { button } = await open([tomorrowMorning]);

    expect(button('Enregistrer mon arrivée : Poste 2 à Tiers-lieu d’Auch, le mardi 1 décembre 2026')).toBeUndefined();
  });

  it('speaks English, with English dates', async () => {
    configure('2026-11-30T09:00:00Z', 'en');
    const { items } = await open([tomorrowMorning]);

    expect(items('upcoming-title')[0]).toContain('Tuesday, December 1, 2026 from 08:30 to 13:00 (Morning)');
    expect(items('past-title')).toEqual(['No booking in the last three months.']);
  });

  it('lists the weekly series with their next dates, and stops one after a confirmation', async () => {
    configure('2026-11-30T09:00:00Z');
    const { page, button, settle } = await open([tomorrowMorning], [givenSeries()]);
    const series = page.querySelector('section[aria-labelledby="series-title"]') as HTMLElement;

    expect(series.textContent).toContain('Un bureau — Mardi, Jeudi — Matin — Tiers-lieu d’Auch');
    expect(series.textContent).toContain('Prochaines dates : mardi 1 décembre 2026, jeudi 3 décembre 2026');
    button('Arrêter la série : Un bureau — Mardi, Jeudi — Matin — Tiers-lieu d’Auch')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Ses réservations à venir (16) seront annulées.');
    button('Arrêter la série', dialog)?.click();
    await tick();
    http.expectOne({ method: 'DELETE', url: `/api/v1/booking-series/${givenSeries().id}` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await tick();
    // Both lists are read again: the series, and the bookings it cancelled.
    http
      .expectOne((request) => request.url === '/api/v1/me/booking-series')
      .flush({ items: [{ ...givenSeries(), cancelledAt: '2026-11-30T10:00:00+01:00', nextDates: [] }], total: 1 });
    http.expectOne((request) => request.url === '/api/v1/me/bookings').flush({ items: [], total: 0 });
    http.expectOne((request) => request.url === '/api/v1/me/quota').flush(givenQuota());
    await settle();

    expect(series.textContent).toContain('La série à Tiers-lieu d’Auch est arrêtée');
    expect(series.textContent).toContain('Série arrêtée.');
  });

  it('shows the places in line with their position, and leaves a line', async () => {
    configure('2026-11-30T09:00:00Z');
    const { page, button, settle } = await open([], [], [givenWaitlistEntry()]);
    const waitlist = page.querySelector('section[aria-labelledby="waitlist-title"]') as HTMLElement;

    expect(waitlist.textContent).toContain('Un bureau, Matin, le mardi 1 décembre 2026, à Tiers-lieu d’Auch');
    expect(waitlist.textContent).toContain('En attente : n° 2');
    button("Quitter la liste d'attente du mardi 1 décembre 2026 à Tiers-lieu d’Auch")?.click();
    await tick();
    http.expectOne({ method: 'DELETE', url: `/api/v1/waitlist/${givenWaitlistEntry().id}` }).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await tick();
    http.expectOne((request) => request.url === '/api/v1/me/waitlist').flush({ items: [], total: 0 });
    await settle();

    expect(waitlist.textContent).toContain("Vous avez quitté la liste d'attente du mardi 1 décembre 2026");
    expect(waitlist.textContent).toContain("Vous n'êtes sur aucune liste d'attente.");
  });
});
