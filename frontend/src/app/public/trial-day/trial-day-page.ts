import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { TrialDaysApi } from '../../core/api/trial-days-api';
import { TrialDayAcceptance } from '../../core/api/trial-days.types';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { PASSWORD_MIN_LENGTH, passwordRefusalKey } from '../account/password-errors';

/**
 * Where the trial-day invitation's link leads. Opening it changes nothing; the newcomer accepts with a
 * password (their member account is opened in the file's name and the day booked on it), or, when an account
 * has the address, signs in and accepts signed in.
 */
@Component({
  selector: 'bastide-trial-day-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './trial-day-page.html',
  styleUrl: './trial-day-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrialDayPage {
  private readonly api = inject(TrialDaysApi);
  private readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);

  readonly token = input.required<string>();

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly signedInEmail = computed(() => this.session.user()?.email ?? null);

  private readonly found = rxResource({
    params: () => this.token(),
    stream: ({ params }) => this.api.invitation(params),
  });
  protected readonly isLoading = this.found.isLoading;
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  /** The link works no more: why, in the reader's words. */
  protected readonly closedKey = computed(() => {
    const problem = this.loadProblem();
    if (problem?.status !== 404) {
      return null;
    }
    const state = problem.extensions['state'];
    return `trialDay.closed.${state === 'accepted' || state === 'withdrawn' || state === 'expired' ? state : 'unknown'}`;
  });
  protected readonly invitation = computed(() => {
    if (!this.found.hasValue()) {
      return null;
    }
    const invitation = this.found.value();
    const language = this.language.current();
    const time = (at: string | null) =>
      at
        ? new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: 'Europe/Paris' }).format(new Date(at))
        : null;
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${invitation.date}T00:00:00Z`),
    );
    const from = time(invitation.start);
    const to = time(invitation.end);
    return {
      ...invitation,
      // "mardi 1 décembre 2026, de 08:30 à 18:30"; the day alone when the site no longer opens then.
      when: from && to ? `${day}, ${this.translate.instant('trialDay.hours', { from, to })}` : day,
      /** Signed in with the invitation's own account: accept with one button. */
      mine: this.signedInEmail() === invitation.email,
    };
  });
  protected readonly returnUrl = computed(() => `/journee-essai/${this.token()}`);

  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH), Validators.maxLength(128)],
  });
  protected readonly form = new FormGroup({ password: this.password });
  protected readonly working = signal(false);
  protected readonly actionProblem = signal<ApiProblem | null>(null);
  protected readonly accepted = signal<TrialDayAcceptance | null>(null);

  protected acceptWithPassword(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.send(this.password.value);
  }

  protected acceptSignedIn(): void {
    this.send();
  }

  protected retry(): void {
    this.found.reload();
  }

  private send(password?: string): void {
    this.working.set(true);
    this.actionProblem.set(null);
    this.api.accept(this.token(), password).subscribe({
      next: (acceptance) => {
        this.working.set(false);
        if (acceptance.session) {
          this.session.start(acceptance.session);
        }
        this.accepted.set(acceptance);
      },
      error: (error: unknown) => {
        this.working.set(false);
        const problem = asApiProblem(error);
        const refusal = problem.errors.find((e) => e.field === 'password');
        if (refusal) {
          this.password.setErrors({ server: this.translate.instant(passwordRefusalKey(refusal.message)) });
          this.password.markAsTouched();
          return;
        }
        this.actionProblem.set(problem);
      },
    });
  }
}
