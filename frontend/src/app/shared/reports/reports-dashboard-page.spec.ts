import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { routes } from '../../app.routes';
import { apiProblemInterceptor } from '../../core/api/api-problem.interceptor';
import { OccupancyReport, OccupancyRow } from '../../core/api/reports.types';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { NOW } from '../../core/time/now';
import { givenAuthResponse, givenUser } from '../../testing/identity-samples';
import { LECTOURE_SITE, givenSite, givenSiteDetail } from '../../testing/site-samples';
import { EPCI_PAGE, LOMAGNE } from '../../testing/territory-samples';
import { provideTestTranslations } from '../../testing/test-translations';

const AUCH = givenSite();
const LECTOURE = LECTOURE_SITE;

function occupancy(key: string, label: string, bookedHours: number, capacityHours: number): OccupancyRow {
  return {
    key,
    label,
    capacityHours,
    bookedHours,
    occupancyRate: capacityHours > 0 ? Math.round((bookedHours / capacityHours) * 10_000) / 10_000 : null,
    bookings: Math.round(bookedHours / 4),
    uniqueMembers: 7,
    noShows: 1,
  };
}

/** The rows with the period's totals, as the API gives them; people counted once over the period. */
function occupancyReport(rows: OccupancyRow[], uniqueMembers = 7): OccupancyReport {
  const sum = (field: 'capacityHours' | 'bookedHours' | 'bookings' | 'noShows') =>
    rows.reduce((total, row) => total + row[field], 0);
  const capacityHours = sum('capacityHours');
  return {
    rows,
    totals: {
      capacityHours,
      bookedHours: sum('bookedHours'),
      occupancyRate: capacityHours > 0 ? sum('bookedHours') / capacityHours : null,
      bookings: sum('bookings'),
      uniqueMembers,
      noShows: sum('noShows'),
    },
  };
}

/** What the API answers each report, by its groupBy; November 2026 is the period, October the one before. */
function answer(request: TestRequest): void {
  const { url, params } = request.request;
  const groupBy = params.get('groupBy');
  const from = params.get('from');
  if (url === '/api/v1/sites') {
    request.flush({ items: [AUCH, LECTOURE], total: 2 });
  } else if (url === `/api/v1/sites/${AUCH.id}`) {
    request.flush(givenSiteDetail());
  } else if (url === `/api/v1/sites/${LECTOURE.id}`) {
    request.flush(givenSiteDetail({ ...LECTOURE }));
  } else if (url === '/api/v1/territory/epcis') {
    request.flush(EPCI_PAGE);
  } else if (url === '/api/v1/reports/occupancy' && groupBy === 'site') {
    const rows = [occupancy(AUCH.id, AUCH.name, 734, 1000), occupancy(LECTOURE.id, LECTOURE.name, 120, 400)];
    request.flush(occupancyReport(params.get('epciCode') === LOMAGNE.code ? rows.slice(1) : rows));
  } else if (url === '/api/v1/reports/occupancy' && groupBy === 'weekday,halfDay') {
    request.flush(
      occupancyReport([
        occupancy('1,morning', 'lundi · matin', 90, 100),
        occupancy('1,afternoon', 'lundi · après-midi', 30, 100),
        occupancy('2,morning', 'mardi · matin', 50, 100),
        occupancy('2,afternoon', 'mardi · après-midi', 0, 100),
      ]),
    );
  } else if (url === '/api/v1/reports/occupancy' && groupBy === 'month' && from === '2025-12-01') {
    request.flush(
      occupancyReport([
        occupancy('2026-10', 'octobre 2026', 400, 1000),
        occupancy('2026-11', 'novembre 2026', 500, 1000),
      ]),
    );
  } else if (url === '/api/v1/reports/occupancy' && groupBy === 'month') {
    // The headline reads the totals: 50 % now against 40 % before, 7 people against 5.
    request.flush(
      from === '2026-11-01'
        ? occupancyReport([occupancy('2026-11', 'novembre 2026', 500, 1000)])
        : occupancyReport([occupancy('2026-10', 'octobre 2026', 400, 1000)], 5),
    );
  } else if (url === '/api/v1/reports/telework-days') {
    const rows =
      groupBy === 'organization'
        ? [
            { key: 'org-1', label: 'Airbus', days: 42.5, members: 6, outsideGersShare: 0.8 },
            {
              key: 'other',
              label: 'Autres employeurs (moins de 5 membres)',
              days: 10,
              members: 4,
              outsideGersShare: 0.25,
            },
            { key: 'none', label: 'Sans employeur', days: 3, members: 2, outsideGersShare: 0 },
          ]
        : groupBy === 'homeEpci'
          ? [{ key: '243100518', label: 'Toulouse Métropole', days: 30.5, members: 5, outsideGersShare: 1 }]
          : [];
    const days = from === '2026-11-01' ? 52.5 : 42;
    request.flush({
      rows,
      totals: { days, members: 10, outsideGersShare: from === '2026-11-01' ? 0.6 : 0.5, unknownHomeShare: 0 },
    });
  } else if (url === '/api/v1/reports/newcomers') {
    request.flush({
      rows: [
        { key: '200066926,2025', label: 'CA Grand Auch Cœur de Gascogne · 2025', settled: 2 },
        { key: '200066926,2026', label: 'CA Grand Auch Cœur de Gascogne · 2026', settled: 3 },
        { key: `${LOMAGNE.code},2026`, label: `${LOMAGNE.name} · 2026`, settled: 1 },
        { key: 'none,2026', label: 'EPCI inconnu · 2026', settled: 1 },
      ],
      totals: { settled: 7 },
    });
  } else if (url === '/api/v1/reports/events') {
    request.flush({
      rows: [
        {
          key: groupBy === 'category' ? 'workshop' : AUCH.id,
          label: groupBy === 'category' ? 'Atelier' : AUCH.name,
          events: 4,
          cancelledEvents: 1,
          capacity: 60,
          registrations: 45,
          waitlisted: 3,
          attendance: 30,
          fillRate: 0.75,
          attendanceRate: 0.6667,
        },
      ],
    });
  } else {
    throw new Error(`Unexpected request ${request.request.urlWithParams}`);
  }
}

