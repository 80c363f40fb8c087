import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { CreateOrganizationRequest, OrganizationView } from '../../core/api/plans.types';
import { SiteView } from '../../core/api/sites.types';

export const ORGANIZATION_NAME_MAX_LENGTH = 200;

/** "383 474 814": the nine digits of a SIREN whose last digit is its Luhn check digit, as the API checks it. */
export function sirenValidator(control: AbstractControl<string>): ValidationErrors | null {
  const digits = control.value.replace(/[\s.]/g, '');
  if (!digits) {
    return null;
  }
  if (!/^\d{9}$/.test(digits)) {
    return { siren: true };
  }
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(digits[8 - i]);
    if (i % 2 === 1) {
      digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    }
    sum += digit;
  }
  return sum % 10 === 0 ? null : { siren: true };
}

/** A number of days per week from 0.5 to 7, in half-days. */
function halfDaysValidator(control: AbstractControl<number | null>): ValidationErrors | null {
  const days = control.value;
  return days === null || (Number.isInteger(days * 2) && days >= 0.5 && days <= 7) ? null : { halfDays: true };
}

export type ContractScope = 'all' | 'some';

export interface OrganizationControls {
  name: FormControl<string>;
  siren: FormControl<string>;
  hasContract: FormControl<boolean>;
  contract: FormGroup<{
    daysPerWeek: FormControl<number | null>;
    scope: FormControl<ContractScope>;
    siteIds: FormControl<string[]>;
  }>;
}

/** The controls behind `bastide-organization-fields`, filled from an organization when editing one. */
export function organizationControls(initial?: OrganizationView): OrganizationControls {
  const contract = initial?.contract ?? null;
  const daysPerWeek = new FormControl<number | null>(contract?.daysPerWeek ?? 2, [halfDaysValidator]);
  const hasContract = new FormControl(contract !== null, { nonNullable: true });
  // Days are asked only while there is a contract.
  const syncRequired = (on: boolean) => {
    daysPerWeek.setValidators(on ? [Validators.required, halfDaysValidator] : [halfDaysValidator]);
    daysPerWeek.updateValueAndValidity({ emitEvent: false });
  };
  syncRequired(hasContract.value);
  hasContract.valueChanges.subscribe(syncRequired);
  return {
    name: new FormControl(initial?.name ?? '', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(ORGANIZATION_NAME_MAX_LENGTH)],
    }),
    siren: new FormControl(initial?.siren ?? '', { nonNullable: true, validators: [sirenValidator] }),
    hasContract,
    contract: new FormGroup({
      daysPerWeek,
      scope: new FormControl<ContractScope>(contract?.siteIds.length ? 'some' : 'all', { nonNullable: true }),
      siteIds: new FormControl<string[]>(contract?.siteIds ?? [], { nonNullable: true }),
    }),
  };
}

/** What the API is sent, from the controls' values: no contract, or days and (some or all) sites. */
export function organizationRequest(form: FormGroup<OrganizationControls>): Required<CreateOrganizationRequest> {
  const { name, siren, hasContract, contract } = form.getRawValue();
  const digits = siren.replace(/[\s.]/g, '');
  return {
    name: name.trim(),
    siren: digits || null,
    contract: hasContract
      ? { daysPerWeek: contract.daysPerWeek ?? 0, siteIds: contract.scope === 'some' ? contract.siteIds : [] }
      : null,
  };
}

let instances = 0;

/**
 * An employer as officers describe it: name, SIREN, and its telework contract (days per week, at every site
 * of the network or at some). The page owns the form (`organizationControls`) and its submit button.
 */
