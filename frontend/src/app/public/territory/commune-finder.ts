import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
  viewChildren,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { pluralKey } from '../../core/i18n/plural-key';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { CommuneSearch } from './commune-search';
import { GersEpcis } from './gers-epcis';

/** Typing pauses shorter than this are one search, so each keystroke does not cost a request. */
export const COMMUNE_SEARCH_DEBOUNCE_MS = 300;

/** Searches the Gers' communes by name or postal code, optionally within one EPCI. */
@Component({
  selector: 'bastide-commune-finder',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
    LocaleNumberPipe,
    LoadProblem,
    LoadingIndicator,
  ],
  providers: [CommuneSearch],
  templateUrl: './commune-finder.html',
  styleUrl: './commune-finder.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommuneFinder {
  protected readonly search = inject(CommuneSearch);
  protected readonly gersEpcis = inject(GersEpcis);
  protected readonly language = inject(LanguageService);

  /** The EPCI the list is narrowed to, or null for the whole department. */
  readonly epciCode = input<string | null>(null);
  readonly epciCodeChange = output<string | null>();

  protected readonly text = signal('');
  private readonly settledText = toSignal(
    toObservable(this.text).pipe(
      debounceTime(COMMUNE_SEARCH_DEBOUNCE_MS),
      map((text) => text.trim()),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );

  protected readonly foundKey = computed(() =>
    pluralKey('communes.found', this.search.total(), this.language.current()),
  );

  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');
  private readonly communeNames = viewChildren<ElementRef<HTMLElement>>('communeName');
  private firstRowToFocus: number | null = null;

  constructor() {
    effect(() => {
      const criteria = { text: this.settledText(), epciCode: this.epciCode() };
      untracked(() => this.search.search(criteria));
    });
    // After "show more", focus goes to the first new commune, where the reader's eyes would go,
    // instead of staying on a button that may disappear.
    afterRenderEffect(() => {
      const names = this.communeNames();
      if (this.firstRowToFocus !== null && names.length > this.firstRowToFocus) {
        names[this.firstRowToFocus].nativeElement.focus();
        this.firstRowToFocus = null;
      }
    });
  }

  /** Brings the results into view and focus, e.g. after an EPCI was chosen elsewhere on the page. */
  revealResults(): void {
    this.heading().nativeElement.focus();
  }

  protected onTextInput(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
  }

  protected onEpciSelected(code: string): void {
    this.epciCodeChange.emit(code === '' ? null : code);
  }

  protected showMore(): void {
    this.firstRowToFocus = this.search.communes().length;
    this.search.showMore();
  }
}
