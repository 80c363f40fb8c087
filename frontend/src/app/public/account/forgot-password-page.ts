import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { focusFirstInvalidField } from '../../shared/forms/field-errors';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

/** "Mot de passe oublié": asks for a reset link. The answer never tells whether the address has an account. */
@Component({
  selector: 'bastide-forgot-password-page',
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
    <section class="account-form" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{{ 'forgotPassword.title' | translate }}</h1>
      <p>{{ 'forgotPassword.intro' | translate }}</p>

      <div class="account-form__problem" role="alert">
        @if (problem(); as problem) {
          <p>{{ problem | problemMessage: ('forgotPassword.failed' | translate) }}</p>
        }
      </div>
      <div role="status">
        @if (sentTo(); as email) {
          <div class="account-form__done">
            <p>{{ 'forgotPassword.sent' | translate: { email } }}</p>
            <p>{{ 'forgotPassword.sentHelp' | translate }}</p>
          </div>
        }
      </div>

      <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'account.email' | translate }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" required />
          @if (form.controls.email.hasError('required')) {
            <mat-error>{{ 'account.errors.emailRequired' | translate }}</mat-error>
          } @else if (form.controls.email.hasError('email')) {
            <mat-error>{{ 'account.errors.emailInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="submitting()">
          {{ (sentTo() ? 'forgotPassword.submitAgain' : 'forgotPassword.submit') | translate }}
        </button>
      </form>

      <p class="account-form__other">
        <a routerLink="/connexion">{{ 'forgotPassword.toLogin' | translate }}</a>
      </p>
    </section>
  `,
  styleUrl: './account-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ForgotPasswordPage {
  private readonly api = inject(IdentityApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
  });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  /** The address a link was asked for, once the API took the request. */
  protected readonly sentTo = signal<string | null>(null);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { email } = this.form.getRawValue();
    this.submitting.set(true);
    this.problem.set(null);
    this.sentTo.set(null);
    this.api.requestPasswordReset(email).subscribe({
      next: () => {
        this.submitting.set(false);
        this.sentTo.set(email);
      },
      error: (error: unknown) => {
        this.submitting.set(false);
        this.problem.set(asApiProblem(error));
      },
    });
  }
}
