import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { map } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { ClosureView, SiteDetailView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { applyFieldErrors, focusFirstInvalidField } from '../forms/field-errors';
import { LoadProblem } from '../ui/load-problem';
import { SiteManagementApi } from './site-management-api';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';

export const CLOSURE_REASON_MAX_LENGTH = 300;

/** Today's date where the site is (`2026-12-24`): a closure is a day of the site's calendar, not the browser's. */
export function localDateIn(timeZone: string, now: Date = new Date()): string {
  // Canadian English writes dates the ISO way.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "jeudi 24 décembre 2026" in the reader's language. */
function longDate(date: string, language: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}

/** Days the site closes outside its week (works, holidays of the team): listed, added, removed. */
@Component({
  selector: 'bastide-site-closures-panel',
  imports: [
    ProblemMessagePipe,
    LoadProblem,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  template: `
    <section class="management-panel" aria-labelledby="site-closures-title">
      <h2 id="site-closures-title" tabindex="-1">{{ 'siteManagement.closures.title' | translate }}</h2>
      @if (loadProblem(); as problem) {
        <bastide-load-problem [problem]="problem" messageKey="siteManagement.closures.loadFailed" (retry)="reload()" />
      } @else if (closures().length > 0) {
        <ul class="management-panel__list">
          @for (closure of closures(); track closure.id) {
            <li>
              <span>
                <time [attr.datetime]="closure.date">{{ closure.label }}</time>
                @if (closure.reason) {
                  — {{ closure.reason }}
                }
              </span>
              <button mat-button type="button" (click)="remove(closure)" [disabled]="busy()">
                {{ 'siteManagement.closures.remove' | translate }}
                <span class="visually-hidden">{{ closure.label }}</span>
              </button>
            </li>
          }
        </ul>
      } @else if (!loading()) {
        <p class="management-panel__empty">{{ 'siteManagement.closures.none' | translate }}</p>
      }

      <h3>{{ 'siteManagement.closures.addTitle' | translate }}</h3>
      <form #addForm="ngForm" [formGroup]="form" (ngSubmit)="add()" novalidate>
        <div class="management-panel__row">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'siteManagement.closures.date' | translate }}</mat-label>
            <input matInput type="date" formControlName="date" required [min]="today()" />
            @if (form.controls.date.hasError('server')) {
              <mat-error>{{ form.controls.date.getError('server') }}</mat-error>
            } @else if (form.controls.date.invalid) {
              <mat-error>{{ 'siteManagement.closures.dateRequired' | translate }}</mat-error>
            }
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'siteManagement.closures.reason' | translate }}</mat-label>
            <input matInput formControlName="reason" [maxlength]="reasonMaxLength" />
            @if (form.controls.reason.hasError('server')) {
              <mat-error>{{ form.controls.reason.getError('server') }}</mat-error>
            }
          </mat-form-field>
        </div>
        <p class="management-panel__empty">{{ 'siteManagement.closures.bookingsWarning' | translate }}</p>
        <div class="management-panel__actions">
          <button mat-flat-button type="submit" [disabled]="busy()">
            {{ 'siteManagement.closures.add' | translate }}
          </button>
          <p class="management-panel__notice" role="status">{{ notice() }}</p>
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
export class SiteClosuresPanel {
  private readonly api = inject(SiteManagementApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly addForm = viewChild.required('addForm', { read: FormGroupDirective });

  readonly site = input.required<SiteDetailView>();

  protected readonly reasonMaxLength = CLOSURE_REASON_MAX_LENGTH;
  // Primitives, so that a saved change elsewhere on the page (a new site object) does not reload the list.
  private readonly siteId = computed(() => this.site().id);
  protected readonly today = computed(() => localDateIn(this.site().timezone));
  protected readonly form = new FormGroup({
    date: new FormControl('', { nonNullable: true, validators: Validators.required }),
    reason: new FormControl('', { nonNullable: true, validators: Validators.maxLength(CLOSURE_REASON_MAX_LENGTH) }),
  });
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly problem = signal<ApiProblem | null>(null);

  private readonly found = rxResource({
    params: () => ({ siteId: this.siteId(), from: this.today() }),
    stream: ({ params }) => this.api.closures(params.siteId, params.from).pipe(map((page) => page.items)),
  });
  protected readonly loading = this.found.isLoading;
  protected readonly loadProblem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly closures = computed(() => {
    const language = this.language.current();
    const closures = this.found.hasValue() ? this.found.value() : [];
    return closures.map((closure) => ({ ...closure, label: longDate(closure.date, language) }));
  });

  protected reload(): void {
    this.found.reload();
  }

  protected add(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { date, reason } = this.form.getRawValue();
    this.start();
    this.api.addClosure(this.site().id, { date, reason: reason.trim() || null }).subscribe({
      next: (closure) => {
        this.busy.set(false);
        this.found.update((closures) => [...(closures ?? []), closure].sort((a, b) => a.date.localeCompare(b.date)));
        // Through the directive, so the form is no longer "submitted" and its emptied date shows no error.
        this.addForm().resetForm({ date: '', reason: '' });
        this.notice.set(this.say('siteManagement.closures.added', closure));
      },
      error: (error: unknown) => this.fail(error, true),
    });
  }

  protected remove(closure: ClosureView & { label: string }): void {
    this.start();
    this.api.removeClosure(this.site().id, closure.id).subscribe({
      next: () => {
        this.busy.set(false);
        this.found.update((closures) => (closures ?? []).filter((candidate) => candidate.id !== closure.id));
        this.notice.set(this.say('siteManagement.closures.removed', closure));
        // The button pressed is gone: focus goes to the list's heading, where the reader can go on.
        this.host.nativeElement.querySelector<HTMLElement>('h2')?.focus();
      },
      error: (error: unknown) => this.fail(error, false),
    });
  }

  private say(key: string, closure: ClosureView): string {
    return this.translate.instant(key, { date: longDate(closure.date, this.language.current()) });
  }

  private start(): void {
    this.busy.set(true);
    this.notice.set('');
    this.problem.set(null);
  }

  private fail(error: unknown, onForm: boolean): void {
    const problem = asApiProblem(error);
    this.busy.set(false);
    this.problem.set(problem);
    if (onForm) {
      applyFieldErrors(this.form, problem);
    }
  }
}
