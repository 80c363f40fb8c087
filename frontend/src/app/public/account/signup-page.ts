import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { safeReturnUrl } from '../../core/auth/auth.guards';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { applyFieldErrors, fieldError, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { PersonFields, personControls } from '../../shared/account/person-fields';
import { PASSWORD_MIN_LENGTH } from './password-errors';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export { PASSWORD_MIN_LENGTH };

/** Creating an account: names, e-mail, password, home commune (anywhere in France) and language. */
@Component({
  selector: 'bastide-signup-page',
  imports: [
    ProblemMessagePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PersonFields,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './signup-page.html',
  styleUrl: './account-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignupPage {
  private readonly api = inject(IdentityApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly returnUrl = input<string | undefined>();

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = new FormGroup({
    ...personControls({ locale: inject(LanguageService).current() }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(128)],
    }),
  });
  protected readonly homeCommuneCode = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  /** Errors of the server that no field of the form could show. */
  protected readonly otherErrors = signal<readonly string[]>([]);
  protected readonly homeCommuneError = computed(() => fieldError(this.problem(), 'homeCommuneCode'));

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.submitting.set(true);
    this.problem.set(null);
    this.otherErrors.set([]);
    const homeCommuneCode = this.homeCommuneCode();
    this.api.register({ ...this.form.getRawValue(), ...(homeCommuneCode ? { homeCommuneCode } : {}) }).subscribe({
      next: (response) => {
        this.session.start(response);
        void this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.submitting.set(false);
        this.problem.set(problem);
        this.otherErrors.set(applyFieldErrors(this.form, problem, ['homeCommuneCode']));
        // After the alert is read, the first field to fix takes focus.
        setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      },
    });
  }
}
