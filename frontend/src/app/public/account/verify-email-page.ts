import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { IdentityApi } from '../../core/api/identity-api';
import { Session } from '../../core/auth/session';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { isRefusedLink } from './password-errors';

type Outcome = 'verifying' | 'verified' | 'refused' | 'incomplete' | 'failed';

/** `/compte/verifier-email?token=…`: the link of the welcome mail, or of a change of address. */
@Component({
  selector: 'bastide-verify-email-page',
  imports: [LoadingIndicator, LoadProblem, RouterLink, TranslatePipe],
  template: `
    <section class="account-form" aria-labelledby="verify-title">
      <h1 id="verify-title">{{ 'verifyEmail.title' | translate }}</h1>
      @switch (outcome()) {
        @case ('verifying') {
          <bastide-loading-indicator labelKey="verifyEmail.verifying" />
        }
        @case ('verified') {
          <div class="account-form__done" role="status">
            <p>{{ 'verifyEmail.verified' | translate }}</p>
          </div>
          <p>
            @if (session.signedIn()) {
              <a routerLink="/mon-espace">{{ 'verifyEmail.toMemberArea' | translate }}</a>
            } @else {
              <a routerLink="/connexion">{{ 'verifyEmail.toLogin' | translate }}</a>
            }
          </p>
        }
        @case ('failed') {
          @if (problem(); as problem) {
            <bastide-load-problem [problem]="problem" messageKey="verifyEmail.failed" (retry)="verify()" />
          }
        }
        @default {
          <div class="account-form__problem" role="alert">
            <p>{{ (outcome() === 'refused' ? 'verifyEmail.refused' : 'verifyEmail.incomplete') | translate }}</p>
          </div>
          <p>{{ 'verifyEmail.refusedHelp' | translate }}</p>
          <p>
            @if (session.signedIn()) {
              <a routerLink="/mon-espace/securite">{{ 'verifyEmail.toSecurity' | translate }}</a>
            } @else {
              <a routerLink="/connexion">{{ 'verifyEmail.toLogin' | translate }}</a>
            }
          </p>
        }
      }
    </section>
  `,
  styleUrl: './account-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VerifyEmailPage implements OnInit {
  private readonly api = inject(IdentityApi);
  protected readonly session = inject(Session);

  /** `?token=` of the mailed link. */
  readonly token = input<string | undefined>();

  protected readonly outcome = signal<Outcome>('verifying');
  protected readonly problem = signal<ApiProblem | null>(null);

  ngOnInit(): void {
    this.verify();
  }

  protected verify(): void {
    const token = this.token();
    if (!token) {
      this.outcome.set('incomplete');
      return;
    }
    this.outcome.set('verifying');
    this.api.verifyEmail(token).subscribe({
      next: () => {
        this.outcome.set('verified');
        // The header and the banners of a member signed in here learn of the confirmed (maybe new) address.
        if (this.session.signedIn()) {
          this.session.reloadUser().subscribe({ error: () => undefined });
        }
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.problem.set(problem);
        this.outcome.set(isRefusedLink(problem) ? 'refused' : 'failed');
      },
    });
  }
}
