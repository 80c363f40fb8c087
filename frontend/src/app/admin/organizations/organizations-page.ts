import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { OrganizationView } from '../../core/api/plans.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { applyFieldErrors, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { NetworkApi } from '../network-api';
import { NetworkNav } from '../network-nav';
import { pagedList } from '../paged-table/paged-list';
import { PagedTable } from '../paged-table/paged-table';
import { ContractSummary } from './contract-summary';
import { OrganizationApi } from './organization-api';
import {
  OrganizationFields,
  organizationControls,
  organizationFieldsReady,
  organizationRequest,
} from './organization-fields';

export const ORGANIZATIONS_PAGE_SIZE = 20;

/** The employers whose staff work from the network's sites: found by name or SIREN, and registered here. */
@Component({
  selector: 'bastide-organizations-page',
  imports: [
    ContractSummary,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    NetworkNav,
    OrganizationFields,
    PagedTable,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'admin.organizations.title' | translate }}</h1>
    <bastide-network-nav />
    <p>{{ 'admin.organizations.intro' | translate }}</p>

    <form
      class="network-page__toolbar"
      role="search"
      [formGroup]="searchForm"
      (ngSubmit)="search()"
      [attr.aria-label]="'admin.organizations.searchLabel' | translate"
    >
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>{{ 'admin.organizations.search' | translate }}</mat-label>
        <input matInput type="search" autocomplete="off" formControlName="query" />
      </mat-form-field>
      <button mat-flat-button type="submit">{{ 'admin.organizations.searchButton' | translate }}</button>
    </form>

    <p role="status">
      @if (list.page(); as page) {
        {{ countKey() | translate: { count: page.total } }}
      }
    </p>
    <bastide-paged-table
      [list]="list"
      captionKey="admin.organizations.caption"
      [columnKeys]="columns"
      loadingKey="admin.organizations.loading"
      loadFailedKey="admin.organizations.loadFailed"
      emptyKey="admin.organizations.none"
    >
      @for (organization of organizations(); track organization.id) {
        <tr>
          <th scope="row">
            <a [routerLink]="['/reseau/organisations', organization.id]">{{ organization.name }}</a>
          </th>
          <td>{{ organization.siren ?? '' }}</td>
          <td><bastide-contract-summary [contract]="organization.contract" [sites]="sites()" /></td>
          <td>{{ organization.memberCount }}</td>
        </tr>
      }
    </bastide-paged-table>

    <section class="organizations__create" aria-labelledby="organizations-create-title">
      <h2 id="organizations-create-title">{{ 'admin.organizations.createTitle' | translate }}</h2>
      <div class="organizations__problem" role="alert">
        @if (problem(); as problem) {
          <p>
            {{ problem.errors.length > 0 ? ('admin.organizations.fixFields' | translate) : (problem | problemMessage) }}
          </p>
          @for (message of otherErrors(); track message) {
            <p>{{ message }}</p>
          }
        }
      </div>
      <form [formGroup]="createForm" (ngSubmit)="create()" novalidate aria-labelledby="organizations-create-title">
        <bastide-organization-fields [form]="createForm" [sites]="sites()" />
        <button mat-flat-button type="submit" [disabled]="creating()">
          {{ 'admin.organizations.create' | translate }}
        </button>
      </form>
    </section>
  `,
  styleUrl: '../network-page.scss',
  styles: `
    .organizations__create {
      margin-top: 2.5rem;
    }

    .organizations__problem:not(:empty) {
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .organizations__problem p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationsPage {
  private readonly api = inject(OrganizationApi);
  private readonly network = inject(NetworkApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly columns = [
    'admin.organizations.name',
    'admin.organizations.siren',
    'admin.organizations.contract',
    'admin.organizations.members',
  ];
  protected readonly searchForm = new FormGroup({ query: new FormControl('', { nonNullable: true }) });
  private readonly searched = signal('');
  protected readonly list = pagedList(ORGANIZATIONS_PAGE_SIZE, this.searched, (q, page) => this.api.find(q, page));
  protected readonly organizations = computed<readonly OrganizationView[]>(() => this.list.page()?.items ?? []);
  protected readonly countKey = computed(() =>
    pluralKey('admin.organizations.count', this.list.page()?.total ?? 0, this.language.current()),
  );

  private readonly allSites = rxResource({ stream: () => this.network.sites() });
  protected readonly sites = computed(() => (this.allSites.hasValue() ? this.allSites.value().items : []));

  protected readonly createForm = new FormGroup(organizationControls());
  protected readonly creating = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly otherErrors = signal<readonly string[]>([]);

  protected search(): void {
    this.searched.set(this.searchForm.controls.query.value.trim());
    this.list.pageIndex.set(0);
  }

  protected create(): void {
    this.problem.set(null);
    this.otherErrors.set([]);
    if (!organizationFieldsReady(this.createForm)) {
      this.createForm.markAllAsTouched();
      setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      return;
    }
    this.creating.set(true);
    this.api.create(organizationRequest(this.createForm)).subscribe({
      next: (organization) =>
        void this.router.navigate(['/reseau/organisations', organization.id], { state: { created: true } }),
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.creating.set(false);
        this.problem.set(problem);
        this.otherErrors.set(applyFieldErrors(this.createForm, problem));
        setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      },
    });
  }
}
