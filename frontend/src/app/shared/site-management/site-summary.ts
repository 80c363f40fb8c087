import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { SiteDetailView, SiteView } from '../../core/api/sites.types';

/** Where a site is and in which state, under its name on the management pages. */
@Component({
  selector: 'bastide-site-summary',
  imports: [RouterLink, TranslatePipe],
  template: `
    <p class="site-summary">
      <span class="site-status" [class]="'site-status site-status--' + site().status">{{
        'siteManagement.status.' + site().status | translate
      }}</span>
      {{ site().communeName }}
      @if (site().epciName) {
        — {{ site().epciName }}
      }
      · {{ site().address }}
    </p>
    @if (site().status === 'published') {
      <p>
        <a [routerLink]="['/lieux', site().slug]">{{ 'siteManagement.publicPage' | translate }}</a>
      </p>
    }
  `,
  styles: `
    .site-summary {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
    }

    .site-status {
      display: inline-block;
      padding: 0.125rem 0.625rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-large);
    }

    .site-status--draft {
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }

    .site-status--published {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }

    .site-status--archived {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteSummary {
  readonly site = input.required<SiteView | SiteDetailView>();
}
