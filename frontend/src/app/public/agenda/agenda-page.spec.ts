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
import { givenEvent } from '../../testing/event-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenSite } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('AgendaPage', () => {
  let http: HttpTestingController;
  const site = givenSite();

  beforeEach(() => {
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
  });

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

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

  const workshop = givenEvent();
  const cafe = givenEvent({
    id: 'e0000000-0000-4000-8000-000000000002',
    title: 'Café télétravail',
    category: 'telework_cafe',
    start: '2026-12-01T09:00:00+01:00',
    end: '2026-12-01T10:30:00+01:00',
    capacity: 12,
    registeredCount: 12,
    placesLeft: 0,
    waitlistCount: 2,
    myRegistration: { id: 'r1', status: 'waitlisted', position: 2 },
  });
  const training = givenEvent({
    id: 'e0000000-0000-4000-8000-000000000003',
    title: 'Formation sécurité',
    category: 'training',
    visibility: 'members',
    start: '2026-12-02T14:00:00+01:00',
    end: '2026-12-02T17:00:00+01:00',
    placesLeft: 1,
    capacity: 8,
  });

  async function open(url: string, events = [cafe, workshop, training]) {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(url);
    await tick();
    (await requested('/api/v1/sites')).flush({ items: [site], total: 1 });
    (await requested('/api/v1/territory/epcis')).flush({ items: [], total: 0 });
    const agenda = await requested('/api/v1/events');
    agenda.flush({ items: events, total: events.length });
    await navigated;
    await tick();
    await harness.fixture.whenStable();
    return { harness, page: harness.routeNativeElement as HTMLElement, agenda };
  }

  it('lists three months ahead by day, with times, place, places left and the reader’s registration', async () => {
    const { page, agenda } = await open('/agenda');

    expect(agenda.request.params.get('from')).toBe('2026-11-30');
    expect(agenda.request.params.get('to')).toBe('2027-02-28');
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe(
      '3 événements du lundi 30 novembre 2026 au dimanche 28 février 2027.',
    );
    const days = [...page.querySelectorAll('section.agenda-day')];
    expect(days.map((day) => day.querySelector('h2')?.textContent?.trim())).toEqual([
      'mardi 1 décembre 2026',
      'mercredi 2 décembre 2026',
    ]);
    const first = days[0].querySelector('article') as HTMLElement;
    expect(first.querySelector('h3 a')?.getAttribute('href')).toBe(`/agenda/${cafe.id}`);
    expect(first.textContent).toContain('de 09:00 à 10:30 — Tiers-lieu d’Auch, Auch');
    expect(first.textContent).toContain("Complet : 2 personnes en liste d'attente");
    expect(first.textContent).toContain("Vous êtes en liste d'attente, position 2.");
    const second = days[1].querySelectorAll('article');
    expect(second).toHaveLength(2);
    expect(second[0].textContent).toContain('2 places restantes sur 2');
    expect(second[1].textContent).toContain('Réservé aux membres');
    expect(second[1].textContent).toContain('1 place restante sur 8');
  });

  it('asks the API for the filters in the address, and offers to clear them', async () => {
    const { page, agenda } = await open(
      `/agenda?site=${site.id}&epci=200066926&category=workshop&from=2026-12-01&to=2026-12-15`,
      [workshop],
    );

    expect(agenda.request.params.get('siteId')).toBe(site.id);
    expect(agenda.request.params.get('epciCode')).toBe('200066926');
    expect(agenda.request.params.get('category')).toBe('workshop');
    expect(agenda.request.params.get('from')).toBe('2026-12-01');
    expect(agenda.request.params.get('to')).toBe('2026-12-15');
    const reset = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Effacer les filtres');
    expect(reset).toBeDefined();
  });

  it('shows a month as a table of weeks, events as links under their day, and says what the month holds', async () => {
    const { page, agenda } = await open('/agenda?view=month&month=2026-12');

    expect(agenda.request.params.get('from')).toBe('2026-12-01');
    expect(agenda.request.params.get('to')).toBe('2026-12-31');
    expect(page.querySelector('h2.agenda-months__title')?.textContent?.trim()).toBe('décembre 2026');
    expect(page.querySelector('[role="status"]')?.textContent?.trim()).toBe('3 événements en décembre 2026.');
    const table = page.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent?.trim()).toBe('Événements de décembre 2026, semaine par semaine');
    const headings = [...table.querySelectorAll('thead th')];
    expect(headings.map((th) => th.getAttribute('abbr'))).toEqual([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    // Tuesday 1 December is the second cell of the first week.
    const firstWeek = table.querySelectorAll('tbody tr')[0].querySelectorAll('td');
    expect(firstWeek[1].querySelector('.visually-hidden')?.textContent).toBe('mardi 1 décembre 2026');
    expect(firstWeek[1].querySelector('a')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('09:00 Café télétravail');
    expect([...firstWeek[2].querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      `/agenda/${workshop.id}`,
      `/agenda/${training.id}`,
    ]);
    const previous = page.querySelector('a[aria-label="Mois précédent : novembre 2026"]');
    expect(previous?.getAttribute('href')).toContain('month=2026-11');
    expect(page.querySelector('a[aria-label="Mois suivant : janvier 2027"]')?.getAttribute('href')).toContain(
      'month=2027-01',
    );
  });

  it('asks again once signed in, so that members-only events appear', async () => {
    const { harness } = await open('/agenda', [workshop]);

    TestBed.inject(Session).start(givenAuthResponse(givenUser()));
    await tick();
    harness.fixture.detectChanges();
    const again = await requested('/api/v1/events');
    expect(again.request.headers.get('Authorization')).toBe('Bearer access-1');
    again.flush({ items: [workshop, training], total: 2 });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Formation sécurité');
  });
});
