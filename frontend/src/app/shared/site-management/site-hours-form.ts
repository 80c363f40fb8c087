import { ChangeDetectionStrategy, Component, effect, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { OpeningHours, SiteDetailView } from '../../core/api/sites.types';
import { OpeningHoursEditor } from '../opening-hours/opening-hours-editor';
import { closedWeek } from '../opening-hours/opening-hours-rules';
import { SiteManagementApi } from './site-management-api';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

/** The server's messages about a week: `openingHours` itself or one of its days (`openingHours.mon`). */
export function openingHoursErrors(problem: ApiProblem | null): string[] {
  return (problem?.errors ?? [])
    .filter(({ field }) => field === 'openingHours' || field.startsWith('openingHours.'))
    .map(({ message }) => message);
}

/** A site's week of opening hours, saved on its own: hosts change it more often than the rest. */
@Component({
  selector: 'bastide-site-hours-form',
  imports: [ProblemMessagePipe, MatButtonModule, OpeningHoursEditor, ReactiveFormsModule, TranslatePipe],
  template: `
    <section class="management-panel" aria-labelledby="site-hours-title">
      <h2 id="site-hours-title">{{ 'siteManagement.hours.title' | translate }}</h2>
      <p>{{ 'siteManagement.hours.intro' | translate }}</p>
      <form [formGroup]="form" (ngSubmit)="save()" novalidate>
        <bastide-opening-hours-editor formControlName="openingHours" [serverErrors]="serverErrors()" />
        <div class="management-panel__actions">
          <button mat-flat-button type="submit" [disabled]="saving()">
            {{ 'siteManagement.hours.save' | translate }}
          </button>
          <p class="management-panel__notice" role="status">
            @if (saved()) {
              {{ 'siteManagement.hours.saved' | translate }}
            }
          </p>
        </div>
        <div class="management-panel__problem" role="alert">
          @if (invalidOnSubmit()) {
            <p>{{ 'siteManagement.hours.fixRanges' | translate }}</p>
          } @else if (problem(); as problem) {
            <p>{{ problem | problemMessage }}</p>
          }
        </div>
      </form>
    </section>
  `,
  styleUrl: './management-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteHoursForm {
  private readonly api = inject(SiteManagementApi);
  private readonly editor = viewChild.required(OpeningHoursEditor);

  readonly site = input.required<SiteDetailView>();
  readonly changed = output<SiteDetailView>();

  protected readonly form = new FormGroup({
    openingHours: new FormControl<OpeningHours>(closedWeek(), { nonNullable: true }),
  });
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly invalidOnSubmit = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly serverErrors = signal<readonly string[]>([]);

  constructor() {
    effect(() => this.form.reset({ openingHours: this.site().openingHours }));
  }

  protected save(): void {
    this.saved.set(false);
    this.problem.set(null);
    this.serverErrors.set([]);
    if (this.form.invalid) {
      this.invalidOnSubmit.set(true);
      this.editor().revealProblems();
      return;
    }
    this.invalidOnSubmit.set(false);
    this.saving.set(true);
    this.api.updateSite(this.site().id, { openingHours: this.form.getRawValue().openingHours }).subscribe({
      next: (site) => {
        this.saving.set(false);
        this.saved.set(true);
        this.changed.emit(site);
      },
      error: (error: unknown) => {
        const problem = asApiProblem(error);
        this.saving.set(false);
        this.problem.set(problem);
        this.serverErrors.set(openingHoursErrors(problem));
      },
    });
  }
}
