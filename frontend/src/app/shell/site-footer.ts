import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

@Component({
  selector: 'bastide-site-footer',
  imports: [RouterLink, TranslatePipe],
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

    .site-footer__network {
      color: var(--mat-sys-on-surface);
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteFooter {}
