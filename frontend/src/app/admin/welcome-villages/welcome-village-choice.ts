import { ChangeDetectionStrategy, Component, computed, inject, model } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { WelcomeVillagesApi } from '../../core/api/welcome-villages-api';
import { WelcomeVillageView } from '../../core/api/welcome-villages.types';

/**
 * The welcome villages offered first when an officer chooses a file's welcome commune; the commune picker
 * beside it still takes any commune (API.md § Newcomers). Both share the chosen INSEE code.
 */
@Component({
  selector: 'bastide-welcome-village-choice',
  imports: [MatFormFieldModule, MatSelectModule, TranslatePipe],
  template: `
    @if (villages().length > 0) {
      <mat-form-field appearance="outline" class="welcome-village-choice">
        <mat-label>{{ 'welcomeVillages.choice.label' | translate }}</mat-label>
        <mat-select [value]="chosenVillage()" (selectionChange)="code.set($event.value)">
          @for (village of villages(); track village.id) {
            <mat-option [value]="village.communeCode">
              {{ village.communeName }}
              @if (!village.published) {
                ({{ 'welcomeVillages.choice.unpublished' | translate }})
              }
            </mat-option>
          }
        </mat-select>
        <mat-hint>{{ 'welcomeVillages.choice.hint' | translate }}</mat-hint>
      </mat-form-field>
    }
  `,
  styles: `
    // A line of its own in the file's row of fields, with room for its hint below it.
    :host {
      display: block;
      flex: 1 1 100%;
      margin-bottom: 1rem;
    }

    .welcome-village-choice {
      width: 100%;
      max-width: 32rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WelcomeVillageChoice {
  private readonly api = inject(WelcomeVillagesApi);

  /** INSEE code of the chosen commune, a welcome village or not. */
  readonly code = model<string | null>(null);

  private readonly found = rxResource({ stream: () => this.api.list('all') });
  protected readonly villages = computed<readonly WelcomeVillageView[]>(() =>
    this.found.hasValue() ? this.found.value().items : [],
  );
  /** The select shows the chosen commune only when it is a welcome village; any other is the picker's. */
  protected readonly chosenVillage = computed(() => {
    const code = this.code();
    return this.villages().some((village) => village.communeCode === code) ? code : null;
  });
}
