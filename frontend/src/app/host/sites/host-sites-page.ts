import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, forkJoin, map, of } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { SitesApi } from '../../core/api/sites-api';
import { SiteView } from '../../core/api/sites.types';
import { Session } from '../../core/auth/session';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';
import { SiteSummary } from '../../shared/site-management/site-summary';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';

/** "Mes lieux": the sites the signed-in host looks after; a network officer sees every published site. */
@Component({
  selector: 'bastide-host-sites-page',
  imports: [LoadProblem, LoadingIndicator, RouterLink, SiteSummary, TranslatePipe],
  template: `
    <h1>{{ 'host.title' | translate }}</h1>
    <p class="host-intro">{{ 'host.intro' | translate }}</p>
    <p>
      <a routerLink="/hote/tableau-de-bord">{{ 'host.dashboardLink' | translate }}</a>
    </p>

    <section aria-labelledby="host-sites-title">
      <h2 id="host-sites-title">{{ 'host.sites.title' | translate }}</h2>
      @if (isAdmin()) {
        <p>{{ 'host.sites.adminNote' | translate }}</p>
      }
      @if (isLoading()) {
        <bastide-loading-indicator labelKey="host.sites.loading" />
      }
      @if (problem(); as problem) {
        <bastide-load-problem [problem]="problem" messageKey="host.sites.loadFailed" (retry)="retry()" />
      }
      @if (sites(); as sites) {
        <ul class="host-sites">
          @for (site of sites; track site.id) {
            <li class="host-sites__site">
              <h3>
                <a [routerLink]="['/hote/lieux', site.id]">{{ site.name }}</a>
              </h3>
              <bastide-site-summary [site]="site" />
            </li>
          } @empty {
            <li>{{ 'host.sites.none' | translate }}</li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .host-intro {
      max-width: 46rem;
    }

    .host-sites {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
      gap: 1rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .host-sites__site {
      padding: 1rem 1.25rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-medium);
      background: var(--mat-sys-surface-container-low);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostSitesPage {
  private readonly session = inject(Session);
  private readonly sitesApi = inject(SitesApi);
  private readonly management = inject(SiteManagementApi);

  protected readonly isAdmin = computed(() => this.session.role() === 'admin');

  // The session's account, as /me gave it at sign-in or at start-up: a host appointed since sees the new
  // site after reloading the page, which asks /me again.
  private readonly found = rxResource({
    params: () => this.session.user() ?? undefined,
    stream: ({ params: user }): Observable<SiteView[]> => {
      if (user.role === 'admin') {
        return this.sitesApi.sites({}).pipe(map((page) => page.items));
      }
      if (user.hostedSiteIds.length === 0) {
        return of([]);
      }
      return forkJoin(user.hostedSiteIds.map((id) => this.management.site(id))).pipe(
        map((sites) => [...sites].sort((a, b) => a.name.localeCompare(b.name))),
      );
    },
  });

  protected readonly sites = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  protected retry(): void {
    this.found.reload();
  }
}
