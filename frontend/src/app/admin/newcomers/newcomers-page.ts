import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { NewcomersApi } from '../../core/api/newcomers-api';
import { NEWCOMER_STATUSES, NewcomerStatus, NewcomerSummary } from '../../core/api/newcomers.types';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { NetworkNav } from '../network-nav';
import { pagedList } from '../paged-table/paged-list';
import { PagedTable } from '../paged-table/paged-table';
import { fullName, localDate, shortDate } from './newcomer-words';

export const NEWCOMERS_PAGE_SIZE = 25;
/** The board shows every open file at once; a pipeline longer than this is read in the list. */
export const BOARD_LIMIT = 200;

type OfficerFilter = 'all' | 'mine';

/** The Soho Solo pipeline: files of people who want to settle in the Gers, as a list or as a board. */
@Component({
  selector: 'bastide-newcomers-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    NetworkNav,
    PagedTable,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './newcomers-page.html',
  styleUrls: ['../network-page.scss', './newcomers-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewcomersPage {
  private readonly api = inject(NewcomersApi);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly statuses = NEWCOMER_STATUSES;
  protected readonly boardLimit = BOARD_LIMIT;
  protected readonly view = signal<'list' | 'board'>('list');
  protected readonly status = signal<NewcomerStatus | null>(null);
  protected readonly officer = signal<OfficerFilter>('all');
  /** The outcome of the last move on the board, read out by screen readers. */
  protected readonly notice = signal('');

  private readonly officerId = computed(() => (this.officer() === 'mine' ? (this.session.user()?.id ?? null) : null));

  protected readonly columns = [
    'newcomers.admin.columns.name',
    'newcomers.admin.columns.status',
    'newcomers.admin.columns.currentCity',
    'newcomers.admin.columns.projectKind',
    'newcomers.admin.columns.officer',
    'newcomers.admin.columns.createdAt',
    'newcomers.admin.columns.nextAction',
  ];
  protected readonly list = pagedList(
    NEWCOMERS_PAGE_SIZE,
    () => ({ status: this.status(), officerId: this.officerId() }),
    (query, page) => this.api.list({ ...query, ...page }),
  );
  protected readonly countKey = computed(() =>
    pluralKey('newcomers.admin.count', this.list.page()?.total ?? 0, this.language.current()),
  );
  protected readonly rows = computed(() => this.described(this.list.page()?.items ?? []));

  private readonly boardFiles = rxResource({
    params: () => (this.view() === 'board' ? { officerId: this.officerId() } : undefined),
    stream: ({ params }) => this.api.list({ officerId: params.officerId, limit: BOARD_LIMIT, offset: 0 }),
  });
  protected readonly boardLoading = this.boardFiles.isLoading;
  protected readonly boardProblem = computed(() => {
    const error = this.boardFiles.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly boardTotal = computed(() => (this.boardFiles.hasValue() ? this.boardFiles.value().total : 0));
  protected readonly board = computed(() => {
    const files = this.described(this.boardFiles.hasValue() ? this.boardFiles.value().items : []);
    return NEWCOMER_STATUSES.map((status) => ({ status, files: files.filter((file) => file.status === status) }));
  });

  protected filterStatus(value: string): void {
    this.status.set(value === '' ? null : (value as NewcomerStatus));
    this.list.pageIndex.set(0);
  }

  protected filterOfficer(value: string): void {
    this.officer.set(value as OfficerFilter);
    this.list.pageIndex.set(0);
  }

  protected retryBoard(): void {
    this.boardFiles.reload();
  }

  /** A card moves to another column: the file's status changes on the server, then the board is read again. */
  protected move(file: NewcomerSummary, value: string): void {
    const status = value as NewcomerStatus;
    if (status === file.status) {
      return;
    }
    const name = fullName(file);
    const column = this.translate.instant(`newcomers.statuses.${status}`);
    this.notice.set('');
    this.api.change(file.id, { status }).subscribe({
      next: () => {
        this.notice.set(this.translate.instant('newcomers.admin.moved', { name, status: column }));
        this.boardFiles.reload();
        this.list.retry();
      },
      error: () => {
        this.notice.set(this.translate.instant('newcomers.admin.moveFailed', { name, status: column }));
        this.boardFiles.reload();
      },
    });
  }

  private described(files: readonly NewcomerSummary[]) {
    const language = this.language.current();
    return files.map((file) => ({
      ...file,
      name: fullName(file),
      created: shortDate(file.createdAt, language),
      officerName: file.officer ? fullName(file.officer) : null,
      nextAction: file.nextActionDate ? localDate(file.nextActionDate, language) : '',
    }));
  }
}
