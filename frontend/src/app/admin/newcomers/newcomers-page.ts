import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { forkJoin, map } from 'rxjs';
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
import { NetworkApi } from '../network-api';
import { NetworkNav } from '../network-nav';
import { pagedList } from '../paged-table/paged-list';
import { PagedTable } from '../paged-table/paged-table';
import { fullName, localDate, shortDate } from './newcomer-words';

export const NEWCOMERS_PAGE_SIZE = 25;
/** Files a board column shows at first, and how many more each "show more" brings. */
export const BOARD_PAGE_SIZE = 20;
/** Officers are a handful: one page lists them all for the filter. */
export const OFFICERS_LIMIT = 200;

/** `all`, `mine`, or an officer's account id. */
type OfficerFilter = string;

interface BoardColumn {
  status: NewcomerStatus;
  files: NewcomerSummary[];
  total: number;
}

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
  private readonly network = inject(NetworkApi);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  protected readonly statuses = NEWCOMER_STATUSES;
  protected readonly view = signal<'list' | 'board'>('list');
  protected readonly status = signal<NewcomerStatus | null>(null);
  protected readonly officer = signal<OfficerFilter>('all');
  /** The outcome of the last move on the board, read out by screen readers. */
  protected readonly notice = signal('');

  private readonly officerId = computed(() => {
    const officer = this.officer();
    if (officer === 'all') {
      return null;
    }
    return officer === 'mine' ? (this.session.user()?.id ?? null) : officer;
  });

  /** The other officers, to see the files of one of them. */
  private readonly officerAccounts = rxResource({
    stream: () => this.network.users('', { limit: OFFICERS_LIMIT, offset: 0 }, 'admin'),
  });
  protected readonly otherOfficers = computed(() => {
    const me = this.session.user()?.id;
    const officers = this.officerAccounts.hasValue() ? this.officerAccounts.value().items : [];
    return officers
      .filter((officer) => officer.id !== me)
      .map((officer) => ({ id: officer.id, name: fullName(officer) }));
  });

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

  /** The board's first page of each column, asked status by status so that every column has its own total. */
  private readonly boardFiles = rxResource({
    params: () => (this.view() === 'board' ? { officerId: this.officerId() } : undefined),
    stream: ({ params }) =>
      forkJoin(
        NEWCOMER_STATUSES.map((status) =>
          this.api
            .list({ status, officerId: params.officerId, limit: BOARD_PAGE_SIZE, offset: 0 })
            .pipe(map((page) => ({ status, files: page.items, total: page.total }))),
        ),
      ),
  });
  /** The files each column's "show more" brought, after its first page; emptied whenever the board is read again. */
  private readonly moreFiles = signal<Partial<Record<NewcomerStatus, NewcomerSummary[]>>>({});
  protected readonly loadingMore = signal<NewcomerStatus | null>(null);
  protected readonly boardLoading = this.boardFiles.isLoading;
  protected readonly boardProblem = computed(() => {
    const error = this.boardFiles.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly board = computed(() => {
    const columns: BoardColumn[] = this.boardFiles.hasValue() ? this.boardFiles.value() : [];
    const more = this.moreFiles();
    return columns.map((column) => {
      const files = this.described([...column.files, ...(more[column.status] ?? [])]);
      return { status: column.status, total: column.total, files, left: Math.max(column.total - files.length, 0) };
    });
  });

  /** The next files of one column, after those it shows. */
  protected showMore(status: NewcomerStatus): void {
    const column = this.board().find((candidate) => candidate.status === status);
    if (!column) {
      return;
    }
    this.loadingMore.set(status);
    this.api
      .list({ status, officerId: this.officerId(), limit: BOARD_PAGE_SIZE, offset: column.files.length })
      .subscribe({
        next: (page) => {
          this.loadingMore.set(null);
          this.moreFiles.update((more) => ({ ...more, [status]: [...(more[status] ?? []), ...page.items] }));
          const label = this.translate.instant(`newcomers.statuses.${status}`);
          this.notice.set(
            this.translate.instant('newcomers.admin.shownMore', { count: page.items.length, status: label }),
          );
        },
        error: () => {
          this.loadingMore.set(null);
          this.notice.set(this.translate.instant('newcomers.admin.showMoreFailed'));
        },
      });
  }

  protected filterStatus(value: string): void {
    this.status.set(value === '' ? null : (value as NewcomerStatus));
    this.list.pageIndex.set(0);
  }

  protected filterOfficer(value: string): void {
    this.officer.set(value);
    this.list.pageIndex.set(0);
    this.moreFiles.set({});
  }

  protected retryBoard(): void {
    this.reloadBoard();
  }

  private reloadBoard(): void {
    this.moreFiles.set({});
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
        this.reloadBoard();
        this.list.retry();
      },
      error: () => {
        this.notice.set(this.translate.instant('newcomers.admin.moveFailed', { name, status: column }));
        this.reloadBoard();
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
