import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { OccupancyRow } from '../../core/api/reports.types';
import { OCCUPANCY_STEPS, formatPercent, occupancyShade, weekdayLabel } from './report-format';

const HALF_DAYS = ['morning', 'afternoon'] as const;

interface HeatmapCell {
  rate: string;
  background: string;
  text: string;
}

/**
 * Occupancy by weekday and half-day as a table whose cells are shaded by the rate and say it: the table is
 * the chart, so a screen reader reads the same grid a sighted reader scans.
 */
@Component({
  selector: 'bastide-occupancy-heatmap',
  imports: [TranslatePipe],
  template: `
    <div class="heatmap__scroll">
      <table class="heatmap">
        <caption>
          {{
            'reports.heatmap.caption' | translate
          }}
        </caption>
        <thead>
          <tr>
            <td></td>
            @for (half of halfDays; track half) {
              <th scope="col">{{ 'reports.halfDays.' + half | translate }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (line of lines(); track line.weekday) {
            <tr>
              <th scope="row">{{ line.label }}</th>
              @for (cell of line.cells; track $index) {
                <td [style.background-color]="cell.background" [style.color]="cell.text">{{ cell.rate }}</td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <ul class="heatmap__legend" [attr.aria-label]="'reports.heatmap.legend' | translate">
      @for (step of steps(); track step.from) {
        <li>
          <span class="heatmap__swatch" [style.background-color]="step.background" aria-hidden="true"></span>
          {{ step.label }}
        </li>
      }
    </ul>
  `,
  styles: `
    .heatmap__scroll {
      overflow-x: auto;
    }

    .heatmap {
      border-collapse: separate;
      border-spacing: 3px;
      font-variant-numeric: tabular-nums;

      caption {
        text-align: start;
        padding: 0.5rem 0;
        color: var(--mat-sys-on-surface-variant);
      }

      th {
        padding: 0.375rem 0.75rem;
        text-align: start;
        font-weight: 500;
      }

      thead th {
        text-align: center;
      }

      td {
        min-width: 7rem;
        padding: 0.625rem 0.75rem;
        text-align: center;
        font-weight: 600;
        border: 1px solid #8c8c8c;
        border-radius: 4px;
      }

      thead td {
        border: none;
      }
    }

    .heatmap__legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      margin: 0.75rem 0 0;
      padding: 0;
      list-style: none;

      li {
        display: flex;
        align-items: center;
        gap: 0.375rem;
      }
    }

    .heatmap__swatch {
      display: inline-block;
      width: 1.25rem;
      height: 1rem;
      border: 1px solid #8c8c8c;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OccupancyHeatmap {
  /** Rows of `groupBy=weekday,halfDay`: keys `1,morning` … `7,afternoon`. */
  readonly rows = input.required<readonly OccupancyRow[]>();
  readonly language = input.required<string>();

  protected readonly halfDays = HALF_DAYS;

  /** Weekdays with some capacity (a network closed on Sundays shows no Sunday line). */
  protected readonly lines = computed(() => {
    const language = this.language();
    const byKey = new Map(this.rows().map((row) => [row.key, row]));
    const lines: { weekday: number; label: string; cells: HeatmapCell[] }[] = [];
    for (let weekday = 1; weekday <= 7; weekday++) {
      const found = HALF_DAYS.map((half) => byKey.get(`${weekday},${half}`));
      if (found.every((row) => !row || row.capacityHours === 0)) {
        continue;
      }
      const cells = found.map((row): HeatmapCell => {
        const rate = row?.occupancyRate ?? null;
        const shade = occupancyShade(rate);
        return { rate: formatPercent(rate, language), background: shade.background, text: shade.text };
      });
      const label = weekdayLabel(weekday, language);
      lines.push({ weekday, label: label.charAt(0).toUpperCase() + label.slice(1), cells });
    }
    return lines;
  });

  protected readonly steps = computed(() => {
    const language = this.language();
    return OCCUPANCY_STEPS.map((step, index) => {
      const next = OCCUPANCY_STEPS[index + 1]?.from ?? 1;
      return {
        from: step.from,
        background: step.shade.background,
        label: `${formatPercent(step.from, language, 0)} – ${formatPercent(next, language, 0)}`,
      };
    });
  });
}
