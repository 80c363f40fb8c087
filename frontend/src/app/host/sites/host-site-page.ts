import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { SiteDetailView } from '../../core/api/sites.types';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';
import { SiteManagementSections } from '../../shared/site-management/site-management-sections';
import { SiteSummary } from '../../shared/site-management/site-summary';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';

/** One site, as its host looks after it: week, closures, resources and description. */
@Component({
  selector: 'bastide-host-site-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    RouterLink,
    SiteManagementSections,
    SiteSummary,
    TranslatePipe,
  ],
  template: `
    <p>
      <a routerLink="/hote">{{ 'host.site.back' | translate }}</a>
    </p>
    @if (isLoading() && !site()) {
      <bastide-loading-indicator labelKey="host.site.loading" />
    }
    @if (problem(); as problem) {
      <h1>{{ 'host.site.loadFailedTitle' | translate }}</h1>
      <bastide-load-problem [problem]="problem" messageKey="host.site.loadFailed" (retry)="retry()" />
    }
    @if (site(); as site) {
      <h1>{{ site.name }}</h1>
      <nav class="host-site__days" [attr.aria-label]="'host.site.daysLabel' | translate">
        <a mat-flat-button [routerLink]="['/hote/lieux', site.id, 'journee']">{{
          'host.site.toDaySheet' | translate
        }}</a>
        <a mat-stroked-button [routerLink]="['/hote/lieux', site.id, 'semaine']">{{
          'host.site.toWeek' | translate
        }}</a>
        <a mat-stroked-button [routerLink]="['/hote/lieux', site.id, 'annonces']">{{
          'host.site.toAnnouncements' | translate
        }}</a>
      </nav>
      <bastide-site-summary [site]="site" />
      <bastide-site-management-sections [site]="site" (changed)="update($event)" />
    }
  `,
  styles: `
    .host-site__days {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      margin-bottom: 1rem;
    }
    /* A label that wraps on a phone grows its button instead of spilling over the rounded edge. */
    .host-site__days a {
      height: auto;
      min-height: 40px;
      padding-block: 0.5rem;
      white-space: normal;
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostSitePage {
  private readonly api = inject(SiteManagementApi);

  readonly siteId = input.required<string>();

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
