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
import { givenEvent } from '../../testing/event-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('HostEventsPage', () => {
  let http: HttpTestingController;
  const site = givenSiteDetail();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'host', hostedSiteIds: [site.id] })));
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

  it("lists the upcoming events of the host's sites, every status, with their counts and links", async () => {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl('/hote/evenements');
    (await requested(`/api/v1/sites/${site.id}`)).flush(site);
    const list = await requested('/api/v1/events');
    expect(list.request.params.get('status')).toBe('all');
    expect(list.request.params.has('siteId')).toBe(false);
    const draft = givenEvent({ id: 'e2', status: 'draft', title: 'Atelier en préparation', publishedAt: null });
    const full = givenEvent({ registeredCount: 2, placesLeft: 0, waitlistCount: 1 });
    list.flush({ items: [full, draft], total: 2 });
    await navigated;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;

    expect(page.textContent).toContain('2 événements à venir.');
    const rows = [...page.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()),
    );
    expect(rows[0].slice(0, 5)).toEqual([
      'Atelier fibre et visio',
      'mercredi 2 décembre 2026, de 18:30 à 20:00',
      'Tiers-lieu d’Auch',
      'Publié',
      '2 sur 2 ; en attente : 1',
    ]);
    expect(rows[1][3]).toBe('Brouillon');
    const links = [...page.querySelectorAll('tbody tr')[1].querySelectorAll('a')].map((a) => a.getAttribute('href'));
    // A draft has no public page yet.
    expect(links).toEqual(['/hote/evenements/e2', '/hote/evenements/e2/inscrits']);
    expect(page.querySelector('a[href="/hote/evenements/nouveau"]')?.textContent?.trim()).toBe('Créer un événement');
  });

  it('asks for one site and one status when filtered', async () => {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(`/hote/evenements?site=${site.id}&status=cancelled`);
    (await requested(`/api/v1/sites/${site.id}`)).flush(site);
    const list = await requested('/api/v1/events');
    expect(list.request.params.get('status')).toBe('cancelled');
    expect(list.request.params.get('siteId')).toBe(site.id);
    list.flush({ items: [], total: 0 });
    await navigated;
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement?.textContent).toContain('Aucun événement à venir.');
    expect(harness.routeNativeElement?.querySelector('a[href^="/hote/evenements/nouveau"]')?.getAttribute('href')).toBe(
      `/hote/evenements/nouveau?site=${site.id}`,
    );
  });
});
