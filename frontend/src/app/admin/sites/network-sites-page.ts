import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { SITE_STATUSES, SiteStatus } from '../../shared/site-management/site-management-api';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { NetworkApi } from '../network-api';
import { NetworkNav } from '../network-nav';

/** The network's sites, whatever their state, for the officers who open, publish and archive them. */
@Component({
  selector: 'bastide-network-sites-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    NetworkNav,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './network-sites-page.html',
  styleUrl: '../network-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkSitesPage {
  private readonly api = inject(NetworkApi);
  private readonly language = inject(LanguageService);

  protected readonly statuses = SITE_STATUSES;
  protected readonly status = signal<SiteStatus | ''>('');

  private readonly found = rxResource({ stream: () => this.api.sites().pipe(map((page) => page.items)) });
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly sites = computed(() => {
    const all = this.found.hasValue() ? this.found.value() : [];
    const status = this.status();
    return status ? all.filter((site) => site.status === status) : all;
  });
  protected readonly countKey = computed(() =>
    pluralKey('admin.sites.count', this.sites().length, this.language.current()),
  );

  protected retry(): void {
    this.found.reload();
  }
}
