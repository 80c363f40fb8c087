import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { NetworkApi } from '../network-api';
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
        </tr>
      }
    </bastide-paged-table>
  `,
  styleUrl: '../network-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(NetworkApi);
  private readonly language = inject(LanguageService);

  protected readonly columns = ['admin.users.name', 'admin.users.email', 'admin.users.role', 'admin.users.homeCommune'];
  protected readonly searchForm = new FormGroup({ query: new FormControl('', { nonNullable: true }) });
  private readonly searched = signal('');
  protected readonly list = pagedList(USERS_PAGE_SIZE, this.searched, (q, page) => this.api.users(q, page));
  protected readonly countKey = computed(() =>
    pluralKey('admin.users.count', this.list.page()?.total ?? 0, this.language.current()),
  );

  protected search(): void {
    this.searched.set(this.searchForm.controls.query.value.trim());
    this.list.pageIndex.set(0);
  }
}
