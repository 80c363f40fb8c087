import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { applyFieldErrors, fieldError, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { PersonFields, personControls } from '../../shared/account/person-fields';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { EmployerQuotaPanel } from './employer-quota-panel';

/**
 * The member's own profile: names, home commune and language. The e-mail shows but is not edited here, nor
 * the employer, which the network's officers attach; what is left of the member's quota shows below.
 */
@Component({
  selector: 'bastide-profile-page',
  imports: [EmployerQuotaPanel, ProblemMessagePipe, MatButtonModule, PersonFields, ReactiveFormsModule, TranslatePipe],
  templateUrl: './profile-page.html',
  styleUrl: '../../public/account/account-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage {
  private readonly api = inject(IdentityApi);
  protected readonly session = inject(Session);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  // The guard let only signed-in members in, so the user is there.
  private readonly user = this.session.user();
  protected readonly form = new FormGroup(
    personControls({
      firstName: this.user?.firstName,
      lastName: this.user?.lastName,
      locale: this.user?.locale ?? this.language.current(),
    }),
  );
  protected readonly homeCommuneCode = signal<string | null>(this.user?.homeCommuneCode ?? null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly homeCommuneError = computed(() => fieldError(this.problem(), 'homeCommuneCode'));

  protected save(): void {
    this.saved.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    this.api.updateMe({ ...this.form.getRawValue(), homeCommuneCode: this.homeCommuneCode() }).subscribe({
      next: (user) => {
        this.session.updateUser(user);
        this.language.use(user.locale);
        this.saving.set(false);
        this.saved.set(true);
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.saving.set(false);
        this.problem.set(problem);
        applyFieldErrors(this.form, problem, ['homeCommuneCode']);
      },
    });
  }
}
