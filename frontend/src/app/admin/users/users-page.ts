import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslatePipe } from '@ngx-translate/core';
import { asApiProblem } from '../../core/api/api-problem';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { NetworkApi } from '../network-api';
import { NetworkNav } from '../network-nav';

export const USERS_PAGE_SIZE = 20;

/** The network's accounts, found by name or e-mail address: to help someone on the phone, to pick a host. */
@Component({
  selector: 'bastide-users-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    NetworkNav,
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
      @if (page(); as page) {
        {{ countKey() | translate: { count: page.total } }}
      }
    </p>
    @if (isLoading()) {
      <bastide-loading-indicator labelKey="admin.users.loading" />
    }
    @if (problem(); as problem) {
      <bastide-load-problem [problem]="problem" messageKey="admin.users.loadFailed" (retry)="retry()" />
    }
    @if (page(); as page) {
      @if (page.items.length > 0) {
        <table class="network-table">
          <caption class="visually-hidden">
            {{
              'admin.users.caption' | translate
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'admin.users.name' | translate }}</th>
              <th scope="col">{{ 'admin.users.email' | translate }}</th>
              <th scope="col">{{ 'admin.users.role' | translate }}</th>
              <th scope="col">{{ 'admin.users.homeCommune' | translate }}</th>
            </tr>
          </thead>
          <tbody>
            @for (user of page.items; track user.id) {
              <tr>
                <th scope="row">{{ user.firstName }} {{ user.lastName }}</th>
                <td>{{ user.email }}</td>
                <td>{{ 'admin.roles.' + user.role | translate }}</td>
                <td>{{ user.homeCommuneCode ?? '' }}</td>
              </tr>
            }
          </tbody>
        </table>
      }
      <mat-paginator
        [length]="page.total"
        [pageIndex]="pageIndex()"
        [pageSize]="pageSize"
        [hidePageSize]="true"
        [showFirstLastButtons]="true"
        (page)="turn($event)"
      />
    }
  `,
  styleUrl: '../network-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UsersPage {
  private readonly api = inject(NetworkApi);
  private readonly language = inject(LanguageService);

  protected readonly pageSize = USERS_PAGE_SIZE;
  protected readonly searchForm = new FormGroup({ query: new FormControl('', { nonNullable: true }) });
  private readonly searched = signal('');
  protected readonly pageIndex = signal(0);

  private readonly found = rxResource({
    params: () => ({ q: this.searched(), offset: this.pageIndex() * USERS_PAGE_SIZE }),
    stream: ({ params }) => this.api.users(params.q, { limit: USERS_PAGE_SIZE, offset: params.offset }),
  });
  protected readonly page = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly countKey = computed(() =>
    pluralKey('admin.users.count', this.page()?.total ?? 0, this.language.current()),
  );

  protected search(): void {
    this.searched.set(this.searchForm.controls.query.value.trim());
    this.pageIndex.set(0);
  }

  protected turn(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected retry(): void {
    this.found.reload();
  }
}
