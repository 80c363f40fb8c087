import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, input, model, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';
import { TerritoryApi } from '../../core/api/territory-api';
import { CommuneView } from '../../core/api/territory.types';

export const COMMUNE_SUGGESTIONS_DEBOUNCE_MS = 250;
const SUGGESTION_COUNT = 10;

/** The department of a commune, from its INSEE code: two characters, three overseas (971…). */
export function departmentOf(code: string): string {
  return code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
}

/**
 * Chooses any French commune by name or postal code, with suggestions from the API. The value is the
 * INSEE code of the chosen commune, or null: text typed but not chosen is not a commune.
 */
@Component({
  selector: 'bastide-commune-picker',
  imports: [MatAutocompleteModule, MatFormFieldModule, MatInputModule, ReactiveFormsModule, TranslatePipe],
  template: `
    <mat-form-field appearance="outline" class="commune-picker">
      <mat-label>{{ labelKey() | translate }}</mat-label>
      <input
        matInput
        type="text"
        autocomplete="off"
        [formControl]="text"
        [matAutocomplete]="suggestionList"
        (blur)="settleTypedText()"
      />
      <mat-autocomplete
        #suggestionList="matAutocomplete"
        [displayWith]="describe"
        (optionSelected)="choose($event.option.value)"
      >
        @for (commune of suggestions(); track commune.code) {
          <mat-option [value]="commune">
            {{
              'communePicker.option'
                | translate: { name: commune.name, postalCode: commune.postalCodes[0], department: department(commune) }
            }}
          </mat-option>
        }
      </mat-autocomplete>
      <mat-hint>{{ 'communePicker.hint' | translate }}</mat-hint>
      @if (error(); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    .commune-picker {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommunePicker {
  private readonly api = inject(TerritoryApi);

  readonly labelKey = input('communePicker.label');
  /** INSEE code of the chosen commune. */
  readonly code = model<string | null>(null);
  /** A message about the field from the server, shown under it. */
  readonly error = input<string | null>(null);

  protected readonly text = new FormControl<string | CommuneView>('', { nonNullable: true });
  protected readonly suggestions = signal<readonly CommuneView[]>([]);
  private chosen: CommuneView | null = null;

  protected readonly describe = (value: string | CommuneView | null): string =>
    typeof value === 'object' && value !== null ? `${value.name} (${value.postalCodes[0] ?? ''})` : (value ?? '');

  constructor() {
    this.text.valueChanges
      .pipe(
        filter((value): value is string => typeof value === 'string'),
        map((value) => value.trim()),
        debounceTime(COMMUNE_SUGGESTIONS_DEBOUNCE_MS),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length < 2
            ? of([])
            : this.api.communes({ q, limit: SUGGESTION_COUNT, offset: 0 }).pipe(
                map((page) => page.items),
                // A failed suggestion is no suggestion: the field stays usable, and the form says what is missing.
                catchError(() => of([])),
              ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((communes) => this.suggestions.set(communes));

    // A code given from outside (a saved profile) shows as its commune's name.
    effect(() => {
      const code = this.code();
      if (code && this.chosen?.code !== code) {
        this.showCode(code);
      }
    });
    effect(() => {
      const message = this.error();
      this.text.setErrors(message ? { server: message } : null);
      if (message) {
        this.text.markAsTouched();
      }
    });
  }

  protected department(commune: CommuneView): string {
    return departmentOf(commune.code);
  }

  protected choose(commune: CommuneView): void {
    this.chosen = commune;
    this.code.set(commune.code);
  }

  /** Text typed and left without a choice: an emptied field clears the commune, other text keeps none. */
  protected settleTypedText(): void {
    const value = this.text.value;
    if (typeof value === 'string' && (this.chosen === null || value !== this.describe(this.chosen))) {
      this.chosen = null;
      this.code.set(null);
    }
  }

  private showCode(code: string): void {
    this.api
      .communes({ q: code, limit: SUGGESTION_COUNT, offset: 0 })
      .pipe(catchError(() => of({ items: [] as CommuneView[], total: 0 })))
      .subscribe((page) => {
        const commune = page.items.find((candidate) => candidate.code === code);
        if (commune) {
          this.chosen = commune;
          this.text.setValue(commune, { emitEvent: false });
        }
      });
  }
}
