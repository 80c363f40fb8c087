import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'bastide-site-footer',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <footer class="site-footer">
      <div class="site-footer__content">
        <p class="site-footer__network">{{ 'footer.network' | translate }}</p>
        <p>
          <a routerLink="/s-installer">{{ 'footer.moveToGers' | translate }}</a>
        </p>
        <p>
          <a routerLink="/villages-d-accueil">{{ 'footer.welcomeVillages' | translate }}</a>
        </p>
        <p>{{ 'footer.territoryData' | translate }}</p>
        <nav class="site-footer__legal" [attr.aria-label]="'footer.legalNav' | translate">
          <ul>
            <li>
              <a routerLink="/accessibilite" routerLinkActive="site-footer__current" ariaCurrentWhenActive="page">{{
                'footer.accessibility' | translate
              }}</a>
            </li>
            <li>
              <a routerLink="/confidentialite" routerLinkActive="site-footer__current" ariaCurrentWhenActive="page">{{
                'footer.privacy' | translate
              }}</a>
            </li>
            <li>
              <a routerLink="/mentions-legales" routerLinkActive="site-footer__current" ariaCurrentWhenActive="page">{{
                'footer.legalNotice' | translate
              }}</a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  `,
  styles: `
    .site-footer {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-medium);
    }

    .site-footer__content {
      max-width: 72rem;
      margin: 0 auto;
      padding: 1.5rem;
    }

    .site-footer__legal ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 1rem 0 0;
      padding: 0;
      list-style: none;
    }

    .site-footer__current {
      font-weight: 600;
    }

    .site-footer__network {
      color: var(--mat-sys-on-surface);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteFooter {}
