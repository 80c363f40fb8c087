import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageSwitch } from './language-switch';
import { NAVIGATION_AREAS } from './navigation-areas';

@Component({
  selector: 'bastide-site-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LanguageSwitch],
  templateUrl: './site-header.html',
  styleUrl: './site-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHeader {
  protected readonly areas = NAVIGATION_AREAS;
  // Query string and fragment do not make another page: the home page with `?epci=` is still "home".
  protected readonly exactMatch = {
    paths: 'exact',
    queryParams: 'ignored',
    fragment: 'ignored',
    matrixParams: 'ignored',
  } as const;
  protected readonly prefixMatch = { ...this.exactMatch, paths: 'subset' } as const;
}
