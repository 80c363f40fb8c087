import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { NOW } from '../../core/time/now';
import { givenAvailability, givenBooking, givenWaitlistEntry } from '../../testing/booking-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('DaySheetPage', () => {
  let http: HttpTestingController;
  const site = givenSiteDetail();

  function configure(now: string, role: 'host' | 'admin' = 'host') {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: NOW, useValue: () => new Date(now) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(
      givenAuthResponse(givenUser({ role, hostedSiteIds: role === 'host' ? [site.id] : [] })),
    );
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  /** The request to `url`, once the page has sent it. */
  async function requested(url: string): Promise<TestRequest> {
    for (let turns = 0; turns < 50; turns++) {
      const [request] = http.match((candidate) => candidate.url === url);
      if (request) {
        return request;
      }
      await tick();
    }
    throw new Error(`No request to ${url}`);
  }

  const morning = {
    ...givenBooking({ resourceId: 'r2', resourceName: 'Bureau 1' }),
    holder: { firstName: 'Camille', lastName: 'Roux', email: 'camille@example.fr' },
  };
  const afternoon = givenBooking({
    id: 'b0000000-0000-4000-8000-000000000002',
    resourceId: 'r2',
    resourceName: 'Bureau 1',
    userId: '6f1c2a4e-1d2b-4c5e-9f00-000000000002',
    start: '2026-12-01T13:00:00+01:00',
    end: '2026-12-01T18:00:00+01:00',
    slot: 'afternoon',
  });

  const waiting = {
    ...givenWaitlistEntry({ position: 1 }),
    userId: '6f1c2a4e-1d2b-4c5e-9f00-000000000003',
    firstName: 'Inès',
    lastName: 'Soubiran',
    email: 'ines@example.fr',
  };

  async function open(url: string, bookings = [morning, afternoon]) {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(url);
    await tick();
    http.expectOne(`/api/v1/sites/${site.id}`).flush(site);
    const list = http.expectOne((request) => request.url === `/api/v1/sites/${site.id}/bookings`);
    list.flush({ items: bookings, total: bookings.length });
    // The line is asked for once the sheet shows.
    const line = await requested(`/api/v1/sites/${site.id}/waitlist`);
    expect(line.request.params.get('date')).toBe(list.request.params.get('date'));
    line.flush({ items: [waiting], total: 1 });
    await navigated;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    const rows = () =>
      [...page.querySelectorAll('tbody tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
      );
    const button = (name: string, within: ParentNode = document) =>
      [...within.querySelectorAll('button')].find(
        (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
      ) as HTMLButtonElement | undefined;
    const settle = async () => {
      await tick();
      await harness.fixture.whenStable();
    };
    return { page, list, rows, button, settle };
  }

  it("shows today's bookings desk by desk, free resources included, with states in words", async () => {
    // Tuesday 1 December 2026, 08:45 in Auch.
    configure('2026-12-01T07:45:00Z');
    const { page, list, rows } = await open(`/hote/lieux/${site.id}/journee`);

    expect(list.request.params.get('date')).toBe('2026-12-01');
    expect(page.querySelector('h2')?.textContent?.trim()).toBe('mardi 1 décembre 2026');
    expect(page.textContent).toContain('2 réservations ; arrivées enregistrées : 0.');
    const sheet = rows().slice(0, 3);
    expect(sheet.map((row) => row[0])).toEqual(['Bureau 1', 'Bureau 1', 'Salle Armagnac']);
    // Who waits for a place that day, first in line first.
    const line = page.querySelector('section[aria-labelledby="site-waitlist-title"]') as HTMLElement;
    expect([...line.querySelectorAll('tbody td, tbody th')].map((cell) => cell.textContent?.trim())).toEqual([
      '1',
      'Inès Soubiran',
      'Un bureau, Matin',
      'En attente',
    ]);
    expect(sheet[0].slice(1, 4)).toEqual(['de 08:30 à 13:00 (Matin)', 'Camille Roux', 'Confirmée']);
    expect(sheet[1][1]).toBe('de 13:00 à 18:00 (Après-midi)');
    expect(sheet[2][1]).toBe('Libre toute la journée');
    // The second line of a desk names it for screen readers only.
    expect(page.querySelectorAll('tbody tr')[1].querySelector('th span')?.className).toContain('visually-hidden');
    expect(page.querySelector('a[aria-current="date"]')?.textContent?.trim()).toBe("Aujourd'hui");
    // The site's host books for the site's members.
    const panel = page.querySelector('section[aria-labelledby="book-for-title"]') as HTMLElement;
    expect(panel.querySelector('h2')?.textContent?.trim()).toBe('Réserver pour un membre');
    expect(panel.querySelector('mat-hint')?.textContent?.trim()).toBe(
      'Les membres venus ici ces 12 derniers mois ; pour un nouveau venu, son adresse électronique complète.',
    );
  });

  it('checks a member in when they arrive, and says so', async () => {
    configure('2026-12-01T07:45:00Z');
    const { page, rows, button, settle } = await open(`/hote/lieux/${site.id}/journee`);

    const checkIns = [...page.querySelectorAll('button')].filter(
      (b) => b.textContent?.trim() === "Enregistrer l'arrivée",
    );
    // The afternoon has not begun: only the morning can be checked in.
    expect(checkIns).toHaveLength(1);
    checkIns[0].click();
    await tick();
    http
      .expectOne({ method: 'POST', url: `/api/v1/bookings/${morning.id}/check-in` })
      .flush({ ...morning, status: 'checked_in', checkedInAt: '2026-12-01T08:45:00+01:00' });
    await settle();

    expect(rows()[0][3]).toBe('Arrivée enregistrée');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('enregistrée (Bureau 1).');
    expect(page.textContent).toContain('2 réservations ; arrivées enregistrées : 1.');
    expect(button("Enregistrer l'arrivée")).toBeUndefined();
  });

  it('shows tomorrow on request, without check-in', async () => {
    configure('2026-11-30T09:00:00Z');
    const { page, list } = await open(`/hote/lieux/${site.id}/journee?date=2026-12-01`);

    expect(list.request.params.get('date')).toBe('2026-12-01');
    expect(page.querySelector('a[aria-current="date"]')?.textContent?.trim()).toBe('Demain');
    expect([...page.querySelectorAll('button')].some((b) => b.textContent?.trim() === "Enregistrer l'arrivée")).toBe(
      false,
    );
  });

  it('cancels for a member after a confirmation', async () => {
    configure('2026-11-30T09:00:00Z');
    const { page, rows, settle } = await open(`/hote/lieux/${site.id}/journee?date=2026-12-01`);

    const cancel = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Annuler');
    cancel?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Le membre en sera informé par courriel.');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Annuler la réservation')?.click();
    await tick();
    const cancelling = http.expectOne({ method: 'POST', url: `/api/v1/bookings/${morning.id}/cancel` });
    // Without a note, no body: the member's mail keeps the general wording.
    expect(cancelling.request.body).toBeNull();
    cancelling.flush({ ...morning, status: 'cancelled' });
    // The freed place may have gone to the first in line: the line is read again.
    (await requested(`/api/v1/sites/${site.id}/waitlist`)).flush({
      items: [{ ...waiting, status: 'promoted', position: null }],
      total: 1,
    });
    await settle();
    expect(page.textContent).toContain('Place attribuée');

    expect(rows()[0][3]).toBe('Annulée');
    expect(page.textContent).toContain('1 réservation ; arrivées enregistrées : 0.');
  });

  it("sends the host's optional note with the cancellation, trimmed", async () => {
    configure('2026-11-30T09:00:00Z');
    const { page, settle } = await open(`/hote/lieux/${site.id}/journee?date=2026-12-01`);

    [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Annuler')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    const note = dialog.querySelector('textarea') as HTMLTextAreaElement;
    // The field is named by its label, and its hint says where the member reads it.
    const label = dialog.querySelector(`label[for="${note.id}"]`);
    expect(label?.textContent?.trim()).toBe('Motif (facultatif)');
    expect(note.getAttribute('maxlength')).toBe('500');
    const hints = (note.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id));
    expect(hints.map((hint) => hint?.textContent?.trim())).toContain(
      "Le membre le lira dans le courriel d'annulation.",
    );
    note.value = '  Dégât des eaux  ';
    note.dispatchEvent(new Event('input'));
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Annuler la réservation')?.click();
    await tick();
    const cancelling = http.expectOne({ method: 'POST', url: `/api/v1/bookings/${morning.id}/cancel` });
    expect(cancelling.request.body).toEqual({ reason: 'Dégât des eaux' });
    cancelling.flush({ ...morning, status: 'cancelled' });
    (await requested(`/api/v1/sites/${site.id}/waitlist`)).flush({ items: [], total: 0 });
    await settle();
    expect(page.textContent).toContain('Réservation de');
  });

  it('marks a member who did not come as a no-show once the booking has started, freeing the place', async () => {
    // Tuesday 1 December 2026, 11:00 in Auch: the morning has started, the afternoon has not.
    configure('2026-12-01T10:00:00Z');
    const { page, rows, settle } = await open(`/hote/lieux/${site.id}/journee`);

    const noShows = [...page.querySelectorAll('button')].filter((b) => b.textContent?.trim() === 'Absent');
    expect(noShows).toHaveLength(1);
    noShows[0].click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Marquer ce membre absent ?');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Marquer absent')?.click();
    await tick();
    http
      .expectOne({ method: 'POST', url: `/api/v1/bookings/${morning.id}/no-show` })
      .flush({ ...morning, status: 'no_show' });
    (await requested(`/api/v1/sites/${site.id}/waitlist`)).flush({ items: [], total: 0 });
    await settle();

    expect(rows()[0][3]).toBe('Absence constatée');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('la place est libérée.');
  });

  /** Types `words` in the panel's search field and sends the search. */
  function searchFor(panel: HTMLElement, words: string): void {
    const input = panel.querySelector('input[type="search"]') as HTMLInputElement;
    input.value = words;
    input.dispatchEvent(new Event('input'));
    (panel.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  }

  it("lets a host of the site find a member among the site's members and book a desk in their name", async () => {
    configure('2026-11-30T09:00:00Z');
    const { page, settle } = await open(`/hote/lieux/${site.id}/journee?date=2026-12-01`);
    const panel = page.querySelector('section[aria-labelledby="book-for-title"]') as HTMLElement;

    // One letter would name most of the members: the API refuses it, so the page does not ask.
    searchFor(panel, ' R ');
    await settle();
    const input = panel.querySelector('input[type="search"]') as HTMLInputElement;
    expect(panel.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Saisissez au moins 2 caractères.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe('book-for-too-short');

    searchFor(panel, 'Roques');
    await tick();
    const search = http.expectOne((request) => request.url === `/api/v1/sites/${site.id}/members`);
    expect(search.request.params.get('q')).toBe('Roques');
    expect(search.request.params.get('limit')).toBe('10');
    search.flush({
      items: [{ id: 'u-camille', email: 'camille@example.fr', firstName: 'Camille', lastName: 'Roques' }],
      total: 1,
    });
    await settle();
    expect(panel.querySelector('[role="alert"]')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(panel.querySelector('mat-radio-button')?.textContent?.trim()).toBe('Camille Roques (camille@example.fr)');
    (panel.querySelector('mat-radio-button input') as HTMLInputElement).click();
    await tick();
    http
      .expectOne((request) => request.url === '/api/v1/availability')
      .flush({
        items: [givenAvailability()],
        total: 1,
      });
    await settle();

    [...panel.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Réserver pour Camille Roques')
      ?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Confirmer')?.click();
    await tick();
    const booking = http.expectOne({ method: 'POST', url: '/api/v1/bookings' });
    expect(booking.request.body).toMatchObject({ userId: 'u-camille', siteId: site.id, kind: 'desk' });
    booking.flush(givenBooking({ userId: 'u-camille', resourceName: 'Poste 1' }));
    await tick();
    http
      .expectOne((request) => request.url === '/api/v1/availability')
      .flush({ items: [givenAvailability()], total: 1 });
    http.expectOne(`/api/v1/sites/${site.id}`).flush(site);
    http.expectOne((request) => request.url === `/api/v1/sites/${site.id}/bookings`).flush({ items: [], total: 0 });
    await settle();
    expect(page.textContent).toContain('Réservé pour Camille Roques : Poste 1, de 08:30 à 13:00.');
  });

  it('says what went wrong when the search is refused', async () => {
    configure('2026-11-30T09:00:00Z');
    const { page, settle } = await open(`/hote/lieux/${site.id}/journee?date=2026-12-01`);
    const panel = page.querySelector('section[aria-labelledby="book-for-title"]') as HTMLElement;
    searchFor(panel, '--');
    await tick();
    http
      .expectOne((request) => request.url === `/api/v1/sites/${site.id}/members`)
      .flush(
        {
          type: 'https://bastide.gers.fr/problems/invalid-input',
          title: 'Invalid input',
          status: 400,
          detail: 'The request has invalid fields.',
          errors: [{ field: 'q', message: 'q must have at least 2 characters besides spaces and hyphens' }],
        },
        { status: 400, statusText: 'Bad Request', headers: { 'Content-Type': 'application/problem+json' } },
      );
    await settle();
    expect(panel.querySelector('[role="alert"]')?.textContent?.trim()).toBe('Certains champs ne sont pas valides.');
  });

  it("lets a network officer book a desk in a member's name", async () => {
    configure('2026-11-30T09:00:00Z', 'admin');
    const { page, settle } = await open(`/hote/lieux/${site.id}/journee?date=2026-12-01`);
    const panel = page.querySelector('section[aria-labelledby="book-for-title"]') as HTMLElement;
    // Officers search every account of the network.
    expect(panel.querySelector('mat-hint')?.textContent?.trim()).toBe('Tous les comptes du réseau.');
    searchFor(panel, 'Roques');
    await tick();
    const search = http.expectOne((request) => request.url === '/api/v1/users');
    expect(search.request.params.get('q')).toBe('Roques');
    search.flush({
      items: [
        {
          id: 'u-camille',
          email: 'camille@example.fr',
          firstName: 'Camille',
          lastName: 'Roques',
          role: 'member',
          homeCommuneCode: null,
        },
      ],
      total: 1,
    });
    await settle();
    (panel.querySelector('mat-radio-button input') as HTMLInputElement).click();
    await tick();
    const free = http.expectOne((request) => request.url === '/api/v1/availability');
    expect(free.request.params.get('siteId')).toBe(site.id);
    expect(free.request.params.get('slot')).toBe('morning');
    free.flush({ items: [givenAvailability()], total: 1 });
    await settle();

    [...panel.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Réserver pour Camille Roques')
      ?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Pour Camille Roques : Le premier bureau libre à Tiers-lieu d’Auch');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Confirmer')?.click();
    await tick();
    const booking = http.expectOne({ method: 'POST', url: '/api/v1/bookings' });
    expect(booking.request.body).toEqual({
      date: '2026-12-01',
      slot: 'morning',
      userId: 'u-camille',
      siteId: site.id,
      kind: 'desk',
    });
    booking.flush(givenBooking({ userId: 'u-camille', resourceName: 'Poste 1' }));
    await tick();
    // The sheet and what is free are read again; the panel stays, with its message.
    http
      .expectOne((request) => request.url === '/api/v1/availability')
      .flush({ items: [givenAvailability()], total: 1 });
    http.expectOne(`/api/v1/sites/${site.id}`).flush(site);
    http.expectOne((request) => request.url === `/api/v1/sites/${site.id}/bookings`).flush({ items: [], total: 0 });
    await settle();
    expect(page.textContent).toContain('Réservé pour Camille Roques : Poste 1, de 08:30 à 13:00.');
  });
});
