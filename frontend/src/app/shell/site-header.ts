import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../core/auth/session';
import { LanguageSwitch } from './language-switch';
import { NAVIGATION_AREAS } from './navigation-areas';

@Component({
  selector: 'bastide-site-header',
  imports: [MatButtonModule, RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);

  protected readonly areas = computed(() =>
    NAVIGATION_AREAS.filter((area) => !area.roles || this.session.hasRole(area.roles)),
  );
  // Query string and fragment do not make another page: the home page with `?epci=` is still "home".
  protected readonly exactMatch = {
    paths: 'exact',
    queryParams: 'ignored',
    fragment: 'ignored',
    matrixParams: 'ignored',
  } as const;
  protected readonly prefixMatch = { ...this.exactMatch, paths: 'subset' } as const;

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigateByUrl('/'));
  }
}
