import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatDialog } from '@angular/material/dialog';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { MemberPlanView } from '../../core/api/plans.types';
import { longDate } from '../../core/time/local-dates';
import { GrantPlanDialog, PlanGrantee } from '../plans/grant-plan-dialog';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { NetworkApi, UserSummary } from '../network-api';
import { NetworkNav } from '../network-nav';
import { pagedList } from '../paged-table/paged-list';
import { PagedTable } from '../paged-table/paged-table';

export const USERS_PAGE_SIZE = 20;

/** The network's accounts, found by name or e-mail address: to help someone on the phone, to pick a host. */
@Component({
  selector: 'bastide-users-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    NetworkNav,
    PagedTable,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'admin.users.title' | translate }}</h1>
    <bastide-network-nav />

    <form
      class="network-page__toolbar"
      role="search"
      [formGroup]="searchForm"
      (ngSubmit)="search()"
      [attr.aria-label]="'admin.users.searchLabel' | translate"
    >
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'admin.users.search' | translate }}</mat-label>
        <input matInput type="search" autocomplete="off" formControlName="query" />
      </mat-form-field>
      <button mat-flat-button type="submit">{{ 'admin.users.searchButton' | translate }}</button>
    </form>

    <p role="status">
      @if (list.page(); as page) {
        {{ countKey() | translate: { count: page.total } }}
      }
    </p>
    <bastide-paged-table
      [list]="list"
      captionKey="admin.users.caption"
      [columnKeys]="columns"
      loadingKey="admin.users.loading"
      loadFailedKey="admin.users.loadFailed"
    >
      @for (user of list.page()?.items ?? []; track user.id) {
        <tr>
          <th scope="row">{{ user.firstName }} {{ user.lastName }}</th>
          <td>{{ user.email }}</td>
          <td>{{ 'admin.roles.' + user.role | translate }}</td>
          <td>{{ user.homeCommuneCode ?? '' }}</td>
          <td>
            <button mat-stroked-button type="button" (click)="grantPlan(user)">
              {{ 'admin.users.grantPlan' | translate }}
              <span class="visually-hidden">{{ user.firstName }} {{ user.lastName }}</span>
            </button>
          </td>
        </tr>
      }
    </bastide-paged-table>
    <p class="users__notice" role="status">{{ notice() }}</p>
  `,
  styleUrl: '../network-page.scss',
  styles: `
    .users__notice {
      color: var(--mat-sys-primary);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(NetworkApi);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly translate = inject(TranslateService);

  protected readonly columns = [
    'admin.users.name',
    'admin.users.email',
    'admin.users.role',
    'admin.users.homeCommune',
    'admin.users.plan',
  ];
  protected readonly searchForm = new FormGroup({ query: new FormControl('', { nonNullable: true }) });
  private readonly searched = signal('');
  protected readonly list = pagedList(USERS_PAGE_SIZE, this.searched, (q, page) => this.api.users(q, page));
  protected readonly countKey = computed(() =>
    pluralKey('admin.users.count', this.list.page()?.total ?? 0, this.language.current()),
  );

  /** Said once a plan is granted from the dialog. */
  protected readonly notice = signal('');

  protected grantPlan(user: UserSummary): void {
    this.notice.set('');
    this.dialog
      .open<GrantPlanDialog, PlanGrantee, MemberPlanView>(GrantPlanDialog, {
        data: { id: user.id, firstName: user.firstName, lastName: user.lastName },
        width: '36rem',
      })
      .afterClosed()
      .subscribe((granted) => {
        if (granted) {
          this.notice.set(
            this.translate.instant('admin.users.planGranted', {
              firstName: user.firstName,
              lastName: user.lastName,
              plan: granted.plan.name,
              from: longDate(granted.from, this.language.current()),
            }),
          );
        }
      });
  }

  protected search(): void {
    this.searched.set(this.searchForm.controls.query.value.trim());
    this.list.pageIndex.set(0);
  }
}