@Component({
  selector: 'bastide-organization-fields',
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, MatRadioModule, ReactiveFormsModule, TranslatePipe],
  template: `
    <div class="organization-fields" [formGroup]="form()">
      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.organizations.name' | translate }}</mat-label>
        <input matInput formControlName="name" required autocomplete="organization" [maxlength]="nameMaxLength" />
        @if (control('name').hasError('server')) {
          <mat-error>{{ control('name').getError('server') }}</mat-error>
        } @else if (control('name').invalid) {
          <mat-error>{{ 'admin.organizations.nameRequired' | translate }}</mat-error>
        }
      </mat-form-field>

      <mat-form-field appearance="outline">
        <mat-label>{{ 'admin.organizations.siren' | translate }}</mat-label>
        <input matInput formControlName="siren" inputmode="numeric" autocomplete="off" />
        <mat-hint>{{ 'admin.organizations.sirenHint' | translate }}</mat-hint>
        @if (control('siren').hasError('server')) {
          <mat-error>{{ control('siren').getError('server') }}</mat-error>
        } @else if (control('siren').invalid) {
          <mat-error>{{ 'admin.organizations.sirenInvalid' | translate }}</mat-error>
        }
      </mat-form-field>

      <mat-checkbox formControlName="hasContract">{{ 'admin.organizations.hasContract' | translate }}</mat-checkbox>

      @if (hasContract()) {
        <fieldset class="organization-fields__contract" formGroupName="contract">
          <legend>{{ 'admin.organizations.contractLegend' | translate }}</legend>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.organizations.daysPerWeek' | translate }}</mat-label>
            <input matInput type="number" min="0.5" max="7" step="0.5" formControlName="daysPerWeek" required />
            <mat-hint>{{ 'admin.organizations.daysPerWeekHint' | translate }}</mat-hint>
            @if (control('contract.daysPerWeek').hasError('server')) {
              <mat-error>{{ control('contract.daysPerWeek').getError('server') }}</mat-error>
            } @else if (control('contract.daysPerWeek').invalid) {
              <mat-error>{{ 'admin.organizations.daysPerWeekInvalid' | translate }}</mat-error>
            }
          </mat-form-field>

          <p [id]="scopeLabelId" class="organization-fields__label">{{ 'admin.organizations.scope' | translate }}</p>
          <mat-radio-group
            formControlName="scope"
            [attr.aria-labelledby]="scopeLabelId"
            class="organization-fields__radios"
          >
            <mat-radio-button value="all">{{ 'admin.organizations.scopeAll' | translate }}</mat-radio-button>
            <mat-radio-button value="some">{{ 'admin.organizations.scopeSome' | translate }}</mat-radio-button>
          </mat-radio-group>

          @if (scope() === 'some') {
            <fieldset class="organization-fields__sites">
              <legend>{{ 'admin.organizations.sites' | translate }}</legend>
              @for (site of sites(); track site.id) {
                <mat-checkbox [checked]="isChosen(site.id)" (change)="toggle(site.id, $event.checked)">{{
                  site.name
                }}</mat-checkbox>
              }
              @if (control('contract.siteIds').hasError('server')) {
                <p class="organization-fields__error" role="alert">
                  {{ control('contract.siteIds').getError('server') }}
                </p>
              } @else if (noSiteChosen()) {
                <p class="organization-fields__error">{{ 'admin.organizations.sitesRequired' | translate }}</p>
              }
            </fieldset>
          }
        </fieldset>
      }
    </div>
  `,
  styles: `
    .organization-fields {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
    }

    mat-form-field {
      width: 24rem;
      max-width: 100%;
    }

    .organization-fields__contract,
    .organization-fields__sites {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.5rem;
      margin: 0.5rem 0 1rem;
      padding: 0;
      border: 0;
    }

    legend,
    .organization-fields__label {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-small);
    }

    .organization-fields__radios {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }

    .organization-fields__error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganizationFields {
  /** The page's form, made with `organizationControls`; the page submits it. */
  readonly form = input.required<FormGroup<OrganizationControls>>();
  /** The network's sites a contract may name. */
  readonly sites = input.required<readonly SiteView[]>();

  protected readonly nameMaxLength = ORGANIZATION_NAME_MAX_LENGTH;
  protected readonly scopeLabelId = `organization-fields-scope-${++instances}`;

  // Read in the template: the checkbox and radios that change them are this component's own, so their
  // events refresh it.
  protected hasContract(): boolean {
    return this.form().controls.hasContract.value;
  }

  protected scope(): ContractScope {
    return this.form().controls.contract.controls.scope.value;
  }

  protected noSiteChosen(): boolean {
    return this.scope() === 'some' && this.form().controls.contract.controls.siteIds.value.length === 0;
  }

  protected control(path: string): AbstractControl {
    return this.form().get(path)!;
  }

  protected isChosen(siteId: string): boolean {
    return this.form().controls.contract.controls.siteIds.value.includes(siteId);
  }

  protected toggle(siteId: string, checked: boolean): void {
    const ids = this.form().controls.contract.controls.siteIds;
    ids.setValue(checked ? [...ids.value, siteId] : ids.value.filter((id) => id !== siteId));
    ids.markAsDirty();
  }
}

/** Whether the fields can be sent: valid controls, and some sites chosen when the contract names sites. */
export function organizationFieldsReady(form: FormGroup<OrganizationControls>): boolean {
  const { hasContract, contract } = form.getRawValue();
  const sitesMissing = hasContract && contract.scope === 'some' && contract.siteIds.length === 0;
  return form.valid && !sitesMissing;
}
