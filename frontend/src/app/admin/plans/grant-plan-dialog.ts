import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { MemberPlanView } from '../../core/api/plans.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { localDateAt, longDate } from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { applyFieldErrors, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { PlanApi } from './plan-api';

/** The member a plan is granted to. */
export interface PlanGrantee {
  id: string;
  firstName: string;
  lastName: string;
}

/** The catalogue is short: one page of this size holds it. */
export const PLAN_CHOICES_SHOWN = 200;

/**
 * An officer (or host) grants a member a plan from a date, optionally until another. The member's plans so
 * far are listed first, since the new one replaces, from its first day, whatever the member held. Closes
 * with the plan as granted.
 */
@Component({
  selector: 'bastide-grant-plan-dialog',
  imports: [
    LocaleNumberPipe,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'grantPlan.title' | translate: grantee }}</h2>
    <mat-dialog-content>
      <h3>{{ 'grantPlan.heldTitle' | translate }}</h3>
      @if (held.isLoading()) {
        <p>{{ 'grantPlan.heldLoading' | translate }}</p>
      } @else if (heldPlans().length === 0) {
        <p>{{ 'grantPlan.heldNone' | translate }}</p>
      } @else {
        <ul class="grant-plan__held">
          @for (plan of heldPlans(); track plan.id) {
            <li>
              {{ plan.plan.name }} ·
              {{
                (plan.until ? 'grantPlan.heldBetween' : 'grantPlan.heldSince')
                  | translate: { from: dateText(plan.from), until: plan.until ? dateText(plan.until) : '' }
              }}
            </li>
          }
        </ul>
      }

      <p>{{ 'grantPlan.replaces' | translate }}</p>
      <div class="grant-plan__problem" role="alert">
        @if (problem(); as problem) {
          <p>{{ problem.errors.length > 0 ? ('grantPlan.fixFields' | translate) : (problem | problemMessage) }}</p>
          @for (message of otherErrors(); track message) {
            <p>{{ message }}</p>
          }
        }
      </div>
      <form id="grant-plan-form" [formGroup]="form" (ngSubmit)="grant()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'grantPlan.plan' | translate }}</mat-label>
          <mat-select formControlName="planId" required>
            @for (plan of plans(); track plan.id) {
              <mat-option [value]="plan.id"
                >{{ plan.name }} ({{
                  'plans.allowance.' + plan.kind | translate: { days: (plan.days | localeNumber: language.current()) }
                }})</mat-option
              >
            }
          </mat-select>
          @if (form.controls.planId.hasError('server')) {
            <mat-error>{{ form.controls.planId.getError('server') }}</mat-error>
          } @else if (form.controls.planId.invalid) {
            <mat-error>{{ 'grantPlan.planRequired' | translate }}</mat-error>
          }
        </mat-form-field>
        <div class="grant-plan__dates">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'grantPlan.from' | translate }}</mat-label>
            <input matInput type="date" formControlName="from" required />
            @if (form.controls.from.hasError('server')) {
              <mat-error>{{ form.controls.from.getError('server') }}</mat-error>
            } @else if (form.controls.from.invalid) {
              <mat-error>{{ 'grantPlan.fromRequired' | translate }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'grantPlan.until' | translate }}</mat-label>
            <input matInput type="date" formControlName="until" [min]="form.controls.from.value" />
            <mat-hint>{{ 'grantPlan.untilHint' | translate }}</mat-hint>
            @if (form.controls.until.hasError('server')) {
              <mat-error>{{ form.controls.until.getError('server') }}</mat-error>
            }
          </mat-form-field>
        </div>
      </form>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'grantPlan.cancel' | translate }}</button>
      <button mat-flat-button type="submit" form="grant-plan-form" [disabled]="granting()">
        {{ 'grantPlan.grant' | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 0.5rem;
    }

    .grant-plan__dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }

    h3 {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-title-small);
    }

    .grant-plan__held {
      margin: 0 0 1rem;
      padding-left: 1.25rem;
    }

    .grant-plan__problem:not(:empty) {
      margin-bottom: 1rem;
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }

    .grant-plan__problem p {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GrantPlanDialog {
  private readonly api = inject(PlanApi);
  private readonly dialog = inject<MatDialogRef<GrantPlanDialog, MemberPlanView>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageService);
  protected readonly grantee = inject<PlanGrantee>(MAT_DIALOG_DATA);

  protected readonly held = rxResource({ stream: () => this.api.heldBy(this.grantee.id) });
  protected readonly heldPlans = computed(() => (this.held.hasValue() ? this.held.value().items : []));
  private readonly catalogue = rxResource({ stream: () => this.api.list({ limit: PLAN_CHOICES_SHOWN, offset: 0 }) });
  protected readonly plans = computed(() => (this.catalogue.hasValue() ? this.catalogue.value().items : []));

  protected readonly form = new FormGroup({
    planId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    from: new FormControl(localDateAt(inject(NOW)()), { nonNullable: true, validators: [Validators.required] }),
    until: new FormControl('', { nonNullable: true }),
  });
  protected readonly granting = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly otherErrors = signal<readonly string[]>([]);

  protected dateText(date: string): string {
    return longDate(date, this.language.current());
  }

  protected grant(): void {
    this.problem.set(null);
    this.otherErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      return;
    }
    const { planId, from, until } = this.form.getRawValue();
    this.granting.set(true);
    this.api.grant(this.grantee.id, { planId, from, ...(until ? { until } : {}) }).subscribe({
      next: (granted) => this.dialog.close(granted),
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.granting.set(false);
        this.problem.set(problem);
        this.otherErrors.set(applyFieldErrors(this.form, problem));
        setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      },
    });
  }
}
