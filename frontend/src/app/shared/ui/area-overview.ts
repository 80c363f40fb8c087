import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The landing page of an area that is not open yet: what it is for and what it will hold.
 * Only words, on purpose: a button that leads nowhere would be a dead end for the reader.
 */
@Component({
  selector: 'bastide-area-overview',
  imports: [TranslatePipe],
  template: `
    <article class="area-overview">
      <h1>{{ keyPrefix() + '.title' | translate }}</h1>
      <p class="area-overview__intro">{{ keyPrefix() + '.intro' | translate }}</p>
      <h2>{{ keyPrefix() + '.featuresTitle' | translate }}</h2>
      <ul class="area-overview__features">
        @for (feature of features(); track feature) {
          <li>{{ keyPrefix() + '.features.' + feature | translate }}</li>
        }
      </ul>
      <p class="area-overview__status">{{ keyPrefix() + '.status' | translate }}</p>
    </article>
  `,
  styles: `
    .area-overview {
      max-width: 46rem;
    }

    .area-overview__intro {
      font: var(--mat-sys-title-medium);
      font-weight: 400;
    }

    .area-overview__features li {
      margin-bottom: 0.5rem;
    }

    .area-overview__status {
      padding: 1rem 1.25rem;
      border-left: 4px solid var(--mat-sys-tertiary);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AreaOverview {
  /** The area's block in the translation files, e.g. `member`. */
  readonly keyPrefix = input.required<string>();
  /** Keys under `<keyPrefix>.features`, in reading order. */
  readonly features = input.required<readonly string[]>();
}
