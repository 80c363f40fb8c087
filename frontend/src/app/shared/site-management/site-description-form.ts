import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { SITE_AMENITIES, SiteAmenity, SiteDetailView } from '../../core/api/sites.types';
import { applyFieldErrors, focusFirstInvalidField } from '../forms/field-errors';
import { SiteManagementApi } from './site-management-api';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export const DESCRIPTION_MAX_LENGTH = 5000;
export const FIBRE_MAX_MBPS = 100_000;

/** What a site says about itself on its public page: a description, its amenities, its fibre speed. */
@Component({
  selector: 'bastide-site-description-form',
  imports: [
    ProblemMessagePipe,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <section class="management-panel" aria-labelledby="site-description-title">
      <h2 id="site-description-title">{{ 'siteManagement.description.title' | translate }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <mat-form-field appearance="outline" class="management-panel__wide">
          <mat-label>{{ 'siteManagement.description.text' | translate }}</mat-label>
          <textarea matInput formControlName="description" rows="5" [maxlength]="descriptionMaxLength"></textarea>
          <mat-hint>{{ 'siteManagement.description.textHint' | translate }}</mat-hint>
          @if (form.controls.description.hasError('server')) {
            <mat-error>{{ form.controls.description.getError('server') }}</mat-error>
          }
        </mat-form-field>

        <fieldset class="management-panel__choices">
          <legend>{{ 'siteManagement.description.amenities' | translate }}</legend>
          <div class="management-panel__checkboxes" formGroupName="amenities">
            @for (amenity of amenities; track amenity) {
              <mat-checkbox [formControlName]="amenity">{{ 'amenities.' + amenity | translate }}</mat-checkbox>
            }
          </div>
        </fieldset>

        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'siteManagement.description.fibre' | translate }}</mat-label>
          <input matInput type="number" inputmode="numeric" min="1" [max]="fibreMax" formControlName="fibreMbps" />
          <mat-hint>{{ 'siteManagement.description.fibreHint' | translate }}</mat-hint>
          @if (form.controls.fibreMbps.hasError('server')) {
            <mat-error>{{ form.controls.fibreMbps.getError('server') }}</mat-error>
          } @else if (form.controls.fibreMbps.invalid) {
            <mat-error>{{ 'siteManagement.description.fibreInvalid' | translate: { max: fibreMax } }}</mat-error>
          }
        </mat-form-field>

        <div class="management-panel__actions">
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ 'siteManagement.description.save' | translate }}
          </button>
          <p class="management-panel__notice" role="status">
            @if (saved()) {
              {{ 'siteManagement.description.saved' | translate }}
            }
          </p>
        </div>
        <div class="management-panel__problem" role="alert">
          @if (problem(); as problem) {
            <p>{{ problem | problemMessage }}</p>
          }
        </div>
      </form>
    </section>
  `,
  styleUrl: './management-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteDescriptionForm {
  private readonly api = inject(SiteManagementApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly site = input.required<SiteDetailView>();
  readonly changed = output<SiteDetailView>();

  protected readonly amenities = SITE_AMENITIES;
  protected readonly descriptionMaxLength = DESCRIPTION_MAX_LENGTH;
  protected readonly fibreMax = FIBRE_MAX_MBPS;
  protected readonly form = new FormGroup({
    description: new FormControl('', { nonNullable: true, validators: Validators.maxLength(DESCRIPTION_MAX_LENGTH) }),
    amenities: new FormGroup(
      Object.fromEntries(
        SITE_AMENITIES.map((amenity) => [amenity, new FormControl(false, { nonNullable: true })]),
      ) as Record<SiteAmenity, FormControl<boolean>>,
    ),
    fibreMbps: new FormControl<number | null>(null, [Validators.min(1), Validators.max(FIBRE_MAX_MBPS)]),
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);

  constructor() {
    effect(() => {
      const site = this.site();
      this.form.reset({
        description: site.description ?? '',
        amenities: Object.fromEntries(SITE_AMENITIES.map((amenity) => [amenity, site.amenities.includes(amenity)])),
        fibreMbps: site.fibreMbps,
      });
    });
  }

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { description, amenities, fibreMbps } = this.form.getRawValue();
    this.saving.set(true);
    this.saved.set(false);
    this.problem.set(null);
    this.api
      .updateSite(this.site().id, {
        description: description.trim() || null,
        amenities: SITE_AMENITIES.filter((amenity) => amenities[amenity]),
        // An emptied number field reads as null: the speed is then unknown rather than zero.
        fibreMbps: fibreMbps ?? null,
      })
      .subscribe({
        next: (site) => {
          this.saving.set(false);
          this.saved.set(true);
          this.changed.emit(site);
        },
        error: (error: unknown) => {
          const problem = asApiProblem(error);
          this.saving.set(false);
          this.problem.set(problem);
          applyFieldErrors(this.form, problem);
        },
      });
  }
}
