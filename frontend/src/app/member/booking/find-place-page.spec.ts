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
import {
  LECTOURE_FULL,
  givenAvailability,
  givenBooking,
  givenQuota,
  givenWaitlistEntry,
} from '../../testing/booking-samples';
import { givenAuthResponse } from '../../testing/identity-samples';
import { LECTOURE_SITE, givenSite } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';
import { Geolocator, Position } from './geolocation';

describe('FindPlacePage', () => {
  let http: HttpTestingController;
  let located: () => Promise<Position>;

  beforeEach(() => {
    located = () => Promise.resolve({ latitude: 43.93, longitude: 0.62 });
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        // Monday 30 November 2026, 10:00 in Auch.
        { provide: NOW, useValue: () => new Date('2026-11-30T09:00:00Z') },
        { provide: Geolocator, useValue: { locate: () => located() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse());
  });

  afterEach(() => {
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    const page = harness.routeNativeElement as HTMLElement;
    const settle = async () => {
      await tick();
      await harness.fixture.whenStable();
    };
    const text = () => page.textContent?.replace(/\s+/g, ' ') ?? '';
    const button = (name: string, within: ParentNode = document) =>
      [...within.querySelectorAll('button')].find(
        (candidate) => (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
      ) as HTMLButtonElement | undefined;
    return { harness, page, settle, text, button };
  }

  /** Answers the page's searches: what is open, and the sites with their amenities and coordinates. */
  function answerSearch(open = [givenAvailability(), LECTOURE_FULL], sites = [givenSite(), LECTOURE_SITE]) {
    const availability = http.expectOne((request) => request.url === '/api/v1/availability');
    const siteList = http.expectOne((request) => request.url === '/api/v1/sites');
    availability.flush({ items: open, total: open.length });
    siteList.flush({ items: sites, total: sites.length });
    for (const epcis of http.match('/api/v1/territory/epcis?department=32&limit=100')) {
      epcis.flush({ items: [], total: 0 });
    }
    for (const quota of http.match((request) => request.url === '/api/v1/me/quota')) {
      quota.flush(givenQuota({ date: quota.request.params.get('date') ?? '2026-11-30' }));
    }
    return { availability, siteList };
  }

  it('asks for the date and half-day of the address, and lists the open sites with what is free', async () => {
    const { settle, text, page } = await open('/mon-espace/reserver?date=2026-12-01&slot=morning&epci=200066926');
    const { availability, siteList } = answerSearch();
    await settle();

    expect(availability.request.params.get('date')).toBe('2026-12-01');
    expect(availability.request.params.get('slot')).toBe('morning');
    expect(availability.request.params.get('kind')).toBe('desk');
    expect(availability.request.params.get('epciCode')).toBe('200066926');
    expect(siteList.request.params.get('epciCode')).toBe('200066926');
    expect(text()).toContain('2 lieux ouverts le mardi 1 décembre 2026 (Matin).');
    // What is left of the member's quota in the week of the date asked for.
    expect(text()).toContain(
      'Airbus — Il vous reste 1,5 jour cette semaine (du lundi 30 novembre 2026 au dimanche 6 décembre 2026) : 0,5 j réservés.',
    );
    const cards = [...page.querySelectorAll('.place-result')].map((card) => card.textContent?.replace(/\s+/g, ' '));
    expect(cards[0]).toContain('Tiers-lieu d’Auch');
    expect(cards[0]).toContain('Ouvert de 08:30 à 13:00');
    expect(cards[0]).toContain('3 bureaux libres');
    // A full site says so in words, and offers the waitlist instead of a booking.
    expect(cards[1]).toContain('Complet : aucun bureau libre');
    const fullActions = [...page.querySelectorAll('.place-result')[1].querySelectorAll('button')].map((b) =>
      b.getAttribute('aria-label'),
    );
    expect(fullActions).toEqual([
      "Rejoindre la liste d'attente à La Fabrique de Lectoure",
      'Réserver chaque semaine à La Fabrique de Lectoure',
    ]);
  });

  it('defaults to tomorrow, full day, and keeps only the sites that have the amenities asked for', async () => {
    const { settle, page } = await open('/mon-espace/reserver?amenity=fibre&amenity=coffee');
    const { availability, siteList } = answerSearch(undefined, [givenSite()]);
    await settle();

    expect(availability.request.params.get('date')).toBe('2026-12-01');
    expect(availability.request.params.get('slot')).toBe('full_day');
    expect(siteList.request.params.getAll('amenity')).toEqual(['fibre', 'coffee']);
    expect([...page.querySelectorAll('.place-result h2')].map((h) => h.textContent?.trim())).toEqual([
      'Tiers-lieu d’Auch',
    ]);
  });

  it('books the first free desk in two clicks, with a confirmation that says what will be booked', async () => {
    const { settle, text, button } = await open('/mon-espace/reserver?date=2026-12-01&slot=morning');
    answerSearch();
    await settle();

    button('Réserver à Tiers-lieu d’Auch')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Confirmer la réservation');
    expect(dialog.textContent).toContain(
      'Le premier bureau libre à Tiers-lieu d’Auch, le mardi 1 décembre 2026, de 08:30 à 13:00.',
    );
    button('Confirmer', dialog)?.click();
    await settle();

    const booking = http.expectOne({ method: 'POST', url: '/api/v1/bookings' });
    expect(booking.request.body).toEqual({
      siteId: givenSite().id,
      kind: 'desk',
      date: '2026-12-01',
      slot: 'morning',
    });
    expect(booking.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{32,36}$/);
    booking.flush(givenBooking());
    // What is free has changed: the page searches again.
    await tick();
    answerSearch();
    await settle();

    expect(text()).toContain("C'est réservé. Poste 2 à Tiers-lieu d’Auch, le mardi 1 décembre 2026, de 08:30 à 13:00.");
    const status = document.querySelector('.find-messages') as HTMLElement;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.querySelector('a')?.getAttribute('href')).toBe('/mon-espace/reservations');
  });

  it('books the desk chosen in the list by its id', async () => {
    const { harness, settle, button } = await open('/mon-espace/reserver?date=2026-12-01&slot=afternoon');
    answerSearch();
    await settle();

    const page = harness.routeDebugElement?.componentInstance as { chooseResource(site: string, id: string): void };
    page.chooseResource(givenSite().id, 'desk-10');
    await settle();
    button('Réserver à Tiers-lieu d’Auch')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Poste 10 à Tiers-lieu d’Auch');
    button('Confirmer', dialog)?.click();
    await settle();

    const booking = http.expectOne({ method: 'POST', url: '/api/v1/bookings' });
    expect(booking.request.body).toEqual({ resourceId: 'desk-10', date: '2026-12-01', slot: 'afternoon' });
  });

  it('books nothing when the confirmation is dismissed', async () => {
    const { settle, button } = await open('/mon-espace/reserver?date=2026-12-01&slot=morning');
    answerSearch();
    await settle();

    button('Réserver à Tiers-lieu d’Auch')?.click();
    await settle();
    button('Annuler', document.querySelector('mat-dialog-container') as HTMLElement)?.click();
    await settle();

    http.expectNone({ method: 'POST', url: '/api/v1/bookings' });
  });

  it('says why a booking was refused, in an alert, and searches again', async () => {
    const { settle, page, button } = await open('/mon-espace/reserver?date=2026-12-01&slot=morning');
    answerSearch();
    await settle();

    button('Réserver à Tiers-lieu d’Auch')?.click();
    await settle();
    button('Confirmer', document.querySelector('mat-dialog-container') as HTMLElement)?.click();
    await settle();
    const refusal: TestRequest = http.expectOne({ method: 'POST', url: '/api/v1/bookings' });
    refusal.flush(
      { type: 'https://bastide.gers.fr/problems/booking-conflict', title: 'Already booked', status: 409 },
      { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await tick();
    answerSearch();
    await settle();

    const alert = page.querySelector('[role="alert"]') as HTMLElement;
    expect(alert.textContent).toContain("La réservation n'a pas abouti.");
    expect(alert.textContent).toContain('Ce créneau est déjà réservé.');
  });

  it('sorts the sites by distance from the reader, and says so when the position is refused', async () => {
    const { settle, page, text, button } = await open('/mon-espace/reserver?date=2026-12-01&slot=morning');
    answerSearch();
    await settle();
    const names = () => [...page.querySelectorAll('.place-result h2')].map((h) => h.textContent?.trim());
    expect(names()).toEqual(['Tiers-lieu d’Auch', 'La Fabrique de Lectoure']);

    button('Trier par distance depuis ma position')?.click();
    await settle();
    expect(names()).toEqual(['La Fabrique de Lectoure', 'Tiers-lieu d’Auch']);
    expect(text()).toContain('Lectoure — à 0,5 km');
    expect(text()).toContain('Auch — à 32 km');

    button('Ne plus utiliser ma position')?.click();
    located = () => Promise.reject('refused');
    await settle();
    button('Trier par distance depuis ma position')?.click();
    await settle();
    expect(names()).toEqual(['Tiers-lieu d’Auch', 'La Fabrique de Lectoure']);
    expect(text()).toContain("Votre navigateur n'a pas communiqué votre position");
  });

  it('puts the member in line at a full site, and says in which position', async () => {
    const { settle, page, button } = await open('/mon-espace/reserver?date=2026-12-01&slot=morning');
    answerSearch();
    await settle();

    button("Rejoindre la liste d'attente à La Fabrique de Lectoure")?.click();
    await tick();
    const join = http.expectOne({ method: 'POST', url: '/api/v1/waitlist' });
    expect(join.request.body).toEqual({ siteId: LECTOURE_SITE.id, kind: 'desk', date: '2026-12-01', slot: 'morning' });
    expect(join.request.headers.get('Idempotency-Key')).toBeTruthy();
    join.flush(givenWaitlistEntry({ siteId: LECTOURE_SITE.id, siteName: LECTOURE_SITE.name, position: 3 }));
    await settle();

    expect(page.querySelector('.find-messages')?.textContent).toContain(
      "Vous êtes n° 3 sur la liste d'attente à La Fabrique de Lectoure.",
    );
  });

  it('books the same half-day every week, and lists the dates that could not be booked', async () => {
    const { settle, button } = await open('/mon-espace/reserver?date=2026-12-01&slot=morning');
    answerSearch();
    await settle();

    button('Réserver chaque semaine à Tiers-lieu d’Auch')?.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.querySelector('h2')?.textContent?.trim()).toBe('Chaque semaine à Tiers-lieu d’Auch');
    const days = [...dialog.querySelectorAll('mat-checkbox')];
    // The chosen date's weekday is ticked; Thursday is added.
    expect(days.map((day) => day.querySelector('input')?.checked)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    (days[3].querySelector('input') as HTMLInputElement).click();
    await settle();
    button('Réserver ces dates', dialog)?.click();
    await tick();

    const create = http.expectOne({ method: 'POST', url: '/api/v1/booking-series' });
    expect(create.request.body).toEqual({
      siteId: givenSite().id,
      kind: 'desk',
      slot: 'morning',
      weekdays: [2, 4],
      from: '2026-12-01',
      until: '2027-01-25',
    });
    create.flush({
      id: 'c0000000-0000-4000-8000-000000000001',
      created: [givenBooking()],
      conflicts: [
        { date: '2026-12-24', reason: 'site-closed', detail: 'The site is closed on 2026-12-24: Inventaire.' },
      ],
    });
    await settle();

    expect(dialog.textContent).toContain('Réservations faites : 1.');
    expect(dialog.textContent).toContain('jeudi 24 décembre 2026 — Le lieu est fermé ce jour-là.');
    button('Fermer', dialog)?.click();
    await tick();
    // What is free has changed.
    answerSearch();
  });
});
