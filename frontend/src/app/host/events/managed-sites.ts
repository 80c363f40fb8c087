import { Injectable, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Observable, forkJoin, map, of } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { SitesApi } from '../../core/api/sites-api';
import { SiteView } from '../../core/api/sites.types';
import { Session } from '../../core/auth/session';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';

/**
 * The sites where the signed-in account may make and run events: the ones a host hosts, every published
 * site for a network officer. Provided by each page, so coming back shows a fresh list.
 */
@Injectable()
export class ManagedSites {
  private readonly session = inject(Session);
  private readonly sitesApi = inject(SitesApi);
  private readonly management = inject(SiteManagementApi);

  readonly isOfficer = computed(() => this.session.role() === 'admin');

  private readonly resource = rxResource({
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

  readonly sites = computed<readonly SiteView[]>(() => (this.resource.hasValue() ? this.resource.value() : []));
  readonly isLoading = this.resource.isLoading;
  readonly problem = computed<ApiProblem | null>(() => {
    const error = this.resource.error();
    return error ? asApiProblem(error) : null;
  });

  retry(): void {
    this.resource.reload();
  }
}
