import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { MfaSetupView } from '../../core/api/identity.types';
import { RECOVERY_CODE_PATTERN, TOTP_CODE_PATTERN, normalizedCode } from '../../core/auth/mfa-codes';
import { Session } from '../../core/auth/session';
import { fieldError, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { PASSWORD_MIN_LENGTH, passwordRefusalKey } from '../../public/account/password-errors';
import { downloadFile } from '../download-file';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export const RECOVERY_CODES_FILE_NAME = 'codes-de-secours-bastide.txt';

/** The secret as authenticator apps ask it to be typed: groups of four characters. */
export function groupsOfFour(secret: string): string {
  return (secret.match(/.{1,4}/g) ?? []).join(' ');
}

/** A code of the app or a recovery code, both accepted by the API to turn two-factor sign-in off. */
function codeOrRecoveryCode(control: { value: string }): { pattern: true } | null {
  const code = normalizedCode(control.value);
  return !code || TOTP_CODE_PATTERN.test(code) || RECOVERY_CODE_PATTERN.test(code) ? null : { pattern: true };
}

/** The member's sign-in settings: password, e-mail address and two-factor sign-in. */
@Component({
  selector: 'bastide-security-page',
  imports: [
    ProblemMessagePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './security-page.html',
  styleUrls: ['../../public/account/account-form.scss', './security-page.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SecurityPage {
  private readonly api = inject(IdentityApi);
  protected readonly session = inject(Session);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;

  // Password
  protected readonly passwordForm = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(128)],
    }),
  });
  protected readonly passwordSaving = signal(false);
  protected readonly passwordProblem = signal<ApiProblem | null>(null);
  protected readonly passwordChanged = signal(false);

  // E-mail address
  protected readonly emailForm = new FormGroup({
    newEmail: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });
  protected readonly emailSaving = signal(false);
  protected readonly emailProblem = signal<ApiProblem | null>(null);
  /** The new address a confirmation link was sent to. */
  protected readonly emailSentTo = signal<string | null>(null);

  // Two-factor sign-in
  protected readonly mfaEnabled = computed(() => this.session.user()?.mfaEnabled ?? false);
  protected readonly setup = signal<MfaSetupView | null>(null);
  protected readonly groupedSecret = computed(() => groupsOfFour(this.setup()?.secret ?? ''));
  /** Shown once, right after two-factor sign-in was turned on. */
  protected readonly recoveryCodes = signal<readonly string[] | null>(null);
  protected readonly enableForm = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(TOTP_CODE_PATTERN)],
    }),
  });
  protected readonly disableForm = new FormGroup({
    code: new FormControl('', { nonNullable: true, validators: [Validators.required, codeOrRecoveryCode] }),
  });
  protected readonly mfaBusy = signal(false);
  protected readonly mfaProblem = signal<ApiProblem | null>(null);
  /** What just happened to two-factor sign-in, said politely to screen readers. */
  protected readonly mfaStatusKey = signal<string | null>(null);

  protected changePassword(): void {
    this.passwordChanged.set(false);
    if (this.passwordForm.invalid) {
      this.passwordForm.markAllAsTouched();
      focusFirstInvalidField(this.section('security-password'));
      return;
    }
    this.passwordSaving.set(true);
    this.passwordProblem.set(null);
    this.api.changePassword(this.passwordForm.getRawValue()).subscribe({
      next: () => {
        this.passwordSaving.set(false);
        this.passwordForm.reset();
        this.passwordChanged.set(true);
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.passwordSaving.set(false);
        this.passwordProblem.set(problem);
        this.placeError(
          this.passwordForm.controls.currentPassword,
          problem,
          'currentPassword',
          () => 'security.wrongPassword',
        );
        this.placeError(this.passwordForm.controls.newPassword, problem, 'newPassword', passwordRefusalKey);
        setTimeout(() => focusFirstInvalidField(this.section('security-password')));
      },
    });
  }

  protected changeEmail(): void {
    this.emailSentTo.set(null);
    if (this.emailForm.invalid) {
      this.emailForm.markAllAsTouched();
      focusFirstInvalidField(this.section('security-email'));
      return;
    }
    const change = this.emailForm.getRawValue();
    this.emailSaving.set(true);
    this.emailProblem.set(null);
    this.api.changeEmail(change).subscribe({
      next: () => {
        this.emailSaving.set(false);
        this.emailForm.reset();
        this.emailSentTo.set(change.newEmail);
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.emailSaving.set(false);
        this.emailProblem.set(problem);
        if (problem.status === 409) {
          this.emailForm.controls.newEmail.setErrors({ server: 'security.email.taken' });
          this.emailForm.controls.newEmail.markAsTouched();
        }
        this.placeError(this.emailForm.controls.password, problem, 'password', () => 'security.wrongPassword');
        this.placeError(this.emailForm.controls.newEmail, problem, 'newEmail', () => 'account.errors.emailInvalid');
        setTimeout(() => focusFirstInvalidField(this.section('security-email')));
      },
    });
  }

  protected startMfaSetup(): void {
    this.mfaBusy.set(true);
    this.mfaProblem.set(null);
    this.mfaStatusKey.set(null);
    this.api.setUpMfa().subscribe({
      next: (setup) => {
        this.mfaBusy.set(false);
        this.enableForm.reset();
        this.setup.set(setup);
        this.focusLater('#security-mfa-steps');
      },
      error: (error: unknown) => this.mfaFailed(error),
    });
  }

  protected cancelMfaSetup(): void {
    this.setup.set(null);
    this.mfaProblem.set(null);
    this.focusLater('#security-mfa-title');
  }

  protected enableMfa(): void {
    if (this.enableForm.invalid) {
      this.enableForm.markAllAsTouched();
      focusFirstInvalidField(this.section('security-mfa'));
      return;
    }
    this.mfaBusy.set(true);
    this.mfaProblem.set(null);
    this.api.enableMfa(normalizedCode(this.enableForm.controls.code.value)).subscribe({
      next: ({ recoveryCodes }) => {
        this.mfaBusy.set(false);
        this.setup.set(null);
        this.recoveryCodes.set(recoveryCodes);
        this.mfaStatusKey.set('security.mfa.enabled');
        this.refreshUser();
        this.focusLater('#security-recovery-title');
      },
      error: (error: unknown) => {
        this.mfaFailed(error);
        this.placeError(this.enableForm.controls.code, asApiProblem(error), 'code', () => 'security.mfa.codeRefused');
        this.focusLater('#security-mfa-code');
      },
    });
  }

  protected disableMfa(): void {
    if (this.disableForm.invalid) {
      this.disableForm.markAllAsTouched();
      focusFirstInvalidField(this.section('security-mfa'));
      return;
    }
    this.mfaBusy.set(true);
    this.mfaProblem.set(null);
    this.mfaStatusKey.set(null);
    this.api.disableMfa(normalizedCode(this.disableForm.controls.code.value)).subscribe({
      next: () => {
        this.mfaBusy.set(false);
        this.disableForm.reset();
        this.recoveryCodes.set(null);
        this.mfaStatusKey.set('security.mfa.disabled');
        this.refreshUser();
      },
      error: (error: unknown) => {
        this.mfaFailed(error);
        this.placeError(this.disableForm.controls.code, asApiProblem(error), 'code', () => 'security.mfa.codeRefused');
        this.focusLater('#security-mfa-disable-code');
      },
    });
  }

  protected async copyRecoveryCodes(): Promise<void> {
    const codes = this.recoveryCodes();
    if (!codes) {
      return;
    }
    try {
      await this.document.defaultView?.navigator.clipboard.writeText(codes.join('\n'));
      this.mfaStatusKey.set('security.recovery.copied');
    } catch {
      this.mfaStatusKey.set('security.recovery.copyFailed');
    }
  }

  protected downloadRecoveryCodes(): void {
    const codes = this.recoveryCodes();
    if (!codes) {
      return;
    }
    downloadFile(this.document, RECOVERY_CODES_FILE_NAME, codes.join('\n') + '\n', 'text/plain;charset=utf-8');
    this.mfaStatusKey.set('security.recovery.downloaded');
  }

  /** The member has kept the codes: they are not shown again. */
  protected hideRecoveryCodes(): void {
    this.recoveryCodes.set(null);
    this.mfaStatusKey.set(null);
    this.focusLater('#security-mfa-title');
  }

  private refreshUser(): void {
    this.session.reloadUser().subscribe({ error: () => undefined });
  }

  private mfaFailed(error: unknown): void {
    this.mfaBusy.set(false);
    this.mfaProblem.set(asApiProblem(error));
  }

  /** The API's English reason for a field becomes a message in the reader's language, under the field. */
  private placeError(
    control: FormControl<string>,
    problem: ApiProblem,
    field: string,
    keyFor: (message: string) => string,
  ): void {
    const message = fieldError(problem, field);
    if (message) {
      control.setErrors({ server: keyFor(message) });
      control.markAsTouched();
    }
  }

  private section(id: string): HTMLElement {
    return this.host.nativeElement.querySelector<HTMLElement>(`#${id}`) ?? this.host.nativeElement;
  }

  private focusLater(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
