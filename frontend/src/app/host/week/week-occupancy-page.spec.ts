import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { NOW } from '../../core/time/now';
import { givenBooking } from '../../testing/booking-samples';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { givenSiteDetail } from '../../testing/site-samples';
import { provideTestTranslations } from '../../testing/test-translations';

describe('WeekOccupancyPage', () => {
  let http: HttpTestingController;
  const site = givenSiteDetail();

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        // Wednesday 2 December 2026.
        { provide: NOW, useValue: () => new Date('2026-12-02T09:00:00Z') },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse(givenUser({ role: 'host', hostedSiteIds: [site.id] })));
  });

  afterEach(() => http.verify());

  const tick = () => new Promise((resolve) => setTimeout(resolve));

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(url);
    await tick();
    http.expectOne(`/api/v1/sites/${site.id}`).flush(site);
    const asked: string[] = [];
    for (const request of http.match((candidate) => candidate.url === `/api/v1/sites/${site.id}/bookings`)) {
      const date = request.request.params.get('date') as string;
      asked.push(date);
      const items =
        date === '2026-12-01'
          ? [
              givenBooking({ resourceId: 'r2', resourceName: 'Bureau 1', status: 'checked_in' }),
              givenBooking({
                id: 'b2',
                resourceId: 'r2',
                resourceName: 'Bureau 1',
                start: '2026-12-01T13:00:00+01:00',
                end: '2026-12-01T18:00:00+01:00',
                slot: 'afternoon',
              }),
              givenBooking({
                id: 'b3',
                resourceId: 'r1',
                resourceName: 'Salle Armagnac',
                start: '2026-12-01T10:00:00+01:00',
                end: '2026-12-01T11:30:00+01:00',
                slot: 'custom',
              }),
            ]
          : [];
      request.flush({ items, total: items.length });
    }
    http
      .expectOne((candidate) => candidate.url === `/api/v1/sites/${site.id}/closures`)
      .flush({ items: [{ id: 'c1', siteId: site.id, date: '2026-12-04', reason: 'Inventaire' }], total: 1 });
    await navigated;
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    const row = (selector: string) =>
      [...page.querySelectorAll(`${selector} th, ${selector} td`)].map((cell) =>
        cell.textContent?.replace(/\s+/g, ' ').trim(),
      );
    return { page, asked, row };
  }

  it('shows the week of the day asked for, resource by resource, in words, closed days included', async () => {
    const { page, asked, row } = await open(`/hote/lieux/${site.id}/semaine`);

    expect(asked).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(page.querySelector('h2')?.textContent?.trim()).toBe('Du lundi 30 novembre 2026 au dimanche 6 décembre 2026');
    expect(row('thead tr')).toEqual([
      'Espace',
      'lun. 30 nov.',
      'mar. 1 déc.',
      'mer. 2 déc.',
      'jeu. 3 déc.',
      'ven. 4 déc.',
      'sam. 5 déc.',
      'dim. 6 déc.',
    ]);
    const rows = [...page.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) =>
        cell.querySelector('ul')
          ? [...cell.querySelectorAll('li')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim()).join(' + ')
          : cell.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    );
    expect(rows[0]).toEqual([
      'Bureau 1',
      'Libre',
      'Matin ✓Arrivée enregistrée + Après-midi',
      'Libre',
      'Libre',
      'Fermé',
      'Libre',
      'Fermé',
    ]);
    expect(rows[1][2]).toBe('10:00–11:30');
    expect(row('tfoot tr')).toEqual([
      'Espaces réservés',
      '0 sur 2',
      '2 sur 2',
      '0 sur 2',
      '0 sur 2',
      'Inventaire',
      '0 sur 2',
      '—',
    ]);
  });

  it('moves a week on', async () => {
    const { asked } = await open(`/hote/lieux/${site.id}/semaine?date=2026-12-09`);

    expect(asked[0]).toBe('2026-12-07');
  });
});
