import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { FigureChange } from './report-format';

export interface HeadlineFigure {
  labelKey: string;
  /** Already formatted for the reader's language. */
  value: string;
  change: FigureChange | null;
  /** A rate moves in percentage points, a count in per cent. */
  points: boolean;
}

/**
 * The period's key figures, each with how it moved since the previous period, said in words (an arrow
 * alone, or a colour, would not reach everyone; and a rise is not always good news: no-shows).
 */
@Component({
  selector: 'bastide-headline-figures',
  imports: [TranslatePipe],
  template: `
    <dl class="headline">
      @for (figure of figures(); track figure.labelKey) {
        <div class="headline__figure">
          <dt class="headline__label">{{ figure.labelKey | translate }}</dt>
          <dd class="headline__value">{{ figure.value }}</dd>
          <dd class="headline__change">
            @if (figure.change; as change) {
              <span aria-hidden="true" class="headline__arrow">{{
                change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '='
              }}</span>
              {{
                'reports.change.' + change.direction
                  | translate
                    : {
                        change: figure.points
                          ? ('reports.change.points' | translate: { value: change.text })
                          : change.text,
                      }
              }}
            } @else {
              {{ 'reports.change.none' | translate }}
            }
          </dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .headline {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(11.5rem, 1fr));
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .headline__figure {
      display: flex;
      margin: 0;
      flex-direction: column;
      gap: 0.25rem;
      padding: 0.875rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }

    dd {
      margin: 0;
    }

    .headline__label {
      color: var(--mat-sys-on-surface-variant);
    }

    .headline__value {
      font: var(--mat-sys-headline-medium);
      font-variant-numeric: tabular-nums;
    }

    .headline__change {
      font: var(--mat-sys-body-small);
    }

    .headline__arrow {
      margin-inline-end: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeadlineFigures {
  readonly figures = input.required<readonly HeadlineFigure[]>();
}
