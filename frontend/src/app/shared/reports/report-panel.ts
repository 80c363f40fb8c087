import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { Subscription } from 'rxjs';
import { CsvDecimal, ReportName } from '../../core/api/reports.types';
import { downloadFile } from '../../member/download-file';
import { LoadProblem } from '../ui/load-problem';
import { LoadingIndicator } from '../ui/loading-indicator';
import { LoadedReport } from './report-resource';
import { ReportQuery, ReportsApi } from './reports-api';

/** A column of a data table: its heading's translation key and each row's cell, already formatted. */
export interface ReportColumn<Row> {
  labelKey: string;
  cell: (row: Row) => string;
}

/** What the panel's CSV button asks the API for. */
export interface ReportCsv {
  report: ReportName;
  query: ReportQuery;
}

let nextPanelId = 0;

/**
 * A figure of the dashboard: its heading, what it shows (a chart, a map, a heatmap), its figures as a real
 * table behind "Voir les données" (the accessible version of any chart), and the same rows as CSV.
 */
@Component({
  selector: 'bastide-report-panel',
  imports: [LoadProblem, LoadingIndicator, MatButtonModule, TranslatePipe],
  template: `
    <section class="report-panel" [attr.aria-labelledby]="id + '-title'">
      <div class="report-panel__heading">
        <h2 [id]="id + '-title'">{{ titleKey() | translate }}</h2>
        @if (csv(); as csv) {
          <button mat-stroked-button type="button" [disabled]="downloading()" (click)="download(csv)">
            {{ 'reports.csv.download' | translate }}
            <span class="visually-hidden">{{ 'reports.csv.of' | translate: { title: (titleKey() | translate) } }}</span>
          </button>
        }
      </div>
      @if (noteKey(); as note) {
        <p class="report-panel__note">{{ note | translate }}</p>
      }
      <ng-content select="[reportControls]" />
      <p class="visually-hidden" role="status">
        @if (downloaded()) {
          {{ 'reports.csv.done' | translate }}
        }
      </p>
      @if (failed()) {
        <p class="report-panel__problem" role="alert">{{ 'reports.csv.failed' | translate }}</p>
      }
      @if (source()?.loading()) {
        <bastide-loading-indicator labelKey="reports.loading" />
      } @else if (source()?.problem(); as problem) {
        <bastide-load-problem [problem]="problem" messageKey="reports.loadFailed" (retry)="source()?.reload()" />
      } @else if (empty()) {
        <p>{{ 'reports.empty' | translate }}</p>
      } @else {
        <ng-content />
        @if (columns().length > 0) {
          <details class="report-panel__data" [open]="tableOpen()">
            <summary>{{ 'reports.showData' | translate }}</summary>
            <div class="report-panel__scroll">
              <table class="report-table">
                <caption>
                  {{
                    titleKey() | translate
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{{ rowHeadingKey() | translate }}</th>
                    @for (column of columns(); track column.labelKey) {
                      <th scope="col">{{ column.labelKey | translate }}</th>
                    }
                  </tr>
                </thead>
                <tbody>
                  @for (row of rows(); track $index) {
                    <tr>
                      <th scope="row">{{ rowHeading()(row) }}</th>
                      @for (column of columns(); track column.labelKey) {
                        <td>{{ column.cell(row) }}</td>
                      }
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </details>
        }
      }
    </section>
  `,
  styleUrl: './report-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportPanel<Row = unknown> {
  private readonly api = inject(ReportsApi);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly id = `report-panel-${nextPanelId++}`;

  readonly titleKey = input.required<string>();
  readonly noteKey = input<string | null>(null);
  readonly rows = input<readonly Row[]>([]);
  readonly rowHeadingKey = input('reports.columns.group');
  readonly rowHeading = input<(row: Row) => string>((row) => String((row as { label?: string }).label ?? ''));
  readonly columns = input<readonly ReportColumn<Row>[]>([]);
  /** With no rows the panel says so instead of drawing an empty chart. */
  readonly empty = input(false);
  readonly tableOpen = input(false);
  readonly csv = input<ReportCsv | null>(null);
  readonly decimal = input<CsvDecimal>('comma');
  /** The report shown: the panel says when it loads or fails, and offers to load it again. */
  readonly source = input<LoadedReport<unknown> | null>(null);

  protected readonly downloading = signal(false);
  protected readonly downloaded = signal(false);
  protected readonly failed = signal(false);
  private running: Subscription | null = null;

  protected download(csv: ReportCsv): void {
    this.running?.unsubscribe();
    this.downloading.set(true);
    this.downloaded.set(false);
    this.failed.set(false);
    this.running = this.api
      .csv(csv.report, csv.query, this.decimal())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (file) => {
          // The API's own name: `occupancy-2026-03-01-2026-03-31.csv`.
          downloadFile(this.document, `${csv.report}-${csv.query.from}-${csv.query.to}.csv`, file, 'text/csv');
          this.downloading.set(false);
          this.downloaded.set(true);
        },
        error: () => {
          this.downloading.set(false);
          this.failed.set(true);
        },
      });
  }
}
