import { ChangeDetectionStrategy, Component, ElementRef, effect, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { SiteDetailView } from '../../core/api/sites.types';
import { applyFieldErrors, focusFirstInvalidField } from '../forms/field-errors';
import { SiteManagementApi } from './site-management-api';

export type CancellationCutoff = SiteDetailView['cancellationCutoff'];
export type CutoffKind = CancellationCutoff['kind'];
export const CUTOFF_KINDS: readonly CutoffKind[] = ['until_start', 'minutes_before', 'day_before_at'];

/** The API's limits: a week's notice at most, access instructions of 2,000 characters. */
export const MAX_CUTOFF_HOURS = 168;
export const ACCESS_INSTRUCTIONS_MAX_LENGTH = 2000;
const DEFAULT_CUTOFF_HOURS = 24;
const DEFAULT_DAY_BEFORE_TIME = '18:00';
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The cut-off the form describes. Hosts count notice in hours (half-hours allowed); the API counts minutes,
 * so that "24 hours" stays "the same time the day before" across a change of summer time.
 */
export function cutoffOf(kind: CutoffKind, hours: number | null, time: string): CancellationCutoff {
  switch (kind) {
    case 'until_start':
      return { kind };
    case 'minutes_before':
      return { kind, minutes: Math.round((hours ?? 0) * 60) };
    case 'day_before_at':
      return { kind, time };
  }
}

/**
 * How a site runs its bookings: until when members may cancel, whether they must say they have arrived and
 * when the bookings of those who did not are released, and how to get in (sent with each confirmation).
 */
@Component({
  selector: 'bastide-site-booking-settings-form',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <section class="management-panel" aria-labelledby="site-booking-settings-title">
      <h2 id="site-booking-settings-title">{{ 'siteManagement.bookingSettings.title' | translate }}</h2>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <fieldset class="management-panel__choices">
          <legend id="site-booking-settings-cutoff">{{ 'siteManagement.bookingSettings.cutoff' | translate }}</legend>
          <p>{{ 'siteManagement.bookingSettings.cutoffNote' | translate }}</p>
          <mat-radio-group
            class="booking-settings__kinds"
            formControlName="cutoffKind"
            aria-labelledby="site-booking-settings-cutoff"
          >
            @for (kind of kinds; track kind) {
              <mat-radio-button [value]="kind">{{
                'siteManagement.bookingSettings.cutoffKinds.' + kind | translate
              }}</mat-radio-button>
            }
          </mat-radio-group>
          @if (cutoffKind() === 'minutes_before') {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'siteManagement.bookingSettings.cutoffHours' | translate }}</mat-label>
              <input
                matInput
                type="number"
                inputmode="decimal"
                min="0.5"
                step="0.5"
                [max]="maxCutoffHours"
                formControlName="cutoffHours"
                required
              />
              <mat-hint>{{ 'siteManagement.bookingSettings.cutoffHoursHint' | translate }}</mat-hint>
              @if (form.controls.cutoffHours.invalid) {
                <mat-error>{{
                  'siteManagement.bookingSettings.cutoffHoursInvalid' | translate: { max: maxCutoffHours }
                }}</mat-error>
              }
            </mat-form-field>
          } @else if (cutoffKind() === 'day_before_at') {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'siteManagement.bookingSettings.cutoffTime' | translate }}</mat-label>
              <input matInput type="time" formControlName="cutoffTime" required />
              @if (form.controls.cutoffTime.invalid) {
                <mat-error>{{ 'siteManagement.bookingSettings.timeInvalid' | translate }}</mat-error>
              }
            </mat-form-field>
          }
        </fieldset>

        <fieldset class="management-panel__choices">
          <legend>{{ 'siteManagement.bookingSettings.arrival' | translate }}</legend>
          <mat-checkbox formControlName="checkInRequired">{{
            'siteManagement.bookingSettings.checkInRequired' | translate
          }}</mat-checkbox>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'siteManagement.bookingSettings.noShowReleaseTime' | translate }}</mat-label>
            <input matInput type="time" formControlName="noShowReleaseTime" required />
            <mat-hint>{{ 'siteManagement.bookingSettings.noShowReleaseTimeHint' | translate }}</mat-hint>
            @if (form.controls.noShowReleaseTime.hasError('server')) {
              <mat-error>{{ form.controls.noShowReleaseTime.getError('server') }}</mat-error>
            } @else if (form.controls.noShowReleaseTime.invalid) {
              <mat-error>{{ 'siteManagement.bookingSettings.timeInvalid' | translate }}</mat-error>
            }
          </mat-form-field>
        </fieldset>

        <mat-form-field appearance="outline" class="management-panel__wide">
          <mat-label>{{ 'siteManagement.bookingSettings.accessInstructions' | translate }}</mat-label>
          <textarea
            matInput
            formControlName="accessInstructions"
            rows="3"
            [maxlength]="accessInstructionsMaxLength"
          ></textarea>
          <mat-hint>{{ 'siteManagement.bookingSettings.accessInstructionsHint' | translate }}</mat-hint>
          @if (form.controls.accessInstructions.hasError('server')) {
            <mat-error>{{ form.controls.accessInstructions.getError('server') }}</mat-error>
          }
        </mat-form-field>

        <div class="management-panel__actions">
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ 'siteManagement.bookingSettings.save' | translate }}
          </button>
          <p class="management-panel__notice" role="status">
            @if (saved()) {
              {{ 'siteManagement.bookingSettings.saved' | translate }}
            }
          </p>
        </div>
        <div class="management-panel__problem" role="alert">
          @if (problem(); as problem) {
            <p>{{ problem | problemMessage }}</p>
            @for (message of otherErrors(); track message) {
              <p>{{ message }}</p>
            }
          }
        </div>
      </form>
    </section>
  `,
  styleUrl: './management-panel.scss',
  styles: `
    .booking-settings__kinds {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      margin-bottom: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteBookingSettingsForm {
  private readonly api = inject(SiteManagementApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly site = input.required<SiteDetailView>();
  readonly changed = output<SiteDetailView>();

  protected readonly kinds = CUTOFF_KINDS;
  protected readonly maxCutoffHours = MAX_CUTOFF_HOURS;
  protected readonly accessInstructionsMaxLength = ACCESS_INSTRUCTIONS_MAX_LENGTH;
  protected readonly form = new FormGroup({
    cutoffKind: new FormControl<CutoffKind>('until_start', { nonNullable: true }),
    cutoffHours: new FormControl<number | null>(DEFAULT_CUTOFF_HOURS, [
      Validators.required,
      Validators.min(0.5),
      Validators.max(MAX_CUTOFF_HOURS),
    ]),
    cutoffTime: new FormControl(DEFAULT_DAY_BEFORE_TIME, {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(LOCAL_TIME)],
    }),
    checkInRequired: new FormControl(false, { nonNullable: true }),
    noShowReleaseTime: new FormControl('10:30', {
      nonNullable: true,
      validators: [Validators.required, Validators.pattern(LOCAL_TIME)],
    }),
    accessInstructions: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(ACCESS_INSTRUCTIONS_MAX_LENGTH),
    }),
  });
  protected readonly cutoffKind = toSignal(this.form.controls.cutoffKind.valueChanges, {
    initialValue: this.form.controls.cutoffKind.value,
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  /** The server's messages that no field shows (about the cut-off as a whole). */
  protected readonly otherErrors = signal<readonly string[]>([]);

  constructor() {
    effect(() => {
      const site = this.site();
      const cutoff = site.cancellationCutoff;
      this.form.reset({
        cutoffKind: cutoff.kind,
        cutoffHours: cutoff.kind === 'minutes_before' && cutoff.minutes ? cutoff.minutes / 60 : DEFAULT_CUTOFF_HOURS,
        cutoffTime: cutoff.kind === 'day_before_at' && cutoff.time ? cutoff.time : DEFAULT_DAY_BEFORE_TIME,
        checkInRequired: site.checkInRequired,
        noShowReleaseTime: site.noShowReleaseTime,
        accessInstructions: site.accessInstructions ?? '',
      });
    });
  }

  protected save(): void {
    const { cutoffKind, cutoffHours, cutoffTime, checkInRequired, noShowReleaseTime, accessInstructions } =
      this.form.getRawValue();
    // Only the fields of the chosen kind of cut-off count.
    const relevant = [
      this.form.controls.noShowReleaseTime,
      this.form.controls.accessInstructions,
      ...(cutoffKind === 'minutes_before' ? [this.form.controls.cutoffHours] : []),
      ...(cutoffKind === 'day_before_at' ? [this.form.controls.cutoffTime] : []),
    ];
    if (relevant.some((control) => control.invalid)) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    this.saving.set(true);
    this.saved.set(false);
    this.problem.set(null);
    this.otherErrors.set([]);
    this.api
      .updateSite(this.site().id, {
        cancellationCutoff: cutoffOf(cutoffKind, cutoffHours, cutoffTime),
        checkInRequired,
        noShowReleaseTime,
        // Blank instructions are none: the confirmation mail then says nothing about access.
        accessInstructions: accessInstructions.trim() || null,
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
          this.otherErrors.set(applyFieldErrors(this.form, problem));
          setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
        },
      });
  }
}
