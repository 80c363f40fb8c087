import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** The sections of the network area, on each of its pages. */
@Component({
  selector: 'bastide-network-nav',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  template: `
    <nav class="network-nav" [attr.aria-label]="'admin.nav.label' | translate">
      <ul>
        @for (section of sections; track section.path) {
          <li>
            <a
              [routerLink]="section.path"
              routerLinkActive="network-nav__current"
              ariaCurrentWhenActive="page"
              [routerLinkActiveOptions]="{ exact: section.exact }"
              >{{ section.labelKey | translate }}</a
            >
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    .network-nav ul {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.5rem;
      margin: 0 0 1.5rem;
      padding: 0 0 0.5rem;
      list-style: none;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }

    .network-nav a {
      display: inline-block;
      padding: 0.25rem 0;
    }

    .network-nav__current {
      font-weight: 700;
      text-decoration-thickness: 3px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkNav {
  protected readonly sections = [
    { path: '/reseau/tableau-de-bord', labelKey: 'admin.nav.dashboard', exact: true },
    { path: '/reseau', labelKey: 'admin.nav.sites', exact: true },
    { path: '/reseau/lieux/nouveau', labelKey: 'admin.nav.createSite', exact: true },
    { path: '/reseau/comptes', labelKey: 'admin.nav.users', exact: true },
    { path: '/reseau/organisations', labelKey: 'admin.nav.organizations', exact: false },
    { path: '/reseau/forfaits', labelKey: 'admin.nav.plans', exact: true },
    { path: '/reseau/nouveaux-arrivants', labelKey: 'admin.nav.newcomers', exact: false },
    { path: '/reseau/villages-d-accueil', labelKey: 'admin.nav.welcomeVillages', exact: true },
    { path: '/reseau/journal', labelKey: 'admin.nav.audit', exact: true },
    { path: '/reseau/envois', labelKey: 'admin.nav.jobs', exact: true },
  ];
}
