import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { OpeningHours } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { applyFieldErrors, fieldError, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { OpeningHoursEditor } from '../../shared/opening-hours/opening-hours-editor';
import { openingHoursErrors } from '../../shared/site-management/site-hours-form';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';
import { CommunePicker } from '../../shared/territory/commune-picker';
import { NetworkNav } from '../network-nav';
import { provideGersCommunes } from './gers-communes';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export const SITE_NAME_MAX_LENGTH = 120;
export const ADDRESS_MAX_LENGTH = 300;
export const SITE_TIME_ZONE = 'Europe/Paris';

/** Where a new site starts: the hours most tiers-lieux of the network keep, ready to adjust. */
export function usualWeek(): OpeningHours {
  const workday = [
    ['09:00', '12:30'],
    ['13:30', '18:00'],
  ];
  return { mon: workday, tue: workday, wed: workday, thu: workday, fri: workday, sat: [], sun: [] };
}

/** A new site of the network: it starts as a draft, which only officers and its hosts see. */
@Component({
  selector: 'bastide-create-site-page',
  imports: [
    ProblemMessagePipe,
    CommunePicker,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    NetworkNav,
    OpeningHoursEditor,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  templateUrl: './create-site-page.html',
  styleUrl: './create-site-page.scss',
  providers: [provideGersCommunes()],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateSitePage {
  private readonly api = inject(SiteManagementApi);
  private readonly router = inject(Router);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly hoursEditor = viewChild.required(OpeningHoursEditor);

  protected readonly nameMaxLength = SITE_NAME_MAX_LENGTH;
  protected readonly addressMaxLength = ADDRESS_MAX_LENGTH;
  protected readonly form = new FormGroup({
    name: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(SITE_NAME_MAX_LENGTH)],
    }),
    address: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(ADDRESS_MAX_LENGTH)],
    }),
    latitude: new FormControl<number | null>(null, [Validators.required, Validators.min(-90), Validators.max(90)]),
    longitude: new FormControl<number | null>(null, [Validators.required, Validators.min(-180), Validators.max(180)]),
    openingHours: new FormControl<OpeningHours>(usualWeek(), { nonNullable: true }),
  });
  protected readonly communeCode = signal<string | null>(null);
  /** Set once a submit was tried, so the missing commune is said only after that. */
  protected readonly attempted = signal(false);
  protected readonly submitting = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly otherErrors = signal<readonly string[]>([]);
  protected readonly communeError = computed(() => {
    const fromServer = fieldError(this.problem(), 'communeCode');
    if (fromServer) {
      return fromServer;
    }
    // The picker shows the message as given: it is translated here, again when the language changes.
    this.language.current();
    return this.attempted() && !this.communeCode() ? this.translate.instant('admin.createSite.communeRequired') : null;
  });
  protected readonly hoursErrors = computed(() => openingHoursErrors(this.problem()));

  protected submit(): void {
    this.attempted.set(true);
    this.problem.set(null);
    this.otherErrors.set([]);
    const communeCode = this.communeCode();
    if (this.form.invalid || !communeCode) {
      this.form.markAllAsTouched();
      this.hoursEditor().revealProblems();
      setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
      return;
    }
    const { name, address, latitude, longitude, openingHours } = this.form.getRawValue();
    this.submitting.set(true);
    this.api
      .createSite({
        name: name.trim(),
        communeCode,
        address: address.trim(),
        latitude: latitude ?? 0,
        longitude: longitude ?? 0,
        openingHours,
        timezone: SITE_TIME_ZONE,
      })
      .subscribe({
        next: (site) => void this.router.navigate(['/reseau/lieux', site.id], { state: { created: true } }),
        error: (error: unknown) => {
          const problem = asApiProblem(error);
          this.submitting.set(false);
          this.problem.set(problem);
          const shownElsewhere = problem.errors
            .map(({ field }) => field)
            .filter((field) => field === 'communeCode' || field.startsWith('openingHours'));
          this.otherErrors.set(applyFieldErrors(this.form, problem, shownElsewhere));
          setTimeout(() => focusFirstInvalidField(this.host.nativeElement));
        },
      });
  }
}
