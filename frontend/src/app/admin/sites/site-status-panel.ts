import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { Observable, filter, of, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { SiteDetailView } from '../../core/api/sites.types';
import { SiteManagementApi, SiteStatus } from '../../shared/site-management/site-management-api';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

/** The moves an officer may make from each state: publish a draft, archive or unpublish a live site… */
const NEXT_STATUSES: Record<SiteStatus, readonly SiteStatus[]> = {
  draft: ['published', 'archived'],
  published: ['archived', 'draft'],
  archived: ['published', 'draft'],
};

/** Publishing puts a site in the public directory; archiving takes it out for good, so it is asked first. */
@Component({
  selector: 'bastide-site-status-panel',
  imports: [ProblemMessagePipe, MatButtonModule, TranslatePipe],
  template: `
    <section class="management-panel" aria-labelledby="site-status-title">
      <h2 id="site-status-title">{{ 'admin.status.title' | translate }}</h2>
      <p>{{ 'admin.status.explanation.' + site().status | translate }}</p>
      <div class="management-panel__actions">
        @for (next of nextStatuses(); track next; let first = $first) {
          @if (first) {
            <button mat-flat-button type="button" [disabled]="busy()" (click)="change(next)">
              {{ 'admin.status.to.' + next | translate }}
            </button>
          } @else {
            <button mat-stroked-button type="button" [disabled]="busy()" (click)="change(next)">
              {{ 'admin.status.to.' + next | translate }}
            </button>
          }
        }
        <p class="management-panel__notice" role="status">{{ notice() }}</p>
      </div>
      <div class="management-panel__problem" role="alert">
        @if (problem(); as problem) {
          <p>{{ problem | problemMessage }}</p>
        }
      </div>
    </section>
  `,
  styleUrl: '../../shared/site-management/management-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteStatusPanel {
  private readonly api = inject(SiteManagementApi);
  private readonly confirmer = inject(Confirmer);
  private readonly translate = inject(TranslateService);

  readonly site = input.required<SiteDetailView>();
  readonly changed = output<SiteDetailView>();

  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly problem = signal<ApiProblem | null>(null);

  protected nextStatuses(): readonly SiteStatus[] {
    return NEXT_STATUSES[this.site().status];
  }

  protected change(status: SiteStatus): void {
    const site = this.site();
    const asked: Observable<boolean> =
      status === 'archived'
        ? this.confirmer.confirm({
            titleKey: 'admin.status.archiveTitle',
            messageKey: 'admin.status.archiveMessage',
            confirmKey: 'admin.status.to.archived',
            params: { name: site.name },
          })
        : of(true);
    asked
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          this.notice.set('');
          this.problem.set(null);
          return this.api.updateSite(site.id, { status });
        }),
      )
      .subscribe({
        next: (updated) => {
          this.busy.set(false);
          this.notice.set(this.translate.instant('admin.status.done.' + updated.status, { name: updated.name }));
          this.changed.emit(updated);
        },
        error: (error: unknown) => {
          this.busy.set(false);
          this.problem.set(asApiProblem(error));
        },
      });
  }
}
