import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { NewcomersApi } from '../../core/api/newcomers-api';
import {
  HOUSING_WISHES,
  HousingWish,
  MOVE_TIMINGS,
  MoveTiming,
  NewcomerIntake,
  PROJECT_KINDS,
  ProjectKind,
} from '../../core/api/newcomers.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { applyFieldErrors } from '../../shared/forms/field-errors';
import { CommunePicker } from '../../shared/territory/commune-picker';

/** The fields of the form, in their order on the page: the error summary lists them in that order. */
const FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'currentCity',
  'profession',
  'projectKind',
  'adults',
  'children',
  'wishes',
  'wishedArea',
  'housing',
  'fibreNeeded',
  'maxMinutesToStation',
  'maxMinutesToToulouse',
  'timing',
  'consent',
] as const;
type IntakeField = (typeof FIELDS)[number];

/** The API's bounds of the optional numbers (`NewcomerIntakeRequest`). */
export const HOUSEHOLD_MAX = 20;
export const MAX_MINUTES = 600;

/** An optional whole number: empty is fine, anything else must be a whole number in range. */
const wholeNumber = (min: number, max: number) => [
  Validators.min(min),
  Validators.max(max),
  Validators.pattern(/^\d+$/),
];

/** "S'installer dans le Gers": the Soho Solo programme in a few words, and the form that opens a file. */
@Component({
  selector: 'bastide-move-to-gers-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ProblemMessagePipe,
    CommunePicker,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './move-to-gers-page.html',
  styleUrl: './move-to-gers-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoveToGersPage {
  private readonly api = inject(NewcomersApi);
  private readonly language = inject(LanguageService);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  protected readonly projectKinds = PROJECT_KINDS;
  protected readonly housingWishes = HOUSING_WISHES;
  protected readonly timings = MOVE_TIMINGS;
  protected readonly householdMax = HOUSEHOLD_MAX;
  protected readonly maxMinutes = MAX_MINUTES;
  protected readonly form = new FormGroup({
    firstName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    lastName: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] }),
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    // The server's rule: digits, spaces and + . ( ) -, 6 to 30 of them.
    phone: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^\s*\+?[0-9 .()-]{6,30}\s*$/)] }),
    currentCity: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(100)],
    }),
    profession: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200)],
    }),
    projectKind: new FormControl<ProjectKind | null>(null, { validators: [Validators.required] }),
    // The household and the wishes below are optional: the officer asks for the rest on the phone.
    adults: new FormControl<number | null>(null, { validators: wholeNumber(1, HOUSEHOLD_MAX) }),
    children: new FormControl<number | null>(null, { validators: wholeNumber(0, HOUSEHOLD_MAX) }),
    wishes: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
    wishedArea: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    /** The INSEE code of a village or town they have in mind, chosen in the commune picker. */
    wishedCommuneCode: new FormControl<string | null>(null),
    housing: new FormControl<HousingWish | null>(null),
    /** `yes`, `no` or left empty (not said). */
    fibreNeeded: new FormControl<'yes' | 'no' | ''>('', { nonNullable: true }),
    maxMinutesToStation: new FormControl<number | null>(null, { validators: wholeNumber(0, MAX_MINUTES) }),
    maxMinutesToToulouse: new FormControl<number | null>(null, { validators: wholeNumber(0, MAX_MINUTES) }),
    timing: new FormControl<MoveTiming | null>(null),
    consent: new FormControl(false, { nonNullable: true, validators: [Validators.requiredTrue] }),
    // Robots fill every field they find; people never see this one (see the template).
    website: new FormControl('', { nonNullable: true }),
  });

  protected readonly submitting = signal(false);
  protected readonly sent = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  /** The fields to fix, listed above the form after a submit, each a link to its field. */
  protected readonly invalidFields = signal<readonly IntakeField[]>([]);
  protected readonly otherErrors = signal<readonly string[]>([]);

  protected fieldId(field: IntakeField): string {
    return `newcomer-${field}`;
  }

  /** Takes the reader from the summary to the field, as a link to an anchor would, and focuses it. */
  protected goTo(event: Event, field: IntakeField): void {
    event.preventDefault();
    const element = document.getElementById(this.fieldId(field));
    const grouped = field === 'projectKind' || field === 'housing' || field === 'fibreNeeded';
    (grouped ? element?.querySelector<HTMLElement>('input') : element)?.focus();
  }

  protected submit(): void {
    this.problem.set(null);
    this.otherErrors.set([]);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.showSummary();
      return;
    }
    this.submitting.set(true);
    this.api.submit(this.intake()).subscribe({
      next: () => {
        this.submitting.set(false);
        this.sent.set(true);
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.submitting.set(false);
        this.problem.set(problem);
        this.otherErrors.set(applyFieldErrors(this.form, problem));
        this.showSummary();
      },
    });
  }

  /** The form as the API takes it: optional fields left empty are left out. */
  private intake(): NewcomerIntake {
    const value = this.form.getRawValue();
    const optional: Partial<NewcomerIntake> = {};
    if (value.phone.trim()) optional.phone = value.phone.trim();
    if (value.adults !== null && `${value.adults}` !== '') optional.adults = Number(value.adults);
    if (value.children !== null && `${value.children}` !== '') optional.children = Number(value.children);
    if (value.wishedArea.trim()) optional.wishedArea = value.wishedArea.trim();
    if (value.wishedCommuneCode) optional.wishedCommuneCode = value.wishedCommuneCode;
    if (value.housing) optional.housing = value.housing;
    if (value.fibreNeeded) optional.fibreNeeded = value.fibreNeeded === 'yes';
    if (value.maxMinutesToStation !== null && `${value.maxMinutesToStation}` !== '') {
      optional.maxMinutesToStation = Number(value.maxMinutesToStation);
    }
    if (value.maxMinutesToToulouse !== null && `${value.maxMinutesToToulouse}` !== '') {
      optional.maxMinutesToToulouse = Number(value.maxMinutesToToulouse);
    }
    if (value.timing) optional.timing = value.timing;
    return {
      firstName: value.firstName,
      lastName: value.lastName,
      email: value.email,
      currentCity: value.currentCity,
      profession: value.profession,
      projectKind: value.projectKind as ProjectKind,
      wishes: value.wishes,
      ...optional,
      consent: true,
      // The acknowledgement e-mail is written in the language the form was read in.
      locale: this.language.current() === 'en' ? 'en' : 'fr',
      website: value.website,
    };
  }

  private showSummary(): void {
    this.invalidFields.set(FIELDS.filter((field) => this.form.controls[field].invalid));
    // The summary is drawn first, then takes focus so that it is read at once (GOV.UK error summary pattern).
    setTimeout(() => this.summary()?.nativeElement.focus());
  }
}
