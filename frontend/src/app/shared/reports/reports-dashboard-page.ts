import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { forkJoin, map } from 'rxjs';
import {
  CsvDecimal,
  EventsReportRow,
  NewcomersReportRow,
  OccupancyRow,
  TeleworkDaysReport,
  TeleworkDaysRow,
} from '../../core/api/reports.types';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { NOW } from '../../core/time/now';
import { localDateAt, longDate } from '../../core/time/local-dates';
import { NetworkNav } from '../../admin/network-nav';
import { ManagedSites } from '../../host/events/managed-sites';
import { downloadFile } from '../../member/download-file';
import { GersEpcis } from '../../public/territory/gers-epcis';
import { HeadlineFigure, HeadlineFigures } from './headline-figures';
import { OccupancyHeatmap } from './occupancy-heatmap';
import { OccupancyMap, SiteOccupancy } from './occupancy-map';
import { ReportChart } from './report-chart';
import { CHART_COLOURS, countChange, formatNumber, formatPercent, monthLabel, rateChange } from './report-format';
import { ReportColumn, ReportPanel } from './report-panel';
import {
  PERIOD_PRESETS,
  PeriodPreset,
  isValidPeriod,
  presetPeriod,
  previousPeriod,
  trendPeriod,
} from './report-period';
import { loadedReport } from './report-resource';
import {
  EventsQuery,
  NewcomersQuery,
  OccupancyQuery,
  ReportPeriod,
  ReportsApi,
  TeleworkDaysQuery,
} from './reports-api';

/** Whose dashboard: a network officer's (every site, territory and employers) or a host's (their sites). */
export type DashboardArea = 'network' | 'host';

export const EVENT_GROUPS = ['site', 'category'] as const;
export type EventGroup = (typeof EVENT_GROUPS)[number];

/**
 * The dashboard of occupancy and attendance: headline figures against the previous period, occupancy by
 * site, weekday and half-day, month and place, and for officers the teleworker-days by employer and home
 * territory. One page for both areas; the API limits a host's figures to their sites.
 */
