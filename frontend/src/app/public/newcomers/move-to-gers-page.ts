import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { NewcomersApi } from '../../core/api/newcomers-api';
import { PROJECT_KINDS, ProjectKind } from '../../core/api/newcomers.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { applyFieldErrors } from '../../shared/forms/field-errors';

/** The fields of the form, in their order on the page: the error summary lists them in that order. */
const FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'currentCity',
  'profession',
  'projectKind',
  'wishes',
  'consent',
] as const;
type IntakeField = (typeof FIELDS)[number];

/** "S'installer dans le Gers": the Soho Solo programme in a few words, and the form that opens a file. */
@Component({
  selector: 'bastide-move-to-gers-page',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    ProblemMessagePipe,
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
    wishes: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(4000)] }),
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
    (field === 'projectKind' ? element?.querySelector<HTMLElement>('input') : element)?.focus();
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
    const { phone, projectKind, ...value } = this.form.getRawValue();
    this.api
      .submit({
        ...value,
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        projectKind: projectKind as ProjectKind,
        consent: true,
        // The acknowledgement e-mail is written in the language the form was read in.
        locale: this.language.current() === 'en' ? 'en' : 'fr',
      })
      .subscribe({
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

  private showSummary(): void {
    this.invalidFields.set(FIELDS.filter((field) => this.form.controls[field].invalid));
    // The summary is drawn first, then takes focus so that it is read at once (GOV.UK error summary pattern).
    setTimeout(() => this.summary()?.nativeElement.focus());
  }
}
