import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { AuthResponse } from '../../core/api/identity.types';
import { safeReturnUrl } from '../../core/auth/auth.guards';
import { RECOVERY_CODE_PATTERN, TOTP_CODE_PATTERN, normalizedCode } from '../../core/auth/mfa-codes';
import { Session } from '../../core/auth/session';
import { focusFirstInvalidField } from '../../shared/forms/field-errors';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

/**
 * Sign-in with e-mail and password, then, for an account with two-factor sign-in on, a code of the
 * authenticator app or a recovery code; back to the page that asked for it afterwards.
 */
@Component({
  selector: 'bastide-login-page',
  imports: [
    ProblemMessagePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './login-page.html',
  styleUrl: './account-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** `?returnUrl=` set by the guard that sent the reader here. */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly code = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.pattern(TOTP_CODE_PATTERN)],
  });
  protected readonly codeForm = new FormGroup({ code: this.code });
  protected readonly submitting = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  /** Set when the password was right and the account asks for a second factor. */
  protected readonly mfaToken = signal<string | null>(null);
  /** The phone is not at hand: a recovery code instead of the app's code. */
  protected readonly useRecoveryCode = signal(false);

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    this.api.login(this.form.getRawValue()).subscribe({
      next: (response) => {
        if ('mfaRequired' in response) {
          this.submitting.set(false);
          this.code.reset();
          this.mfaToken.set(response.mfaToken);
          this.focusLater('#login-code');
          return;
        }
        this.signIn(response);
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected submitCode(): void {
    const mfaToken = this.mfaToken();
    if (!mfaToken) {
      return;
    }
    if (this.code.invalid) {
      this.code.markAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    const code = normalizedCode(this.code.value);
    this.api.completeMfa({ mfaToken, code }).subscribe({
      next: (response) => this.signIn(response),
      error: (error: unknown) => {
        this.fail(error);
        this.focusLater('#login-code');
      },
    });
  }

  protected toggleRecoveryCode(): void {
    const recovery = !this.useRecoveryCode();
    this.useRecoveryCode.set(recovery);
    this.code.setValidators([
      Validators.required,
      Validators.pattern(recovery ? RECOVERY_CODE_PATTERN : TOTP_CODE_PATTERN),
    ]);
    this.code.reset();
    this.problem.set(null);
    this.focusLater('#login-code');
  }

  /** Back to the password: the sign-in step expires after five minutes. */
  protected restart(): void {
    this.mfaToken.set(null);
    this.useRecoveryCode.set(false);
    this.code.setValidators([Validators.required, Validators.pattern(TOTP_CODE_PATTERN)]);
    this.problem.set(null);
    this.form.controls.password.reset();
    this.focusLater('#login-password');
  }

  private signIn(response: AuthResponse): void {
    this.session.start(response);
    void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }

  private fail(error: unknown): void {
    this.submitting.set(false);
    this.problem.set(asApiProblem(error));
  }

  /** Once the new step is on screen, keyboard and screen-reader users are taken to its field. */
  private focusLater(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
