import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';

/**
 * Route titles are translation keys. Each page gets its own `<title>` ("Page – Bastide"),
 * which is what a screen reader announces first after a navigation (RGAA 8.6).
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly translate = inject(TranslateService);
  private pageKey: string | undefined;

  constructor() {
    super();
    // The title must follow a language switch too, not only navigations.
    this.translate.onLangChange.subscribe(() => this.render());
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey = this.buildTitle(snapshot);
    this.render();
  }

  private render(): void {
    const site = this.translate.instant('app.name');
    this.title.setTitle(this.pageKey ? `${this.translate.instant(this.pageKey)} – ${site}` : site);
  }
}
