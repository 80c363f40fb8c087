import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

/** Where a signed-in member lands when following a link to the host or network area. */
@Component({
  selector: 'bastide-access-denied-page',
  imports: [RouterLink, TranslatePipe],
  template: `
    <h1>{{ 'accessDenied.title' | translate }}</h1>
    <p>{{ 'accessDenied.explanation' | translate }}</p>
    <p>
      <a routerLink="/mon-espace">{{ 'accessDenied.toMemberArea' | translate }}</a>
    </p>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessDeniedPage {}
