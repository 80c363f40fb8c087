import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Session } from '../core/auth/session';
import { LanguageSwitch } from './language-switch';
import { filter, map } from 'rxjs';
import { NAVIGATION_AREAS, currentArea } from './navigation-areas';

@Component({
  selector: 'bastide-site-header',
  imports: [MatButtonModule, RouterLink, TranslatePipe, LanguageSwitch],
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
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  // Query string and fragment do not make another page: the home page with `?epci=` is still "home".
  protected readonly current = computed(() => currentArea(this.areas(), this.url())?.path ?? null);

  protected signOut(): void {
    this.session.signOut().subscribe(() => void this.router.navigateByUrl('/'));
  }
}
