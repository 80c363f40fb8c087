import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { pluralKey } from '../../core/i18n/plural-key';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { GersEpcis } from './gers-epcis';

/** The Gers' intercommunalities (EPCIs), with their size, each leading to its communes. */
@Component({
  selector: 'bastide-epci-directory',
  imports: [MatButtonModule, TranslatePipe, LocaleNumberPipe, LoadProblem, LoadingIndicator],
  templateUrl: './epci-directory.html',
  styleUrl: './epci-directory.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EpciDirectory {
  protected readonly gersEpcis = inject(GersEpcis);
  protected readonly language = inject(LanguageService);

  readonly selectedCode = input<string | null>(null);
  readonly communesRequested = output<string>();

  protected communeCountKey(count: number): string {
    return pluralKey('epcis.communeCount', count, this.language.current());
  }
}
