import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { LoadProblem } from '../../shared/ui/load-problem';
import { NetworkNav } from '../network-nav';
import { pagedList } from '../paged-table/paged-list';
import { PagedTable } from '../paged-table/paged-table';
import { JOB_STATES, JobState, JobView, JobsApi } from './jobs-api';

export const JOBS_PAGE_SIZE = 20;

/** "1 déc. 2026, 18:00" in the reader's language, in the network's time zone. */
export function jobTime(at: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(at));
}

/**
 * The outbox for network officers: how many mails and tasks wait, failed or went, the failed ones with
 * their last error and a retry each, and the door to the BullMQ dashboard when the network runs Redis.
 */
@Component({
  selector: 'bastide-jobs-page',
  imports: [
    LoadProblem,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    NetworkNav,
    PagedTable,
    ProblemMessagePipe,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'admin.jobs.title' | translate }}</h1>
    <bastide-network-nav />
    <p>{{ 'admin.jobs.intro' | translate }}</p>

    <section class="jobs__summary" aria-labelledby="jobs-summary-title">
      <h2 id="jobs-summary-title">{{ 'admin.jobs.summaryTitle' | translate }}</h2>
      @if (summary.error()) {
        <bastide-load-problem
          [problem]="summaryProblem()!"
          messageKey="admin.jobs.summaryLoadFailed"
          (retry)="summary.reload()"
        />
      }
      @if (summary.hasValue()) {
        @let overview = summary.value();
        <dl class="jobs__counts">
          @for (state of states; track state) {
            <div class="jobs__count" [class.jobs__count--alert]="state === 'failed' && overview.counts.failed > 0">
              <dt>{{ 'admin.jobs.counts.' + state | translate }}</dt>
              <dd>{{ overview.counts[state] }}</dd>
            </div>
          }
        </dl>
        @if (overview.oldestPendingDueAt; as dueAt) {
          <p>
            {{ 'admin.jobs.oldestPending' | translate: { minutes: oldestPendingMinutes(), time: time(dueAt) } }}
          </p>
        } @else {
          <p>{{ 'admin.jobs.noPending' | translate }}</p>
        }
        @if (overview.failedByKind.length > 0) {
          <h3>{{ 'admin.jobs.failedByKindTitle' | translate }}</h3>
          <ul>
            @for (entry of overview.failedByKind; track entry.kind) {
              <li>{{ 'admin.jobs.failedOfKind' | translate: { kind: kindLabel(entry.kind), count: entry.count } }}</li>
            }
          </ul>
        }
        <p>{{ 'admin.jobs.transport.' + overview.transport | translate }}</p>
        @if (overview.dashboardPath; as path) {
          <p>
            <button mat-flat-button type="button" (click)="openDashboard(path)" [disabled]="openingDashboard()">
              {{ 'admin.jobs.openDashboard' | translate }}
            </button>
            <span class="jobs__hint">{{ 'admin.jobs.dashboardHint' | translate }}</span>
          </p>
        }
      }
    </section>

    <section aria-labelledby="jobs-list-title">
      <h2 id="jobs-list-title">{{ 'admin.jobs.listTitle' | translate }}</h2>
      <div class="network-page__toolbar">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'admin.jobs.filterLabel' | translate }}</mat-label>
          <!-- Each option says whether it is chosen: a value bound on the select would come before its options. -->
          <select matNativeControl (change)="filter($event)">
            <option value="all" [selected]="state() === null">{{ 'admin.jobs.states.all' | translate }}</option>
            @for (option of states; track option) {
              <option [value]="option" [selected]="state() === option">
                {{ 'admin.jobs.states.' + option | translate }}
              </option>
            }
          </select>
        </mat-form-field>
      </div>

      <p #status class="jobs__notice" role="status" tabindex="-1">{{ notice() }}</p>
      <div class="jobs__problem" role="alert">
        @if (problem(); as problem) {
          <p>{{ problemIntro() }} {{ problem | problemMessage }}</p>
        }
      </div>

      <bastide-paged-table
        [list]="list"
        captionKey="admin.jobs.caption"
        [columnKeys]="columns"
        loadingKey="admin.jobs.loading"
        loadFailedKey="admin.jobs.loadFailed"
        emptyKey="admin.jobs.none"
      >
        @for (job of jobs(); track job.id) {
          <tr>
            <th scope="row">
              {{ job.label }}<br />
              <code>{{ job.key }}</code>
            </th>
            <td>{{ 'admin.jobs.state.' + job.state | translate }}</td>
            <td>{{ 'admin.jobs.attemptsOf' | translate: { attempts: job.attempts, max: job.maxAttempts } }}</td>
            <td>
              <time [attr.datetime]="job.dueAt">{{ job.dueTime }}</time>
            </td>
            <td>
              @if (job.finishedAt; as finishedAt) {
                <time [attr.datetime]="finishedAt">{{ job.finishedTime }}</time>
                @if (job.outcome === 'skipped') {
                  <br />{{ 'admin.jobs.skipped' | translate }}
                }
              }
            </td>
            <td class="jobs__error">{{ job.lastError ?? '' }}</td>
            <td>
              @if (job.state === 'failed') {
                <button mat-stroked-button type="button" (click)="retry(job)" [disabled]="retrying() === job.id">
                  {{ 'admin.jobs.retry' | translate }}
                  <span class="visually-hidden">{{ job.label }} {{ job.key }}</span>
                </button>
              }
            </td>
          </tr>
        }
      </bastide-paged-table>
    </section>
  `,
  styleUrl: '../network-page.scss',
  styles: `
    .jobs__counts {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      margin: 0 0 1rem;
    }

    .jobs__count {
      min-width: 9rem;
      padding: 0.75rem 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
    }

    .jobs__count dt {
      font: var(--mat-sys-label-large);
    }

    .jobs__count dd {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }

    .jobs__count--alert {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .jobs__hint {
      margin-left: 1rem;
    }

    .jobs__notice {
      color: var(--mat-sys-primary);
      font-weight: 600;
    }

    .jobs__notice:focus {
      outline: none;
    }

    .jobs__problem:not(:empty) {
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .jobs__problem p {
      margin: 0;
    }

    .jobs__error {
      max-width: 24rem;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class JobsPage {
  private readonly api = inject(JobsApi);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly status = viewChild.required<ElementRef<HTMLElement>>('status');

  protected readonly states = JOB_STATES;
  protected readonly columns = [
    'admin.jobs.columns.kind',
    'admin.jobs.columns.state',
    'admin.jobs.columns.attempts',
    'admin.jobs.columns.dueAt',
    'admin.jobs.columns.finishedAt',
    'admin.jobs.columns.lastError',
    'admin.jobs.columns.action',
  ];

  /** Failed messages first: they are what an officer comes here for. */
  protected readonly state = signal<JobState | null>('failed');
  /** Moved on after a retry, so that the list and the counts are read again. */
  private readonly version = signal(0);
  protected readonly list = pagedList(
    JOBS_PAGE_SIZE,
    () => ({ state: this.state(), version: this.version() }),
    (query, page) => this.api.list(query.state, page),
  );
  protected readonly summary = rxResource({ params: () => this.version(), stream: () => this.api.summary() });
  protected readonly summaryProblem = computed(() => {
    const error = this.summary.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly oldestPendingMinutes = computed(() =>
    Math.floor((this.summary.value()?.oldestPendingAgeSeconds ?? 0) / 60),
  );

  protected readonly jobs = computed(() => {
    const language = this.language.current();
    return (this.list.page()?.items ?? []).map((job) => {
      const finishedAt = job.failedAt ?? job.sentAt;
      return {
        ...job,
        label: this.kindLabel(job.kind),
        dueTime: jobTime(job.dueAt, language),
        finishedAt,
        finishedTime: finishedAt ? jobTime(finishedAt, language) : '',
      };
    });
  });

  protected readonly notice = signal('');
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly problemIntro = signal('');
  protected readonly retrying = signal<string | null>(null);
  protected readonly openingDashboard = signal(false);

  /** The kind in words; a kind this page does not know yet is shown as it is named. */
  protected kindLabel(kind: string): string {
    // Read so that a computed or a template calling this follows a switch of language.
    this.language.current();
    const key = `admin.jobs.kinds.${kind}`;
    const label: unknown = this.translate.instant(key);
    return typeof label === 'string' && label !== key ? label : kind;
  }

  protected time(at: string): string {
    return jobTime(at, this.language.current());
  }

  protected filter(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.state.set((JOB_STATES as readonly string[]).includes(value) ? (value as JobState) : null);
    this.list.pageIndex.set(0);
  }

  protected retry(job: JobView): void {
    const label = this.kindLabel(job.kind);
    this.notice.set('');
    this.problem.set(null);
    this.retrying.set(job.id);
    this.api.retry(job.id).subscribe({
      next: () => {
        this.retrying.set(null);
        this.notice.set(this.translate.instant('admin.jobs.retried', { kind: label }));
        this.version.update((version) => version + 1);
        // The row leaves the list of failed messages: keep the reader's place on the message that says so.
        this.status().nativeElement.focus();
      },
      error: (error: unknown) => {
        this.retrying.set(null);
        this.problemIntro.set(this.translate.instant('admin.jobs.retryFailed', { kind: label }));
        this.problem.set(asApiProblem(error));
        this.version.update((version) => version + 1);
      },
    });
  }

  /**
   * The tab is opened in the click itself (a tab opened after a request would be taken for a pop-up), and
   * sent to the dashboard once the session cookie is set.
   */
  protected openDashboard(path: string): void {
    this.notice.set('');
    this.problem.set(null);
    this.openingDashboard.set(true);
    const tab = this.document.defaultView?.open('', '_blank') ?? null;
    this.api.openDashboardSession().subscribe({
      next: () => {
        this.openingDashboard.set(false);
        if (tab) {
          tab.opener = null;
          tab.location.href = path;
        } else {
          this.document.location.assign(path);
        }
        this.notice.set(this.translate.instant('admin.jobs.dashboardOpened'));
      },
      error: (error: unknown) => {
        this.openingDashboard.set(false);
        tab?.close();
        this.problemIntro.set(this.translate.instant('admin.jobs.dashboardFailed'));
        this.problem.set(asApiProblem(error));
      },
    });
  }
}
