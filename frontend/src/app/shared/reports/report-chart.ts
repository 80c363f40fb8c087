import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import { TranslatePipe } from '@ngx-translate/core';
import { BaseChartDirective, provideCharts } from 'ng2-charts';
import { formatNumber, formatPercent } from './report-format';

export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  colour: string;
}

/**
 * One bar or line chart. The canvas is an image to assistive technologies, named by `description`; the
 * figures themselves are in the data table of the panel around it, which is the accessible version.
 */
@Component({
  selector: 'bastide-report-chart',
  imports: [BaseChartDirective, TranslatePipe],
  // Only what these charts draw, not Chart.js's every controller and scale.
  providers: [
    provideCharts({
      registerables: [
        BarController,
        BarElement,
        CategoryScale,
        LinearScale,
        LineController,
        LineElement,
        PointElement,
        Tooltip,
        Legend,
      ],
    }),
  ],
  template: `
    <div class="report-chart" [style.height.rem]="heightRem()">
      <canvas
        baseChart
        role="img"
        [attr.aria-label]="description()"
        [type]="type()"
        [data]="data()"
        [options]="options()"
      ></canvas>
    </div>
    @if (shown().length < labels().length) {
      <p class="report-chart__cut">
        {{ 'reports.chartCut' | translate: { shown: shown().length, total: labels().length } }}
      </p>
    }
  `,
  styles: `
    .report-chart {
      position: relative;
      width: 100%;
    }

    .report-chart__cut {
      margin: 0.5rem 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportChart {
  readonly type = input.required<'bar' | 'line'>();
  readonly labels = input.required<readonly string[]>();
  readonly series = input.required<readonly ChartSeries[]>();
  /**
   * `percent`: values are rates (0.734) shown as "73,4 %"; `number`: hours and days, which may be fractions;
   * `count`: whole things (people), whose axis has whole steps only (no "0,5 newcomer").
   */
  readonly scale = input<'percent' | 'number' | 'count'>('number');
  readonly horizontal = input(false);
  readonly language = input.required<string>();
  /** Says what the chart shows, for readers who do not see it. */
  readonly description = input.required<string>();
  /**
   * A bar chart shows at most this many bars, the largest of the first series: a network of thousands of
   * sites would be a blur of slivers. The table beside the chart keeps every row.
   */
  readonly limit = input(25);

  /** The indexes drawn, in the order given. */
  protected readonly shown = computed(() => {
    const indexes = this.labels().map((_, index) => index);
    const values = this.series()[0]?.values ?? [];
    if (this.type() !== 'bar' || indexes.length <= this.limit()) {
      return indexes;
    }
    return [...indexes]
      .sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0))
      .slice(0, this.limit())
      .sort((a, b) => a - b);
  });

  protected readonly heightRem = computed(() => (this.horizontal() ? Math.max(12, 2.2 * this.shown().length + 4) : 18));

  protected readonly data = computed<ChartConfiguration<'bar' | 'line'>['data']>(() => ({
    labels: this.shown().map((index) => this.labels()[index]),
    datasets: this.series().map((series) => ({
      label: series.label,
      data: this.shown().map((index) => series.values[index]),
      backgroundColor: series.colour,
      borderColor: series.colour,
      borderWidth: 2,
      pointRadius: 4,
      pointStyle: 'rectRot',
    })),
  }));

  protected readonly options = computed<ChartConfiguration<'bar' | 'line'>['options']>(() => {
    const language = this.language();
    const percent = this.scale() === 'percent';
    // The axis fits the figures (a network at 6 % would be a row of slivers on a 0–100 % axis); its ticks
    // say the scale, and the table gives each figure.
    const format = (value: number | string) =>
      percent ? formatPercent(Number(value), language) : formatNumber(Number(value), language);
    const valueAxis = {
      beginAtZero: true,
      ticks: {
        color: '#1b1b1b',
        callback: (value: number | string) => format(value),
        ...(this.scale() === 'count' ? { precision: 0 } : {}),
      },
      grid: { color: '#d6d6d6' },
    };
    const categoryAxis = { ticks: { color: '#1b1b1b' }, grid: { display: false } };
    return {
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: this.horizontal() ? 'y' : 'x',
      // Motion is decoration here; readers who asked for less get none anyway.
      animation: false,
      locale: language,
      scales: this.horizontal() ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: { display: this.series().length > 1, labels: { color: '#1b1b1b' } },
        tooltip: {
          callbacks: {
            label: (item) =>
              `${item.dataset.label ?? ''}${language === 'fr' ? ' : ' : ': '}${format(item.parsed[this.horizontal() ? 'x' : 'y'] ?? 0)}`,
          },
        },
      },
    };
  });
}
