import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { PLAN_KINDS, PlanKind, PlanView } from '../../core/api/plans.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { pluralKey } from '../../core/i18n/plural-key';
import { applyFieldErrors, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { NetworkNav } from '../network-nav';
import { pagedList } from '../paged-table/paged-list';
import { PagedTable } from '../paged-table/paged-table';
import { PlanApi } from './plan-api';

export const PLANS_PAGE_SIZE = 20;
export const PLAN_NAME_MAX_LENGTH = 120;

/** The most days each kind of plan may give, as the API allows. */
export const PLAN_DAY_BOUNDS: Record<Exclude<PlanKind, 'unlimited'>, number> = { pack: 1000, weekly: 7, monthly: 31 };

/** The network's plans: a pack of days, days per week or month, unlimited; officers add them here. */
@Component({
  selector: 'bastide-plans-page',
  imports: [
    LocaleNumberPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    NetworkNav,
    PagedTable,
    ProblemMessagePipe,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'admin.plans.title' | translate }}</h1>
    <bastide-network-nav />
    <p>{{ 'admin.plans.intro' | translate }}</p>

    <p role="status">
      @if (list.page(); as page) {
        {{ countKey() | translate: { count: page.total } }}
      }
    </p>
    <bastide-paged-table
      [list]="list"
      captionKey="admin.plans.caption"
      [columnKeys]="columns"
      loadingKey="admin.plans.loading"
      loadFailedKey="admin.plans.loadFailed"
      emptyKey="admin.plans.none"
    >
      @for (plan of plans(); track plan.id) {
        <tr>
          <th scope="row">{{ plan.name }}</th>
          <td>{{ 'plans.kinds.' + plan.kind | translate }}</td>
          <td>
            {{ 'plans.allowance.' + plan.kind | translate: { days: (plan.days | localeNumber: language.current()) } }}
          </td>
        </tr>
      }
    </bastide-paged-table>

    <section class="plans__create" aria-labelledby="plans-create-title">
      <h2 id="plans-create-title">{{ 'admin.plans.createTitle' | translate }}</h2>
      <div class="plans__problem" role="alert">
        @if (problem(); as problem) {
          <p>{{ problem.errors.length > 0 ? ('admin.plans.fixFields' | translate) : (problem | problemMessage) }}</p>
          @for (message of otherErrors(); track message) {
            <p>{{ message }}</p>
          }
        }
      </div>
      <form [formGroup]="form" (ngSubmit)="create()" novalidate aria-labelledby="plans-create-title">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'admin.plans.name' | translate }}</mat-label>
          <input matInput formControlName="name" required [maxlength]="nameMaxLength" />
          @if (form.controls.name.hasError('server')) {
            <mat-error>{{ form.controls.name.getError('server') }}</mat-error>
          } @else if (form.controls.name.invalid) {
            <mat-error>{{ 'admin.plans.nameRequired' | translate }}</mat-error>
          }
        </mat-form-field>

        <p id="plans-kind-label" class="plans__label">{{ 'admin.plans.kind' | translate }}</p>
        <mat-radio-group formControlName="kind" aria-labelledby="plans-kind-label" class="plans__kinds">
          @for (kind of kinds; track kind) {
            <mat-radio-button [value]="kind">{{ 'plans.kinds.' + kind | translate }}</mat-radio-button>
          }
        </mat-radio-group>

        @if (form.controls.kind.value !== 'unlimited') {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.plans.days' | translate }}</mat-label>
            <input matInput type="number" min="0.5" step="0.5" [max]="maxDays()" formControlName="days" required />
            <mat-hint>{{
              'admin.plans.daysHint.' + form.controls.kind.value | translate: { max: maxDays() }
            }}</mat-hint>
            @if (form.controls.days.hasError('server')) {
              <mat-error>{{ form.controls.days.getError('server') }}</mat-error>
            } @else if (form.controls.days.invalid) {
              <mat-error>{{ 'admin.plans.daysInvalid' | translate: { max: maxDays() } }}</mat-error>
            }
          </mat-form-field>
        }

        <button mat-flat-button type="submit" [disabled]="creating()">{{ 'admin.plans.create' | translate }}</button>
      </form>
      <p class="plans__notice" role="status">{{ notice() }}</p>
    </section>
  `,
  styleUrl: '../network-page.scss',
  styles: `
    .plans__create {
      margin-top: 2.5rem;
    }

    form {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
    }

    mat-form-field {
      width: 24rem;
      max-width: 100%;
    }

    .plans__label {
      margin: 0;
      font: var(--mat-sys-title-small);
    }

    .plans__kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      margin-bottom: 0.5rem;
    }

    .plans__notice {
      color: var(--mat-sys-primary);
      font-weight: 600;
    }

    .plans__problem:not(:empty) {
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .plans__problem p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlansPage {
  private readonly api = inject(PlanApi);
  private readonly translate = inject(TranslateService);
  protected readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly columns = ['admin.plans.name', 'admin.plans.kind', 'admin.plans.allowance'];
  protected readonly kinds = PLAN_KINDS;
  protected readonly nameMaxLength = PLAN_NAME_MAX_LENGTH;
  private readonly version = signal(0);
  protected readonly list = pagedList(PLANS_PAGE_SIZE, this.version, (_, page) => this.api.list(page));
  protected readonly plans = computed<readonly PlanView[]>(() => this.list.page()?.items ?? []);
  protected readonly countKey = computed(() =>
    pluralKey('admin.plans.count', this.list.page()?.total ?? 0, this.language.current()),
  );

  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PLAN_NAME_MAX_LENGTH)],
    }),
    kind: new FormControl<PlanKind>('pack', { nonNullable: true }),
    days: new FormControl<number | null>(10),
  });
  private readonly kind = signal<PlanKind>('pack');
  protected readonly maxDays = computed(() => {
    const kind = this.kind();
    return kind === 'unlimited' ? 0 : PLAN_DAY_BOUNDS[kind];
  });
  protected readonly creating = signal(false);
  protected readonly notice = signal('');
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly otherErrors = signal<readonly string[]>([]);

  constructor() {
    this.form.controls.kind.valueChanges.subscribe((kind) => {
      this.kind.set(kind);
      this.form.controls.days.updateValueAndValidity();
    });
    // Half-days up to the kind's bound; no days at all for an unlimited plan.
    this.form.controls.days.addValidators((control) => {
      const kind = this.form.controls.kind.value;
      if (kind === 'unlimited') {
        return null;
      }
      const days = control.value as number | null;
      const valid = days !== null && Number.isInteger(days * 2) && days >= 0.5 && days <= PLAN_DAY_BOUNDS[kind];
      return valid ? null : { days: true };
    });
  }

  protected create(): void {
    this.notice.set('');
    this.problem.set(null);
    this.otherErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      return;
    }
    const { name, kind, days } = this.form.getRawValue();
    this.creating.set(true);
    this.api.create({ name: name.trim(), kind, ...(kind === 'unlimited' ? {} : { days: days ?? 0 }) }).subscribe({
      next: (plan) => {
        this.creating.set(false);
        this.notice.set(this.translate.instant('admin.plans.created', { name: plan.name }));
        this.form.reset({ name: '', kind: 'pack', days: 10 });
        this.version.update((v) => v + 1);
        this.list.pageIndex.set(0);
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.creating.set(false);
        this.problem.set(problem);
        this.otherErrors.set(applyFieldErrors(this.form, problem));
        setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      },
    });
  }
}