@Component({
  selector: 'bastide-reports-dashboard-page',
  imports: [
    HeadlineFigures,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    NetworkNav,
    OccupancyHeatmap,
    OccupancyMap,
    ReportChart,
    ReportPanel,
    TranslatePipe,
  ],
  providers: [GersEpcis, ManagedSites],
  templateUrl: './reports-dashboard-page.html',
  styleUrl: './reports-dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsDashboardPage {
  private readonly api = inject(ReportsApi);
  private readonly session = inject(Session);
  private readonly translate = inject(TranslateService);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly managedSites = inject(ManagedSites);
  protected readonly epcis = inject(GersEpcis);
  private readonly now = inject(NOW);
  protected readonly language = inject(LanguageService).current;

  /** From the route's data. */
  readonly area = input<DashboardArea>('host');

  protected readonly isNetwork = computed(() => this.area() === 'network' && this.session.role() === 'admin');
  protected readonly presets = PERIOD_PRESETS;
  protected readonly eventGroups = EVENT_GROUPS;
  private readonly today = localDateAt(this.now());

  protected readonly preset = signal<PeriodPreset>('thisMonth');
  protected readonly customFrom = signal(presetPeriod('thisMonth', this.today).from);
  protected readonly customTo = signal(this.today);
  protected readonly epciCode = signal('');
  protected readonly siteId = signal('');
  protected readonly decimal = signal<CsvDecimal>(this.language() === 'fr' ? 'comma' : 'point');
  protected readonly eventGroup = signal<EventGroup>('site');

  protected readonly sites = this.managedSites.sites;
  /** A host with several sites may look at one; an officer narrows by EPCI instead. */
  protected readonly offersSiteFilter = computed(() => !this.isNetwork() && this.sites().length > 1);

  protected readonly period = computed<ReportPeriod | null>(() => {
    const preset = this.preset();
    const period =
      preset === 'custom' ? { from: this.customFrom(), to: this.customTo() } : presetPeriod(preset, this.today);
    return isValidPeriod(period) ? period : null;
  });
  protected readonly previous = computed(() => {
    const period = this.period();
    return period ? previousPeriod(period) : null;
  });
  protected readonly periodText = computed(() => {
    const period = this.period();
    const previous = this.previous();
    const language = this.language();
    if (!period || !previous) {
      return '';
    }
    return this.translate.instant('reports.period.summary', {
      from: longDate(period.from, language),
      to: longDate(period.to, language),
      previousFrom: longDate(previous.from, language),
      previousTo: longDate(previous.to, language),
    }) as string;
  });

  /** The filters every occupancy figure shares. */
  private occupancyQuery(period: ReportPeriod | null, groupBy: string): OccupancyQuery | undefined {
    if (!period) {
      return undefined;
    }
    return {
      ...period,
      groupBy,
      ...(this.isNetwork() && this.epciCode() ? { epciCode: this.epciCode() } : {}),
      ...(!this.isNetwork() && this.siteId() ? { siteId: this.siteId() } : {}),
    };
  }

  protected readonly bySiteQuery = computed(() => this.occupancyQuery(this.period(), 'site'));
  protected readonly heatmapQuery = computed(() => this.occupancyQuery(this.period(), 'weekday,halfDay'));
  protected readonly trendQuery = computed(() => {
    const period = this.period();
    return this.occupancyQuery(period ? trendPeriod(period) : null, 'month');
  });
  protected readonly employerQuery = computed(() => this.teleworkQuery('organization'));
  protected readonly homeEpciQuery = computed(() => this.teleworkQuery('homeEpci'));
  protected readonly eventsQuery = computed<EventsQuery | undefined>(() => {
    const period = this.period();
    if (!period) {
      return undefined;
    }
    return {
      ...period,
      groupBy: this.eventGroup(),
      ...(!this.isNetwork() && this.siteId() ? { siteId: this.siteId() } : {}),
    };
  });

  /** Officers only, network-wide: newcomers are counted by the EPCI they settled in, not by site. */
  protected readonly newcomersQuery = computed<NewcomersQuery | undefined>(() => {
    const period = this.period();
    return this.isNetwork() && period ? { ...period, groupBy: 'epci,year' } : undefined;
  });

  private teleworkQuery(groupBy: string): TeleworkDaysQuery | undefined {
    const period = this.period();
    return this.isNetwork() && period ? { ...period, groupBy } : undefined;
  }

  protected readonly bySite = loadedReport(
    () => this.bySiteQuery(),
    (query) => this.api.occupancy(query),
  );
  protected readonly heatmap = loadedReport(
    () => this.heatmapQuery(),
    (query) => this.api.occupancy(query),
  );
  protected readonly trend = loadedReport(
    () => this.trendQuery(),
    (query) => this.api.occupancy(query),
  );
  protected readonly employers = loadedReport(
    () => this.employerQuery(),
    (query) => this.api.teleworkDays(query),
  );
  protected readonly homeEpcis = loadedReport(
    () => this.homeEpciQuery(),
    (query) => this.api.teleworkDays(query),
  );
  protected readonly events = loadedReport(
    () => this.eventsQuery(),
    (query) => this.api.events(query),
  );
  protected readonly newcomers = loadedReport(
    () => this.newcomersQuery(),
    (query) => this.api.newcomers(query),
  );

  /** This period and the one before, whole: the API's totals count each person once over the period. */
  protected readonly headline = loadedReport(
    () => {
      const current = this.occupancyQuery(this.period(), 'month');
      const previous = this.occupancyQuery(this.previous(), 'month');
      return current && previous ? { current, previous } : undefined;
    },
    ({ current, previous }) =>
      forkJoin({ current: this.api.occupancy(current), previous: this.api.occupancy(previous) }).pipe(
        map((answers) => ({ current: answers.current.totals, previous: answers.previous.totals })),
      ),
  );

  /** The network's teleworker-days of both periods (officers); the EPCI filter does not apply to them. */
  protected readonly teleworkHeadline = loadedReport(
    () => {
      const current = this.period();
      const previous = this.previous();
      return this.isNetwork() && current && previous ? { current, previous } : undefined;
    },
    ({ current, previous }) =>
      forkJoin({
        current: this.api.teleworkDays({ ...current, groupBy: 'month' }),
        previous: this.api.teleworkDays({ ...previous, groupBy: 'month' }),
      }),
  );

  protected readonly figures = computed<HeadlineFigure[]>(() => {
    const headline = this.headline.value();
    const language = this.language();
    if (!headline) {
      return [];
    }
    const { current, previous } = headline;
    const count = (key: string, now: number | null, before: number | null, digits = 0): HeadlineFigure => ({
      labelKey: `reports.headline.${key}`,
      value: formatNumber(now, language, digits),
      change: countChange(now, before, language),
      points: false,
    });
    const figures: HeadlineFigure[] = [
      {
        labelKey: 'reports.headline.occupancyRate',
        value: formatPercent(current.occupancyRate, language),
        change: rateChange(current.occupancyRate, previous.occupancyRate, language),
        points: true,
      },
      count('bookedHours', current.bookedHours, previous.bookedHours),
      count('bookings', current.bookings, previous.bookings),
      count('uniqueMembers', current.uniqueMembers, previous.uniqueMembers),
      count('noShows', current.noShows, previous.noShows),
    ];
    const telework = this.teleworkHeadline.value();
    if (telework) {
      const days = (report: TeleworkDaysReport) => report.totals.days;
      const outside = (report: TeleworkDaysReport) => report.totals.outsideGersShare;
      figures.push(count('teleworkDays', days(telework.current), days(telework.previous), 1), {
        labelKey: 'reports.headline.outsideGers',
        value: formatPercent(outside(telework.current), language),
        change: rateChange(outside(telework.current), outside(telework.previous), language),
        points: true,
      });
    }
    return figures;
  });

  // Labels in the reader's language: the API's labels are French, and its keys say what they are.
  private readonly siteLabel = (row: OccupancyRow | EventsReportRow | TeleworkDaysRow) => row.label;
  protected readonly monthOf = (row: OccupancyRow) => monthLabel(row.key, this.language());
  protected readonly employerOf = (row: TeleworkDaysRow) =>
    row.key === 'other'
      ? (this.translate.instant('reports.telework.otherEmployers') as string)
      : row.key === 'none'
        ? (this.translate.instant('reports.telework.noEmployer') as string)
        : row.label;
  protected readonly homeOf = (row: TeleworkDaysRow) =>
    row.key === 'none' ? (this.translate.instant('reports.telework.unknownHome') as string) : row.label;
  protected readonly eventGroupOf = (row: EventsReportRow) =>
    this.eventGroup() === 'category' ? (this.translate.instant(`eventCategories.${row.key}`) as string) : row.label;
  protected readonly siteOf = this.siteLabel;
  /**
   * The API's key is `epciCode,year` and its label `EPCI name · year` (`none`: no EPCI known); the row says
   * the EPCI and a column the year, so the table reads EPCI × year.
   */
  protected readonly newcomerEpciOf = (row: NewcomersReportRow) =>
    row.key.startsWith('none,')
      ? (this.translate.instant('reports.newcomers.unknownEpci') as string)
      : row.label.slice(0, row.label.lastIndexOf(' · '));
  private readonly newcomerYearOf = (row: NewcomersReportRow) => row.key.slice(row.key.lastIndexOf(',') + 1);

  protected readonly occupancyColumns = computed<ReportColumn<OccupancyRow>[]>(() => {
    const language = this.language();
    return [
      { labelKey: 'reports.columns.occupancyRate', cell: (row) => formatPercent(row.occupancyRate, language) },
      { labelKey: 'reports.columns.bookedHours', cell: (row) => formatNumber(row.bookedHours, language) },
      { labelKey: 'reports.columns.capacityHours', cell: (row) => formatNumber(row.capacityHours, language) },
      { labelKey: 'reports.columns.bookings', cell: (row) => formatNumber(row.bookings, language) },
      { labelKey: 'reports.columns.uniqueMembers', cell: (row) => formatNumber(row.uniqueMembers, language) },
      { labelKey: 'reports.columns.noShows', cell: (row) => formatNumber(row.noShows, language) },
    ];
  });

  protected readonly teleworkColumns = computed<ReportColumn<TeleworkDaysRow>[]>(() => {
    const language = this.language();
    return [
      { labelKey: 'reports.columns.teleworkDays', cell: (row) => formatNumber(row.days, language) },
      { labelKey: 'reports.columns.members', cell: (row) => formatNumber(row.members, language) },
      { labelKey: 'reports.columns.outsideGers', cell: (row) => formatPercent(row.outsideGersShare ?? null, language) },
    ];
  });

  protected readonly eventColumns = computed<ReportColumn<EventsReportRow>[]>(() => {
    const language = this.language();
    return [
      { labelKey: 'reports.columns.fillRate', cell: (row) => formatPercent(row.fillRate, language) },
      { labelKey: 'reports.columns.events', cell: (row) => formatNumber(row.events, language) },
      { labelKey: 'reports.columns.capacity', cell: (row) => formatNumber(row.capacity, language) },
      { labelKey: 'reports.columns.registrations', cell: (row) => formatNumber(row.registrations, language) },
      { labelKey: 'reports.columns.attendance', cell: (row) => formatNumber(row.attendance, language) },
      { labelKey: 'reports.columns.attendanceRate', cell: (row) => formatPercent(row.attendanceRate, language) },
    ];
  });

  protected readonly newcomerColumns = computed<ReportColumn<NewcomersReportRow>[]>(() => {
    const language = this.language();
    return [
      { labelKey: 'reports.columns.year', cell: this.newcomerYearOf },
      { labelKey: 'reports.columns.settled', cell: (row) => formatNumber(row.settled, language) },
    ];
  });

  protected readonly colours = CHART_COLOURS;
  protected readonly siteRows = computed(() => this.bySite.value()?.rows ?? []);
  protected readonly siteLabels = computed(() => this.siteRows().map((row) => row.label));
  protected readonly siteRates = computed(() => this.siteRows().map((row) => row.occupancyRate));
  protected readonly trendRows = computed(() => this.trend.value()?.rows ?? []);
  protected readonly trendLabels = computed(() =>
    this.trendRows().map((row) => monthLabel(row.key, this.language(), 'short')),
  );
  protected readonly trendRates = computed(() => this.trendRows().map((row) => row.occupancyRate));
  protected readonly employerRows = computed(() => this.employers.value()?.rows ?? []);
  protected readonly employerLabels = computed(() => this.employerRows().map(this.employerOf));
  protected readonly employerDays = computed(() => this.employerRows().map((row) => row.days));
  protected readonly homeEpciRows = computed(() => this.homeEpcis.value()?.rows ?? []);
  protected readonly homeEpciLabels = computed(() => this.homeEpciRows().map(this.homeOf));
  protected readonly homeEpciDays = computed(() => this.homeEpciRows().map((row) => row.days));
  protected readonly newcomerRows = computed(() => this.newcomers.value()?.rows ?? []);
  protected readonly newcomerLabels = computed(() =>
    this.newcomerRows().map((row) => `${this.newcomerEpciOf(row)} · ${this.newcomerYearOf(row)}`),
  );
  protected readonly newcomerCounts = computed(() => this.newcomerRows().map((row) => row.settled));
  protected readonly eventRows = computed(() => this.events.value()?.rows ?? []);
  protected readonly eventLabels = computed(() => this.eventRows().map(this.eventGroupOf));
  protected readonly eventFill = computed(() => this.eventRows().map((row) => row.fillRate));

  /** The by-site figures placed where the sites are. */
  protected readonly mapSites = computed<SiteOccupancy[]>(() => {
    const places = new Map(this.sites().map((site) => [site.id, site]));
    return this.siteRows().flatMap((row) => {
      const site = places.get(row.key);
      return site
        ? [
            {
              id: site.id,
              name: row.label,
              latitude: site.latitude,
              longitude: site.longitude,
              occupancyRate: row.occupancyRate,
            },
          ]
        : [];
    });
  });

  protected readonly chartText = (key: string) => this.translate.instant(key) as string;

  protected readonly exporting = signal(false);
  protected readonly exported = signal(false);
  protected readonly exportFailed = signal(false);

  protected choosePreset(preset: PeriodPreset): void {
    const period = this.period();
    if (preset === 'custom' && period) {
      // Custom starts from what was shown, so the reader only adjusts it.
      this.customFrom.set(period.from);
      this.customTo.set(period.to);
    }
    this.preset.set(preset);
  }

  protected dateValue(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  /** Every report of the period as one zip of CSV files. */
  protected exportAll(): void {
    const period = this.period();
    if (!period) {
      return;
    }
    this.exporting.set(true);
    this.exported.set(false);
    this.exportFailed.set(false);
    this.api
      .exportAll(period, this.decimal())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          downloadFile(this.document, `bastide-rapports-${period.from}-${period.to}.zip`, file, 'application/zip');
          this.exporting.set(false);
          this.exported.set(true);
        },
        error: () => {
          this.exporting.set(false);
          this.exportFailed.set(true);
        },
      });
  }
}
