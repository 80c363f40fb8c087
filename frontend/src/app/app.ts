import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { MAIN_CONTENT_ID, focusMainContent, focusMainContentOnPageChange } from './core/a11y/main-content-focus';
import { SiteFooter } from './shell/site-footer';
import { SiteHeader } from './shell/site-header';

/** The shell every page sits in: skip link, header with navigation, main content, footer. */
@Component({
  selector: 'bastide-root',
  imports: [RouterOutlet, TranslatePipe, SiteHeader, SiteFooter],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly document = inject(DOCUMENT);
  protected readonly mainContentId = MAIN_CONTENT_ID;

  constructor() {
    focusMainContentOnPageChange();
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    focusMainContent(this.document);
  }
}
