import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { Session } from '../../core/auth/session';
import { fieldError, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { PASSWORD_MIN_LENGTH, isRefusedLink, passwordRefusalKey } from './password-errors';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

/** The second field must repeat the first: a typo would lock the member out of the account. */
export function sameAsPassword(control: AbstractControl): ValidationErrors | null {
  const password = control.parent?.get('password')?.value as string | undefined;
  return control.value && password !== undefined && control.value !== password ? { mismatch: true } : null;
}

/** `/compte/nouveau-mot-de-passe?token=…`: the link of the reset mail; a new password, then every session ends. */
@Component({
  selector: 'bastide-reset-password-page',
  imports: [
    ProblemMessagePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <section class="account-form" aria-labelledby="reset-title">
      <h1 id="reset-title">{{ 'resetPassword.title' | translate }}</h1>

      @if (done()) {
        <div class="account-form__done" role="status">
          <p id="reset-done" tabindex="-1">{{ 'resetPassword.done' | translate }}</p>
        </div>
        <p>
          <a mat-flat-button routerLink="/connexion">{{ 'resetPassword.toLogin' | translate }}</a>
        </p>
      } @else if (!token() || linkRefused()) {
        <div class="account-form__problem" role="alert">
          <p>{{ (token() ? 'resetPassword.linkRefused' : 'resetPassword.linkIncomplete') | translate }}</p>
        </div>
        <p>
          <a routerLink="/compte/mot-de-passe-oublie">{{ 'resetPassword.askAgain' | translate }}</a>
        </p>
      } @else {
        <p>{{ 'resetPassword.intro' | translate }}</p>
        <div class="account-form__problem" role="alert">
          @if (problem(); as problem) {
            <p>
              {{ problem.errors.length > 0 ? ('signup.fixFields' | translate) : (problem | problemMessage) }}
            </p>
          }
        </div>
        <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'resetPassword.password' | translate }}</mat-label>
            <input
              matInput
              type="password"
              formControlName="password"
              autocomplete="new-password"
              required
              [minlength]="passwordMinLength"
            />
            <mat-hint>{{ 'account.passwordRule' | translate }}</mat-hint>
            @if (form.controls.password.hasError('server')) {
              <mat-error>{{ form.controls.password.getError('server') | translate }}</mat-error>
            } @else if (form.controls.password.invalid) {
              <mat-error>{{ 'account.passwordRule' | translate }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'resetPassword.confirmation' | translate }}</mat-label>
            <input matInput type="password" formControlName="confirmation" autocomplete="new-password" required />
            @if (form.controls.confirmation.hasError('required')) {
              <mat-error>{{ 'resetPassword.confirmationRequired' | translate }}</mat-error>
            } @else if (form.controls.confirmation.hasError('mismatch')) {
              <mat-error>{{ 'resetPassword.mismatch' | translate }}</mat-error>
            }
          </mat-form-field>
          <button mat-flat-button type="submit" [disabled]="submitting()">
            {{ 'resetPassword.submit' | translate }}
          </button>
        </form>
      }
    </section>
  `,
  styleUrl: './account-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResetPasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(Session);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** `?token=` of the mailed link. */
  readonly token = input<string | undefined>();

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(128)],
    }),
    confirmation: new FormControl('', { nonNullable: true, validators: [Validators.required, sameAsPassword] }),
  });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly linkRefused = signal(false);
  protected readonly done = signal(false);

  constructor() {
    // A change of the first field makes the second one right or wrong again.
    this.form.controls.password.valueChanges.subscribe(() =>
      this.form.controls.confirmation.updateValueAndValidity({ emitEvent: false }),
    );
  }

  protected submit(): void {
    const token = this.token();
    if (!token) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    this.api.resetPassword({ token, password: this.form.controls.password.value }).subscribe({
      next: () => {
        // Every session of the account was signed out, this one too if it was open here.
        this.session.end();
        this.done.set(true);
        setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#reset-done')?.focus());
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.submitting.set(false);
        if (isRefusedLink(problem)) {
          this.linkRefused.set(true);
          return;
        }
        this.problem.set(problem);
        const refusal = fieldError(problem, 'password');
        if (refusal) {
          const control = this.form.controls.password;
          control.setErrors({ server: passwordRefusalKey(refusal) });
          control.markAsTouched();
          setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
        }
      },
    });
  }
}
