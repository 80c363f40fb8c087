import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../core/auth/session';

/**
 * What the account still needs: a confirmed address, and, for hosts and network officers, whose accounts
 * open other people's data, two-factor sign-in. Nothing shows when all is in order.
 */
@Component({
  selector: 'bastide-account-banners',
  imports: [RouterLink, TranslatePipe],
  template: `
    @if (session.user(); as user) {
      @if (!user.emailVerified) {
        <section class="account-banner" aria-labelledby="banner-verify-title">
          <p id="banner-verify-title" class="account-banner__title">{{ 'banners.verify.title' | translate }}</p>
          <p>{{ 'banners.verify.text' | translate: { email: user.email } }}</p>
          <p>{{ 'banners.verify.help' | translate }}</p>
        </section>
      }
      @if (mfaInvitation()) {
        <section class="account-banner" aria-labelledby="banner-mfa-title">
          <p id="banner-mfa-title" class="account-banner__title">{{ 'banners.mfa.title' | translate }}</p>
          <p>{{ 'banners.mfa.text' | translate }}</p>
          <p>
            <a routerLink="/mon-espace/securite" fragment="security-mfa">{{ 'banners.mfa.link' | translate }}</a>
          </p>
        </section>
      }
    }
  `,
  styles: `
    .account-banner {
      max-width: 46rem;
      margin-bottom: 1.5rem;
      padding: 1rem 1.25rem;
      border-left: 4px solid var(--mat-sys-tertiary);
      border-radius: var(--mat-sys-corner-small);
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }

    .account-banner p {
      margin: 0.5rem 0 0;
    }

    .account-banner .account-banner__title {
      margin: 0;
    }

    .account-banner a {
      color: inherit;
      font-weight: 600;
    }

    .account-banner__title {
      font: var(--mat-sys-title-medium);
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountBanners {
  protected readonly session = inject(Session);
  protected readonly mfaInvitation = computed(() => {
    const user = this.session.user();
    return user !== null && (user.role === 'host' || user.role === 'admin') && !user.mfaEnabled;
  });
}
