import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { SiteDetailView } from '../../core/api/sites.types';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';
import { SiteManagementSections } from '../../shared/site-management/site-management-sections';
import { SiteSummary } from '../../shared/site-management/site-summary';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { NetworkNav } from '../network-nav';
import { SiteHostsPanel } from './site-hosts-panel';
import { SiteStatusPanel } from './site-status-panel';

/** One site, as a network officer manages it: its state and hosts, then what its hosts manage too. */
@Component({
  selector: 'bastide-network-site-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    NetworkNav,
    RouterLink,
    SiteHostsPanel,
    SiteManagementSections,
    SiteStatusPanel,
    SiteSummary,
    TranslatePipe,
  ],
  template: `
    <p>
      <a routerLink="/reseau">{{ 'admin.site.back' | translate }}</a>
    </p>
    @if (isLoading() && !site()) {
      <bastide-loading-indicator labelKey="admin.site.loading" />
    }
    @if (problem(); as problem) {
      <h1>{{ 'admin.site.loadFailedTitle' | translate }}</h1>
      <bastide-load-problem [problem]="problem" messageKey="admin.site.loadFailed" (retry)="retry()" />
    }
    @if (site(); as site) {
      <h1>{{ site.name }}</h1>
      <bastide-network-nav />
      @if (justCreated && site.status === 'draft') {
        <p class="network-site__created" role="status">{{ 'admin.site.created' | translate }}</p>
      }
      <bastide-site-summary [site]="site" />
      <bastide-site-status-panel [site]="site" (changed)="update($event)" />
      <bastide-site-hosts-panel [site]="site" />
      <bastide-site-management-sections [site]="site" (changed)="update($event)" />
    }
  `,
  styles: `
    .network-site__created {
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkSitePage {
  private readonly api = inject(SiteManagementApi);

  readonly siteId = input.required<string>();

  /** Arriving from the creation form, which says so in the navigation's state. */
  protected readonly justCreated = (inject(Location).getState() as { created?: boolean } | null)?.created === true;

  private readonly found = rxResource({
    params: () => this.siteId(),
    stream: ({ params }) => this.api.site(params),
  });
  protected readonly site = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  protected update(site: SiteDetailView): void {
    this.found.set(site);
  }

  protected retry(): void {
    this.found.reload();
  }
}
