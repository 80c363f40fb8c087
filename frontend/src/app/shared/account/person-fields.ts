import { ChangeDetectionStrategy, Component, inject, input, model } from '@angular/core';
import { AbstractControl, ControlContainer, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { LANGUAGES, Language } from '../../core/i18n/language';
import { CommunePicker } from '../territory/commune-picker';

/** The controls behind `bastide-person-fields`, with the API's limits (names of 1 to 100 characters). */
export interface PersonControls {
  firstName: FormControl<string>;
  lastName: FormControl<string>;
  locale: FormControl<Language>;
}

export function personControls(initial: { firstName?: string; lastName?: string; locale: Language }): PersonControls {
  const name = (value: string | undefined) =>
    new FormControl(value ?? '', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] });
  return {
    firstName: name(initial.firstName),
    lastName: name(initial.lastName),
    locale: new FormControl<Language>(initial.locale, { nonNullable: true }),
  };
}

let instances = 0;

/**
 * Who a person is, as sign-up and the profile both ask it: first and last name, then whatever the page
 * projects (sign-up's address and password), then the home commune and the language. The controls belong to
 * the enclosing `[formGroup]` (made with `personControls`); the commune is a model of its own, since it is
 * chosen from suggestions rather than typed.
 */
@Component({
  selector: 'bastide-person-fields',
  imports: [CommunePicker, MatFormFieldModule, MatInputModule, MatRadioModule, ReactiveFormsModule, TranslatePipe],
  // The fields join the page's form rather than starting a form of their own.
  viewProviders: [{ provide: ControlContainer, useFactory: () => inject(ControlContainer, { skipSelf: true }) }],
  template: `
    <div class="person-fields__row">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'account.firstName' | translate }}</mat-label>
        <input matInput formControlName="firstName" autocomplete="given-name" required />
        @if (control('firstName').hasError('server')) {
          <mat-error>{{ control('firstName').getError('server') }}</mat-error>
        } @else if (control('firstName').invalid) {
          <mat-error>{{ 'account.errors.firstNameRequired' | translate }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ 'account.lastName' | translate }}</mat-label>
        <input matInput formControlName="lastName" autocomplete="family-name" required />
        @if (control('lastName').hasError('server')) {
          <mat-error>{{ control('lastName').getError('server') }}</mat-error>
        } @else if (control('lastName').invalid) {
          <mat-error>{{ 'account.errors.lastNameRequired' | translate }}</mat-error>
        }
      </mat-form-field>
    </div>

    <ng-content />

    <bastide-commune-picker [(code)]="homeCommuneCode" [error]="communeError()" />

    <fieldset class="person-fields__languages">
      <legend [id]="languageLegendId">{{ 'account.language' | translate }}</legend>
      <mat-radio-group formControlName="locale" [attr.aria-labelledby]="languageLegendId">
        @for (language of languages; track language) {
          <mat-radio-button [value]="language" [attr.lang]="language">{{
            'account.languages.' + language | translate
          }}</mat-radio-button>
        }
      </mat-radio-group>
    </fieldset>
  `,
  styles: `
    /* The fields are items of the page's form layout, as if written in it. */
    :host {
      display: contents;
    }

    .person-fields__row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }

    .person-fields__row > * {
      flex: 1 1 12rem;
    }

    .person-fields__languages {
      margin: 0 0 1rem;
      padding: 0;
      border: 0;
    }

    .person-fields__languages legend {
      margin-bottom: 0.25rem;
      font: var(--mat-sys-body-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonFields {
  private readonly container = inject(ControlContainer);

  /** INSEE code of the home commune, or null. */
  readonly homeCommuneCode = model<string | null>(null);
  /** The server's message about the home commune, if any. */
  readonly communeError = input<string | null>(null);

  protected readonly languages = LANGUAGES;
  protected readonly languageLegendId = `person-fields-language-${++instances}`;

  protected control(name: keyof PersonControls): AbstractControl {
    return this.container.control!.get(name)!;
  }
}
