import { Location } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { OrganizationDetailView } from '../../core/api/plans.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { applyFieldErrors, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { NetworkApi } from '../network-api';
import { NetworkNav } from '../network-nav';
import { ContractSummary } from './contract-summary';
import { OrganizationApi } from './organization-api';
import {
  OrganizationControls,
  OrganizationFields,
  organizationControls,
  organizationFieldsReady,
  organizationRequest,
} from './organization-fields';
import { OrganizationMembersPanel } from './organization-members-panel';

/** One employer: its name, SIREN and telework contract, which officers edit, and its members. */
@Component({
  selector: 'bastide-organization-page',
  imports: [
    ContractSummary,
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    NetworkNav,
    OrganizationFields,
    OrganizationMembersPanel,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <p>
      <a routerLink="/reseau/organisations">{{ 'admin.organization.back' | translate }}</a>
    </p>
    @if (isLoading() && !organization()) {
      <bastide-loading-indicator labelKey="admin.organization.loading" />
    }
    @if (loadProblem(); as problem) {
      <h1>{{ 'admin.organization.loadFailedTitle' | translate }}</h1>
      <bastide-load-problem [problem]="problem" messageKey="admin.organization.loadFailed" (retry)="retry()" />
    }
    @if (organization(); as organization) {
      <h1>{{ organization.name }}</h1>
      <bastide-network-nav />
      @if (justCreated) {
        <p class="organization__notice" role="status">{{ 'admin.organization.created' | translate }}</p>
      }
      <p>
        {{ 'admin.organization.contractNow' | translate }}
        <bastide-contract-summary [contract]="organization.contract" [sites]="sites()" />
      </p>

      @if (form(); as form) {
        <section class="organization__section" aria-labelledby="organization-edit-title">
          <h2 id="organization-edit-title">{{ 'admin.organization.editTitle' | translate }}</h2>
          <div class="organization__problem" role="alert">
            @if (problem(); as problem) {
              <p>
                {{
                  problem.errors.length > 0 ? ('admin.organizations.fixFields' | translate) : (problem | problemMessage)
                }}
              </p>
              @for (message of otherErrors(); track message) {
                <p>{{ message }}</p>
              }
            }
          </div>
          <form [formGroup]="form" (ngSubmit)="save(form)" novalidate aria-labelledby="organization-edit-title">
            <bastide-organization-fields [form]="form" [sites]="sites()" />
            <button mat-flat-button type="submit" [disabled]="saving()">
              {{ 'admin.organization.save' | translate }}
            </button>
          </form>
          <p class="organization__notice-text" role="status">
            @if (saved()) {
              {{ 'admin.organization.saved' | translate }}
            }
          </p>
        </section>
      }

      <bastide-organization-members-panel [organization]="organization" (changed)="replace($event)" />
    }
  `,
  styles: `
    .organization__section {
      margin-bottom: 2.5rem;
    }

    .organization__notice {
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }

    .organization__notice-text {
      color: var(--mat-sys-primary);
      font-weight: 600;
    }

    .organization__problem:not(:empty) {
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .organization__problem p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationPage {
  private readonly api = inject(OrganizationApi);
  private readonly network = inject(NetworkApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** From the route (`/reseau/organisations/:organizationId`). */
  readonly organizationId = input.required<string>();

  /** Set by the organizations page after creating it. */
  protected readonly justCreated = (inject(Location).getState() as { created?: boolean } | null)?.created === true;

  private readonly found = rxResource({
    params: () => this.organizationId(),
    stream: ({ params }) => this.api.get(params),
  });
  protected readonly organization = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  private readonly allSites = rxResource({ stream: () => this.network.sites() });
  protected readonly sites = computed(() => (this.allSites.hasValue() ? this.allSites.value().items : []));

  /** A fresh form for each organization loaded (not for each save: what the officer typed stays). */
  protected readonly form = signal<FormGroup<OrganizationControls> | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly otherErrors = signal<readonly string[]>([]);

  constructor() {
    let formFor: string | null = null;
    effect(() => {
      const organization = this.organization();
      if (organization && organization.id !== formFor) {
        formFor = organization.id;
        this.form.set(new FormGroup(organizationControls(organization)));
      }
    });
  }

  protected retry(): void {
    this.found.reload();
  }

  protected replace(organization: OrganizationDetailView): void {
    this.found.set(organization);
  }

  protected save(form: FormGroup<OrganizationControls>): void {
    this.saved.set(false);
    this.problem.set(null);
    this.otherErrors.set([]);
    if (!organizationFieldsReady(form)) {
      form.markAllAsTouched();
      setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      return;
    }
    this.saving.set(true);
    this.api.update(this.organizationId(), organizationRequest(form)).subscribe({
      next: (organization) => {
        this.saving.set(false);
        this.saved.set(true);
        this.found.set(organization);
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.saving.set(false);
        this.problem.set(problem);
        this.otherErrors.set(applyFieldErrors(form, problem));
        setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      },
    });
  }
}
