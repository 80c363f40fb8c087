import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../core/i18n/language';

/**
 * Offers the other language, named in that language ("English" on French pages) and marked with its
 * `lang`, so a screen reader pronounces it right (RGAA 8.7).
 */
@Component({
  selector: 'bastide-language-switch',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button
      mat-stroked-button
      type="button"
      class="language-switch"
      [attr.lang]="language.alternative()"
      (click)="switchLanguage()"
    >
      {{ 'language.switchTo' | translate }}
    </button>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageSwitch {
  protected readonly language = inject(LanguageService);

  protected switchLanguage(): void {
    this.language.use(this.language.alternative());
  }
}
