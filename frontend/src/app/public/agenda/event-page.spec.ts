import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { EventView } from '../../core/api/events.types';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { NOW } from '../../core/time/now';
import { givenEvent } from '../../testing/event-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('EventPage', () => {
  let http: HttpTestingController;
  const event = givenEvent();

  function configure(signedIn: boolean) {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        // Monday 30 November 2026, 10:00 in Auch.
        { provide: NOW, useValue: () => new Date('2026-11-30T09:00:00Z') },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    if (signedIn) {
      TestBed.inject(Session).start(givenAuthResponse(givenUser()));
    }
  }

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((overlay) => (overlay.innerHTML = ''));
  });

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function requested(method: string, url: string): Promise<TestRequest> {
    for (let turns = 0; turns < 50; turns++) {
      const [request] = http.match((candidate) => candidate.method === method && candidate.url === url);
      if (request) {
        return request;
      }
      await tick();
    }
    throw new Error(`No ${method} ${url}`);
  }

  async function open(shown: EventView) {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(`/agenda/${shown.id}`);
    (await requested('GET', `/api/v1/events/${shown.id}`)).flush(shown);
    await navigated;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    const button = (name: string, within: ParentNode = document) =>
      [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as
        HTMLButtonElement | undefined;
    const settle = async () => {
      await tick();
      await harness.fixture.whenStable();
    };
    return { page, button, settle };
  }

  it('says when in the site’s zone, where, how many places are left, and shows the sanitised description', async () => {
    configure(false);
    const { page } = await open(event);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Atelier fibre et visio');
    const facts = [...page.querySelectorAll('dl.event__facts > div')].map((fact) =>
      [...fact.querySelectorAll('dt, dd')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(facts).toEqual([
      ['Quand', 'Le mercredi 2 décembre 2026, de 18:30 à 20:00 Heure du lieu (Europe/Paris)'],
      ['Où', 'Tiers-lieu d’Auch (Auch)'],
      ['Places', '2 places restantes sur 2'],
    ]);
    expect(page.querySelector('.event__html strong')?.textContent).toBe('box');
    expect(page.querySelector('a[href="/lieux/tiers-lieu-d-auch"]')).not.toBeNull();
    const calendar = [...page.querySelectorAll('a')].find((a) => a.textContent?.includes('Ajouter à mon agenda'));
    expect(calendar?.getAttribute('href')).toBe(`/api/v1/events/${event.id}.ics`);
    // A visitor is asked to sign in, and brought back here.
    const signIn = [...page.querySelectorAll('a')].find(
      (a) => a.textContent?.trim() === "Se connecter pour s'inscrire",
    );
    expect(signIn?.getAttribute('href')).toBe(`/connexion?returnUrl=%2Fagenda%2F${event.id}`);
  });

  it('registers in one click with an idempotency key, says so, and reads the places again', async () => {
    configure(true);
    const { page, button, settle } = await open(event);

    button("S'inscrire", page)!.click();
    const registration = await requested('POST', `/api/v1/events/${event.id}/registrations`);
    expect(registration.request.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{32,36}$/);
    registration.flush({ id: 'r1', eventId: event.id, status: 'registered' });
    (await requested('GET', `/api/v1/events/${event.id}`)).flush({
      ...event,
      registeredCount: 1,
      placesLeft: 1,
      myRegistration: { id: 'r1', status: 'registered' },
    });
    await settle();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Inscription confirmée à « Atelier fibre et visio ».',
    );
    expect(page.textContent).toContain('1 place restante sur 2');
    expect(page.querySelector('.event__mine')?.textContent?.trim()).toBe('Votre inscription est confirmée.');
    expect(button('Annuler mon inscription', page)).toBeDefined();
  });

  it('offers the waitlist when full, and tells the position', async () => {
    configure(true);
    const full = { ...event, registeredCount: 2, placesLeft: 0, waitlistCount: 0 };
    const { page, button, settle } = await open(full);

    expect(page.textContent).toContain('Complet');
    button("Rejoindre la liste d'attente", page)!.click();
    (await requested('POST', `/api/v1/events/${event.id}/registrations`)).flush({
      id: 'r3',
      eventId: event.id,
      status: 'waitlisted',
      position: 1,
    });
    (await requested('GET', `/api/v1/events/${event.id}`)).flush({
      ...full,
      waitlistCount: 1,
      myRegistration: { id: 'r3', status: 'waitlisted', position: 1 },
    });
    await settle();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      "vous êtes en liste d'attente pour « Atelier fibre et visio », position 1.",
    );
    expect(page.querySelector('.event__mine')?.textContent?.trim()).toBe("Vous êtes en liste d'attente, position 1.");
    expect(button("Quitter la liste d'attente", page)).toBeDefined();
  });

  it('asks before cancelling a registration, then cancels it', async () => {
    configure(true);
    const mine = {
      ...event,
      registeredCount: 1,
      placesLeft: 1,
      myRegistration: { id: 'r1', status: 'registered' as const },
    };
    const { page, button, settle } = await open(mine);

    button('Annuler mon inscription', page)!.click();
    await settle();
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Annuler votre inscription ?');
    button('Annuler mon inscription', dialog)!.click();
    (await requested('DELETE', `/api/v1/events/${event.id}/registrations/me`)).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    (await requested('GET', `/api/v1/events/${event.id}`)).flush(event);
    await settle();

    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      'Votre inscription à « Atelier fibre et visio » est annulée.',
    );
    expect(button("S'inscrire", page)).toBeDefined();
  });

  it('translates a refusal of the server (registration closed) in an alert', async () => {
    configure(true);
    const { page, button, settle } = await open(event);

    button("S'inscrire", page)!.click();
    (await requested('POST', `/api/v1/events/${event.id}/registrations`)).flush(
      {
        type: 'https://bastide.gers.fr/problems/registration-closed',
        title: 'Registration closed',
        status: 422,
        detail: 'Registration for this event closed at …',
      },
      { status: 422, statusText: 'Unprocessable Entity', headers: { 'Content-Type': 'application/problem+json' } },
    );
    (await requested('GET', `/api/v1/events/${event.id}`)).flush({ ...event, registrationOpen: false });
    await settle();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain(
      'Les inscriptions à cet événement sont closes.',
    );
    expect(page.textContent).toContain('Les inscriptions sont closes.');
  });

  it('says a cancelled event is cancelled and offers nothing to do but the calendar', async () => {
    configure(true);
    const { page, button } = await open({ ...event, status: 'cancelled', registrationOpen: false });

    expect(page.textContent).toContain('Cet événement est annulé.');
    expect(button("S'inscrire", page)).toBeUndefined();
    expect(page.textContent).toContain('Ajouter à mon agenda');
  });
});
