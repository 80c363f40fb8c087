import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { SiteDetailView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';
import { NetworkApi, SiteHostView, UserSummary } from '../network-api';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export const HOST_CANDIDATES_SHOWN = 10;

/** Who hosts the site: the officer finds an account by name or e-mail address and appoints it, or removes a host. */
@Component({
  selector: 'bastide-site-hosts-panel',
  imports: [
    ProblemMessagePipe,
    LoadProblem,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './site-hosts-panel.html',
  styleUrl: '../../shared/site-management/management-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHostsPanel {
  private readonly api = inject(NetworkApi);
  private readonly confirmer = inject(Confirmer);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  readonly site = input.required<SiteDetailView>();

  private readonly siteId = computed(() => this.site().id);
  protected readonly searchForm = new FormGroup({ query: new FormControl('', { nonNullable: true }) });
  protected readonly candidates = signal<readonly UserSummary[] | null>(null);
  protected readonly searching = signal(false);
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly problem = signal<ApiProblem | null>(null);

  private readonly found = rxResource({
    params: () => this.siteId(),
    stream: ({ params }) => this.api.hosts(params),
  });
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly loading = this.found.isLoading;
  protected readonly hosts = computed(() => (this.found.hasValue() ? this.found.value() : []));
  protected readonly foundKey = computed(() =>
    pluralKey('admin.hosts.found', this.candidates()?.length ?? 0, this.language.current()),
  );
  private readonly hostIds = computed(() => new Set(this.hosts().map((host) => host.userId)));

  protected isHost(user: UserSummary): boolean {
    return this.hostIds().has(user.id);
  }

  protected reload(): void {
    this.found.reload();
  }

  protected search(): void {
    const q = this.searchForm.controls.query.value.trim();
    if (!q) {
      this.candidates.set(null);
      return;
    }
    this.searching.set(true);
    this.problem.set(null);
    this.api.users(q, { limit: HOST_CANDIDATES_SHOWN, offset: 0 }).subscribe({
      next: (page) => {
        this.searching.set(false);
        this.candidates.set(page.items);
      },
      error: (error: unknown) => {
        this.searching.set(false);
        this.problem.set(asApiProblem(error));
      },
    });
  }

  protected appoint(user: UserSummary): void {
    this.start();
    this.api.appointHost(this.siteId(), user.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.found.update((hosts) => [
          ...(hosts ?? []).filter((host) => host.userId !== user.id),
          {
            userId: user.id,
            appointedAt: new Date().toISOString(),
            firstName: user.firstName,
            lastName: user.lastName,
            email: user.email,
          },
        ]);
        this.notice.set(this.translate.instant('admin.hosts.appointed', this.names(user)));
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected remove(host: SiteHostView): void {
    const params = this.names(host);
    this.confirmer
      .confirm({
        titleKey: 'admin.hosts.removeTitle',
        messageKey: 'admin.hosts.removeMessage',
        confirmKey: 'admin.hosts.removeConfirm',
        params: { ...params, site: this.site().name },
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.start();
          return this.api.removeHost(this.siteId(), host.userId);
        }),
      )
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.found.update((hosts) => (hosts ?? []).filter((kept) => kept.userId !== host.userId));
          this.notice.set(this.translate.instant('admin.hosts.removed', params));
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  private names(person: { firstName: string; lastName: string }): { firstName: string; lastName: string } {
    return { firstName: person.firstName, lastName: person.lastName };
  }

  private start(): void {
    this.busy.set(true);
    this.notice.set('');
    this.problem.set(null);
  }

  private fail(error: unknown): void {
    this.busy.set(false);
    this.problem.set(asApiProblem(error));
  }
}