describe('ReportsDashboardPage', () => {
  // A dozen reports answered through the router per page: more than the default 5 s on a busy machine.
  jest.setTimeout(60_000);
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let page: HTMLElement;
  /** Every request answered, as `path?query`, in order. */
  let asked: string[];
  /** What was logged as an error, Chart.js's word about the missing canvas apart. */
  let unexpectedErrors: unknown[][];

  const tick = () => new Promise((resolve) => setTimeout(resolve));
  /** Answers what the page asks until it has asked nothing for two rounds (reports come in waves). */
  async function settle(): Promise<void> {
    let quiet = 0;
    for (let round = 0; round < 40 && quiet < 2; round++) {
      await tick();
      const pending = http.match(() => true);
      for (const request of pending) {
        asked.push(request.request.urlWithParams);
        answer(request);
      }
      quiet = pending.length === 0 ? quiet + 1 : 0;
      await harness.fixture.whenStable();
    }
  }

  async function open(url: string, user: ReturnType<typeof givenUser>): Promise<void> {
    localStorage.clear();
    // jsdom has no canvas: Chart.js says so once per chart and draws nothing; the tables carry the figures.
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    asked = [];
    unexpectedErrors = [];
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!String(args[0]).includes("can't acquire context")) {
        unexpectedErrors.push(args);
      }
    });
    TestBed.configureTestingModule({
      providers: [
        provideRouter(routes, withComponentInputBinding()),
        provideHttpClient(withInterceptors([apiProblemInterceptor, authInterceptor])),
        provideHttpClientTesting(),
        provideTestTranslations('fr'),
        // Sunday 29 November 2026, in Paris.
        { provide: NOW, useValue: () => new Date('2026-11-29T10:00:00Z') },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(givenAuthResponse(user));
    harness = await RouterTestingHarness.create();
    const navigated = harness.navigateByUrl(url);
    await settle();
    await navigated;
    await settle();
    page = harness.routeNativeElement as HTMLElement;
  }

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
    expect(unexpectedErrors).toEqual([]);
  });

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const panel = (title: string) =>
    [...page.querySelectorAll('bastide-report-panel')].find(
      (candidate) => text(candidate.querySelector('h2')) === title,
    );
  const tableRows = (container: Element | undefined) =>
    [...(container?.querySelectorAll('table tbody tr') ?? [])].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) => text(cell)),
    );
  const button = (container: Element | undefined, name: string) =>
    [...(container?.querySelectorAll('button') ?? [])].find((candidate) => text(candidate).startsWith(name)) as
      HTMLButtonElement | undefined;

  async function choose(label: string, option: string): Promise<void> {
    const field = [...page.querySelectorAll('mat-form-field')].find(
      (candidate) => text(candidate.querySelector('mat-label')) === label,
    );
    (field?.querySelector('mat-select') as HTMLElement).click();
    await harness.fixture.whenStable();
    const choice = [...document.querySelectorAll('mat-option')].find((candidate) => text(candidate) === option);
    (choice as HTMLElement).click();
    await settle();
  }

  describe('for a network officer', () => {
    beforeEach(() => open('/reseau/tableau-de-bord', givenUser({ role: 'admin' })));

    it('asks for this month to date and the month before, and shows the key figures with their change in words', () => {
      expect(text(page.querySelector('h1'))).toBe('Tableau de bord');
      expect(asked).toContain('/api/v1/reports/occupancy?from=2026-11-01&to=2026-11-29&groupBy=month');
      expect(asked).toContain('/api/v1/reports/occupancy?from=2026-10-03&to=2026-10-31&groupBy=month');
      expect(asked).toContain('/api/v1/reports/occupancy?from=2025-12-01&to=2026-11-29&groupBy=month');
      const figures = [...page.querySelectorAll('.headline__figure')].map((figure) =>
        [...figure.children].map((part) => text(part)).join(' | '),
      );
      expect(figures).toEqual([
        'Taux d’occupation | 50,0 % | ▲ En hausse : +10 points',
        'Heures réservées | 500 | ▲ En hausse : +25 %',
        'Réservations | 125 | ▲ En hausse : +25 %',
        'Membres différents | 7 | ▲ En hausse : +40 %',
        'Absences (non venus) | 1 | = Stable',
        'Jours de télétravail | 52,5 | ▲ En hausse : +25 %',
        'Part venue de hors du Gers | 60,0 % | ▲ En hausse : +10 points',
      ]);
      expect(text(page.querySelector('.dashboard__period'))).toBe(
        'Du dimanche 1 novembre 2026 au dimanche 29 novembre 2026, comparé au samedi 3 octobre 2026 – samedi 31 octobre 2026.',
      );
    });

    it('gives every chart a named image and its figures in a table with a caption, formatted in French', () => {
      const bySite = panel('Occupation par lieu');
      const canvas = bySite?.querySelector('canvas');
      expect(canvas?.getAttribute('role')).toBe('img');
      expect(canvas?.getAttribute('aria-label')).toContain('taux d’occupation de chaque lieu');
      expect(text(bySite?.querySelector('summary'))).toBe('Voir les données');
      expect(text(bySite?.querySelector('caption'))).toBe('Occupation par lieu');
      expect([...(bySite?.querySelectorAll('thead th') ?? [])].map((th) => th.getAttribute('scope'))).toEqual(
        Array(7).fill('col'),
      );
      expect(tableRows(bySite)).toEqual([
        ['Tiers-lieu d’Auch', '73,4 %', '734', '1 000', '184', '7', '1'],
        ['La Fabrique de Lectoure', '30,0 %', '120', '400', '30', '7', '1'],
      ]);
      expect(bySite?.querySelector('tbody th')?.getAttribute('scope')).toBe('row');

      const trend = panel('Évolution sur douze mois');
      expect(tableRows(trend).map((row) => row.slice(0, 2))).toEqual([
        ['octobre 2026', '40,0 %'],
        ['novembre 2026', '50,0 %'],
      ]);
    });

    it('writes the rate in each cell of the weekday × half-day heatmap', () => {
      const heatmap = panel('Occupation par jour et demi-journée');
      expect(text(heatmap?.querySelector('caption'))).toBe(
        'Taux d’occupation selon le jour de la semaine et la demi-journée',
      );
      expect([...(heatmap?.querySelectorAll('thead th') ?? [])].map((th) => text(th))).toEqual(['Matin', 'Après-midi']);
      expect(tableRows(heatmap)).toEqual([
        ['Lundi', '90,0 %', '30,0 %'],
        ['Mardi', '50,0 %', '0,0 %'],
      ]);
      const deepest = heatmap?.querySelector('tbody td') as HTMLElement;
      // 90 % is the darkest shade, written in white.
      expect(deepest.style.color).toBe('rgb(255, 255, 255)');
    });

    it('names the small employers together and shows where teleworkers live', () => {
      expect(tableRows(panel('Jours de télétravail par employeur'))).toEqual([
        ['Airbus', '42,5', '6', '80,0 %'],
        ['Autres employeurs (moins de 5 membres)', '10', '4', '25,0 %'],
        ['Sans employeur', '3', '2', '0,0 %'],
      ]);
      expect(tableRows(panel('Jours de télétravail par intercommunalité de résidence'))).toEqual([
        ['Toulouse Métropole', '30,5', '5', '100,0 %'],
      ]);
      expect(tableRows(panel('Remplissage des événements'))).toEqual([
        ['Tiers-lieu d’Auch', '75,0 %', '4', '60', '45', '30', '66,7 %'],
      ]);
    });

    it('shows the Soho Solo newcomers settled per EPCI and year, and downloads them as CSV', async () => {
      expect(asked).toContain('/api/v1/reports/newcomers?from=2026-11-01&to=2026-11-29&groupBy=epci,year');
      const newcomers = panel('Nouveaux arrivants installés (Soho Solo)');
      expect(text(newcomers?.querySelector('.report-panel__note'))).toContain('par année d’installation');
      expect(newcomers?.querySelector('canvas')?.getAttribute('aria-label')).toContain(
        'nombre de nouveaux arrivants installés',
      );
      expect([...(newcomers?.querySelectorAll('thead th') ?? [])].map((th) => text(th))).toEqual([
        'Intercommunalité (EPCI)',
        'Année',
        'Nouveaux arrivants installés',
      ]);
      expect(tableRows(newcomers)).toEqual([
        ['CA Grand Auch Cœur de Gascogne', '2025', '2'],
        ['CA Grand Auch Cœur de Gascogne', '2026', '3'],
        [LOMAGNE.name, '2026', '1'],
        ['Intercommunalité inconnue', '2026', '1'],
      ]);

      Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:csv'), revokeObjectURL: jest.fn() });
      const downloads: string[] = [];
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        downloads.push(this.download);
      });
      button(newcomers, 'Télécharger en CSV')?.click();
      http
        .expectOne('/api/v1/reports/newcomers?from=2026-11-01&to=2026-11-29&groupBy=epci,year&format=csv&decimal=comma')
        .flush(new Blob(['\ufeffkey;label;settled\n'], { type: 'text/csv' }));
      await settle();
      click.mockRestore();

      expect(downloads).toEqual(['newcomers-2026-11-01-2026-11-29.csv']);
    });

    it('narrows the occupancy to an EPCI, and says the territory-wide figures do not follow', async () => {
      asked = [];
      await choose('Intercommunalité (EPCI)', LOMAGNE.name);

      expect(asked).toContain(
        `/api/v1/reports/occupancy?from=2026-11-01&to=2026-11-29&groupBy=site&epciCode=${LOMAGNE.code}`,
      );
      expect(
        asked.filter((url) => url.includes('telework-days') || url.includes('/events') || url.includes('/newcomers')),
      ).toEqual([]);
      expect(tableRows(panel('Occupation par lieu')).map((row) => row[0])).toEqual(['La Fabrique de Lectoure']);
      expect(text(panel('Jours de télétravail par employeur')?.querySelector('.report-panel__note'))).toContain(
        'ne s’y applique pas',
      );
    });

    it('downloads the CSV of a chart in the French number format, through the API with the token', async () => {
      await choose('Intercommunalité (EPCI)', LOMAGNE.name);
      const createObjectURL = jest.fn((blob: Blob) => (void blob, 'blob:csv'));
      Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
      const downloads: string[] = [];
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        downloads.push(this.download);
      });

      button(panel('Occupation par lieu'), 'Télécharger en CSV')?.click();
      const request = http.expectOne(
        (candidate) => candidate.url === '/api/v1/reports/occupancy' && candidate.params.get('format') === 'csv',
      );
      expect(request.request.urlWithParams).toBe(
        `/api/v1/reports/occupancy?from=2026-11-01&to=2026-11-29&groupBy=site&epciCode=${LOMAGNE.code}&format=csv&decimal=comma`,
      );
      expect(request.request.responseType).toBe('blob');
      expect(request.request.headers.get('Authorization')).toMatch(/^Bearer /);
      request.flush(new Blob(['\ufeffkey;label\n'], { type: 'text/csv' }));
      await settle();
      click.mockRestore();

      expect(downloads).toEqual(['occupancy-2026-11-01-2026-11-29.csv']);
      expect(createObjectURL).toHaveBeenCalledTimes(1);
      expect(text(panel('Occupation par lieu')?.querySelector('[role="status"]'))).toBe(
        'Le fichier CSV est téléchargé.',
      );
    });

    it('exports every report of the period as one zip in the number format chosen', async () => {
      await choose('Nombres des fichiers CSV', 'Format international (1234.5, séparateur virgule)');
      Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:zip'), revokeObjectURL: jest.fn() });
      const downloads: string[] = [];
      const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
        this: HTMLAnchorElement,
      ) {
        downloads.push(this.download);
      });

      button(page, 'Exporter tout (zip)')?.click();
      http
        .expectOne('/api/v1/reports/export?from=2026-11-01&to=2026-11-29&decimal=point')
        .flush(new Blob(['PK'], { type: 'application/zip' }));
      await settle();
      click.mockRestore();

      expect(downloads).toEqual(['bastide-rapports-2026-11-01-2026-11-29.zip']);
    });

    it('takes last month whole, compared with the month before', async () => {
      asked = [];
      await choose('Période', 'Le mois dernier');

      expect(asked).toContain('/api/v1/reports/occupancy?from=2026-10-01&to=2026-10-31&groupBy=site');
      expect(asked).toContain('/api/v1/reports/occupancy?from=2026-09-01&to=2026-09-30&groupBy=month');
    });

    it('groups the events by category, in the reader’s words', async () => {
      await choose('Regrouper par', 'Catégorie');

      expect(tableRows(panel('Remplissage des événements'))[0][0]).toBe('Atelier');
    });
  });

  describe('for a host of two sites', () => {
    beforeEach(() => open('/hote/tableau-de-bord', givenUser({ role: 'host', hostedSiteIds: [AUCH.id, LECTOURE.id] })));

    it('shows their sites without the territory figures, and narrows to one site', async () => {
      expect(asked.some((url) => url.includes('telework-days'))).toBe(false);
      expect(page.querySelector('bastide-network-nav')).toBeNull();
      expect(button(page, 'Exporter tout (zip)')).toBeUndefined();
      expect(panel('Jours de télétravail par employeur')).toBeUndefined();
      expect(panel('Nouveaux arrivants installés (Soho Solo)')).toBeUndefined();
      expect(asked.some((url) => url.includes('/reports/newcomers'))).toBe(false);

      asked = [];
      await choose('Lieu', LECTOURE.name);

      expect(asked).toContain(
        `/api/v1/reports/occupancy?from=2026-11-01&to=2026-11-29&groupBy=site&siteId=${LECTOURE.id}`,
      );
      expect(asked).toContain(
        `/api/v1/reports/events?from=2026-11-01&to=2026-11-29&groupBy=site&siteId=${LECTOURE.id}`,
      );
    });
  });
});
