import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { MyRegistration } from '../../core/api/events.types';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { NOW } from '../../core/time/now';
import { givenEvent } from '../../testing/event-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('MyEventsPage', () => {
  let http: HttpTestingController;

  function configure() {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
        { provide: NOW, useValue: () => new Date('2026-12-01T10:00:00+01:00') },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse(givenUser()));
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

  async function settled(harness: RouterTestingHarness) {
    for (let turns = 0; turns < 10; turns++) {
      await tick();
    }
    await harness.fixture.whenStable();
  }

  const button = (name: string, within: ParentNode = document) =>
    [...within.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;

  const registered: MyRegistration = {
    id: 'f0000000-0000-4000-8000-000000000001',
    status: 'registered',
    registeredAt: '2026-11-30T11:00:00+01:00',
    event: givenEvent(),
  };
  const waitlisted: MyRegistration = {
    id: 'f0000000-0000-4000-8000-000000000002',
    status: 'waitlisted',
    position: 2,
    registeredAt: '2026-11-30T11:05:00+01:00',
    event: givenEvent({
      id: 'e0000000-0000-4000-8000-000000000002',
      title: 'Café télétravail',
      start: '2026-12-09T09:00:00+01:00',
      end: '2026-12-09T10:30:00+01:00',
      placesLeft: 0,
      waitlistCount: 3,
    }),
  };
  const attended: MyRegistration = {
    id: 'f0000000-0000-4000-8000-000000000003',
    status: 'attended',
    registeredAt: '2026-11-20T11:00:00+01:00',
    event: givenEvent({
      id: 'e0000000-0000-4000-8000-000000000003',
      title: 'Afterwork de décembre',
      start: '2026-12-01T09:00:00+01:00',
      end: '2026-12-01T18:00:00+01:00',
    }),
  };

  async function open(items: MyRegistration[]) {
    configure();
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl('/mon-espace/evenements');
    const list = await requested('GET', '/api/v1/me/event-registrations');
    expect(list.request.params.get('limit')).toBe('500');
    list.flush({ items, total: items.length });
    await navigated;
    await settled(harness);
    return { harness, page: harness.routeNativeElement as HTMLElement };
  }

  it('lists the upcoming registrations, each linking to its event and saying where the member stands', async () => {
    const { page } = await open([registered, waitlisted, attended]);

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Mes événements');
    const items = [...page.querySelectorAll('.my-events__item')] as HTMLElement[];
    expect(items).toHaveLength(3);
    expect(items[0].querySelector('.my-events__date')?.textContent?.trim()).toBe('mercredi 2 décembre 2026');
    expect(items[0].querySelector('a')?.getAttribute('href')).toBe(`/agenda/${registered.event.id}`);
    expect(items[0].textContent).toContain('Votre inscription est confirmée.');
    expect(items[1].querySelector('a')?.getAttribute('href')).toBe(`/agenda/${waitlisted.event.id}`);
    expect(items[1].textContent).toContain("Vous êtes en liste d'attente, position 2.");
    expect(items[2].textContent).toContain('Votre présence a été notée.');
    // An attendance (or an event under way) has nothing left to cancel.
    expect(button('Annuler mon inscription', items[0])).toBeDefined();
    expect(button('Annuler mon inscription', items[1])).toBeDefined();
    expect(button('Annuler mon inscription', items[2])).toBeUndefined();
  });

  it('adds an event to the member’s calendar: a public one by its address, a members-only one fetched signed in', async () => {
    const membersOnly: MyRegistration = { ...waitlisted, event: { ...waitlisted.event, visibility: 'members' } };
    const { harness, page } = await open([registered, membersOnly]);
    const items = [...page.querySelectorAll('.my-events__item')] as HTMLElement[];

    const file = items[0].querySelector('a[download]') as HTMLAnchorElement;
    expect(file.getAttribute('href')).toBe(`/api/v1/events/${registered.event.id}.ics`);
    expect(file.textContent?.trim()).toBe('Ajouter à mon agenda');
    expect(file.getAttribute('aria-label')).toBe(`Ajouter à mon agenda : ${registered.event.title} (fichier .ics)`);

    const fetched = button('Ajouter à mon agenda', items[1])!;
    expect(fetched.getAttribute('aria-label')).toBe('Ajouter à mon agenda : Café télétravail (fichier .ics)');
    fetched.click();
    const calendar = await requested('GET', `/api/v1/events/${membersOnly.event.id}.ics`);
    expect(calendar.request.headers.get('Authorization')).toMatch(/^Bearer /);
    calendar.flush('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    await settled(harness);
    expect(page.querySelector('[role="alert"]')).toBeNull();

    // The feed follows them all.
    const feed = [...page.querySelectorAll('a')].find((a) => a.getAttribute('href') === '/mon-espace/agenda');
    expect(feed?.textContent?.trim()).toBe('Suivre toutes mes inscriptions dans mon application d’agenda');
  });

  it('says so when the member is registered to nothing', async () => {
    const { page } = await open([]);
    expect(page.querySelector('.my-events__list')?.textContent?.trim()).toBe(
      "Vous n'êtes inscrit à aucun événement à venir.",
    );
  });

  it('cancels a place in line only after confirming, and announces it in the live region', async () => {
    const { harness, page } = await open([registered, waitlisted]);

    button('Annuler mon inscription', page.querySelectorAll('.my-events__item')[1])!.click();
    await settled(harness);
    const dialog = document.querySelector('mat-dialog-container') as HTMLElement;
    expect(dialog.textContent).toContain('Annuler votre inscription à « Café télétravail » ?');
    expect(dialog.textContent).toContain("Vous quitterez la liste d'attente et perdrez votre position.");
    // Nothing is sent before the member confirms.
    expect(
      http.match({ method: 'DELETE', url: `/api/v1/events/${waitlisted.event.id}/registrations/me` }),
    ).toHaveLength(0);
    button('Annuler mon inscription', dialog)!.click();
    (await requested('DELETE', `/api/v1/events/${waitlisted.event.id}/registrations/me`)).flush(null, {
      status: 204,
      statusText: 'No Content',
    });
    await settled(harness);

    const status = page.querySelector('[role="status"]') as HTMLElement;
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent?.trim()).toBe('Votre inscription à « Café télétravail » est annulée.');
    expect(page.querySelectorAll('.my-events__item')).toHaveLength(1);
    expect(page.querySelector('.my-events__list')?.textContent).not.toContain('Café télétravail');
  });

  it('keeps the registration and says why when the API refuses', async () => {
    const { harness, page } = await open([registered]);

    button('Annuler mon inscription', page)!.click();
    await settled(harness);
    button('Annuler mon inscription', document.querySelector('mat-dialog-container') as HTMLElement)!.click();
    (await requested('DELETE', `/api/v1/events/${registered.event.id}/registrations/me`)).flush(
      {
        type: 'https://bastide.gers.fr/problems/event-started',
        title: 'Event started',
        status: 422,
        detail: 'The event has started.',
      },
      { status: 422, statusText: 'Unprocessable Entity', headers: { 'Content-Type': 'application/problem+json' } },
    );
    await settled(harness);

    expect(page.querySelector('[role="alert"]')?.textContent).toContain("L'action n'a pas abouti.");
    expect(page.querySelectorAll('.my-events__item')).toHaveLength(1);
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('');
  });
});
