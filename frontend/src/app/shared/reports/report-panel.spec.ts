import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ApiProblem } from '../../core/api/api-problem';
import { provideTestTranslations } from '../../testing/test-translations';
import { ReportColumn, ReportCsv, ReportPanel } from './report-panel';
import { LoadedReport } from './report-resource';

interface SiteRow {
  label: string;
  occupancyRate: string;
  bookings: string;
}

/** A dashboard's use of the panel: a chart and a control projected, the rest through inputs. */
@Component({
  imports: [ReportPanel],
  template: `
    <bastide-report-panel
      titleKey="reports.bySite.title"
      [noteKey]="noteKey()"
      rowHeadingKey="reports.columns.site"
      [rows]="rows()"
      [columns]="columns"
      [empty]="rows().length === 0"
      [source]="source()"
      [csv]="csv()"
      decimal="comma"
    >
      <label reportControls
        >Regrouper
        <select></select
      ></label>
      <p class="chart">Le diagramme</p>
    </bastide-report-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Dashboard {
  readonly noteKey = signal<string | null>('reports.heatmap.note');
  readonly rows = signal<SiteRow[]>([
    { label: 'Tiers-lieu d’Auch', occupancyRate: '73,4 %', bookings: '184' },
    { label: 'La Fabrique de Lectoure', occupancyRate: '30,0 %', bookings: '30' },
  ]);
  readonly columns: ReportColumn<SiteRow>[] = [
    { labelKey: 'reports.columns.occupancyRate', cell: (row) => row.occupancyRate },
    { labelKey: 'reports.columns.bookings', cell: (row) => row.bookings },
  ];
  readonly source = signal<LoadedReport<unknown> | null>(null);
  readonly csv = signal<ReportCsv | null>({
    report: 'occupancy',
    query: { from: '2026-11-01', to: '2026-11-29', groupBy: 'site' },
  });
}

/** A report in the given state, as `loadedReport` gives it. */
function givenSource(state: { loading?: boolean; problem?: ApiProblem }, reload = jest.fn()): LoadedReport<unknown> {
  return {
    value: signal(null),
    loading: signal(state.loading ?? false),
    problem: signal(state.problem ?? null),
    reload,
  };
}

describe('ReportPanel', () => {
  let fixture: ComponentFixture<Dashboard>;
  let panel: HTMLElement;

  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const all = (selector: string) => [...panel.querySelectorAll(selector)].map((element) => text(element));

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTestTranslations('fr')],
    });
    fixture = TestBed.createComponent(Dashboard);
    await fixture.whenStable();
    panel = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => {
    TestBed.inject(HttpTestingController).verify();
    jest.restoreAllMocks();
  });

  it('is a region named by its heading, with its note, the projected control and chart, and the table', () => {
    const region = panel.querySelector('section');
    const heading = panel.querySelector('h2');
    expect(text(heading)).toBe('Occupation par lieu');
    expect(region?.getAttribute('aria-labelledby')).toBe(heading?.id);
    expect(text(panel.querySelector('.report-panel__note'))).toBe(
      'Plus la case est foncée, plus les lieux sont occupés ; le taux est écrit dans chaque case.',
    );
    expect(panel.querySelector('label[reportControls]')).not.toBeNull();
    expect(text(panel.querySelector('.chart'))).toBe('Le diagramme');
    // The control comes before the chart, as the reader meets them.
    expect(panel.querySelector('label')?.compareDocumentPosition(panel.querySelector('.chart') as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );

    expect(text(panel.querySelector('details summary'))).toBe('Voir les données');
    expect(text(panel.querySelector('table caption'))).toBe('Occupation par lieu');
    expect(all('thead th')).toEqual(['Lieu', 'Taux d’occupation', 'Réservations']);
    expect([...panel.querySelectorAll('th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
      'row',
      'row',
    ]);
    expect(all('tbody tr').length).toBe(2);
    expect(all('tbody th')).toEqual(['Tiers-lieu d’Auch', 'La Fabrique de Lectoure']);
    expect(all('tbody td')).toEqual(['73,4 %', '184', '30,0 %', '30']);
  });

  it('downloads its rows as CSV from the API, under the report’s and period’s name', async () => {
    const createObjectURL = jest.fn((blob: Blob) => (void blob, 'blob:csv'));
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const downloads: { href: string; download: string }[] = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });
    const button = panel.querySelector('button') as HTMLButtonElement;
    // The visible words are the same on every panel; the hidden title tells a screen reader which.
    expect(text(button)).toBe('Télécharger en CSV (Occupation par lieu)');
    expect(text(button.querySelector('.visually-hidden'))).toBe('(Occupation par lieu)');

    button.click();
    await fixture.whenStable();
    expect(button.disabled).toBe(true);
    const request = TestBed.inject(HttpTestingController).expectOne(
      '/api/v1/reports/occupancy?from=2026-11-01&to=2026-11-29&groupBy=site&format=csv&decimal=comma',
    );
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['\ufeffkey;label\n'], { type: 'text/csv' }));
    await fixture.whenStable();

    expect(downloads).toEqual([{ href: 'blob:csv', download: 'occupancy-2026-11-01-2026-11-29.csv' }]);
    expect(button.disabled).toBe(false);
    expect(text(panel.querySelector('[role="status"]'))).toBe('Le fichier CSV est téléchargé.');
  });

  it('says when the download failed', async () => {
    (panel.querySelector('button') as HTMLButtonElement).click();
    TestBed.inject(HttpTestingController)
      .expectOne((request) => request.params.get('format') === 'csv')
      .flush(new Blob(), { status: 500, statusText: 'Server Error' });
    await fixture.whenStable();

    expect(text(panel.querySelector('[role="alert"]'))).toBe(
      'Le fichier CSV n’a pas pu être téléchargé. Réessayez dans un instant.',
    );
  });

  it('offers no CSV for a figure that has none, and says when there is nothing to show', async () => {
    fixture.componentInstance.csv.set(null);
    fixture.componentInstance.noteKey.set(null);
    fixture.componentInstance.rows.set([]);
    await fixture.whenStable();

    expect(text(panel.querySelector('h2'))).toBe('Occupation par lieu');
    expect(panel.querySelector('button')).toBeNull();
    expect(panel.querySelector('.report-panel__note')).toBeNull();
    expect(text(panel.querySelector('section > p:last-child'))).toBe('Aucun chiffre pour cette période.');
    expect(panel.querySelector('.chart')).toBeNull();
    expect(panel.querySelector('table')).toBeNull();
  });

  it('shows its report loading, then failing with a way to load it again, in place of the chart', async () => {
    fixture.componentInstance.source.set(givenSource({ loading: true }));
    await fixture.whenStable();
    expect(panel.querySelector('bastide-loading-indicator')).not.toBeNull();
    expect(panel.querySelector('.chart')).toBeNull();

    const reload = jest.fn();
    fixture.componentInstance.source.set(
      givenSource({ problem: new ApiProblem({ title: 'Server Error', status: 500 }) }, reload),
    );
    await fixture.whenStable();
    expect(text(panel.querySelector('bastide-load-problem .load-problem__what'))).toBe(
      'Ces chiffres n’ont pas pu être chargés.',
    );
    expect(panel.querySelector('table')).toBeNull();
    (panel.querySelector('bastide-load-problem button') as HTMLButtonElement).click();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
