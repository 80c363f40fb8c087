import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { BookingApi, newIdempotencyKey } from '../../core/api/booking-api';
import { BookingSeriesCreated, DaySlot, SeriesConflict } from '../../core/api/booking.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { ResourceKind } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { addDays, isoWeekday, longDate } from '../../core/time/local-dates';

/** What the series repeats: the search's site, kind, half-day and first date. */
export interface SeriesDialogData {
  siteId: string;
  siteName: string;
  kind: ResourceKind;
  slot: DaySlot;
  from: string;
}

/** A series runs eight weeks unless the member says otherwise: two months of telework days. */
const DEFAULT_WEEKS = 8;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/**
 * "Chaque semaine": the same weekdays at a site until a date. Each date is booked on its own; the answer
 * lists what was booked and, date by date, what could not be and why, in the dialog itself.
 */
@Component({
  selector: 'bastide-series-dialog',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemMessagePipe,
    TranslatePipe,
  ],
  template: `
    <h2 mat-dialog-title>{{ 'series.dialog.title' | translate: { site: data.siteName } }}</h2>
    <mat-dialog-content>
      @if (created(); as created) {
        <div role="status">
          <p>
            <strong>{{ 'series.dialog.created' | translate: { count: created.created.length } }}</strong>
          </p>
          @if (created.conflicts.length) {
            <p>{{ 'series.dialog.conflictsTitle' | translate }}</p>
            <ul>
              @for (conflict of created.conflicts; track conflict.date) {
                <li>{{ dateWords(conflict.date) }} — {{ reasonWords(conflict) }}</li>
              }
            </ul>
          }
        </div>
      } @else {
        <p>
          {{
            'series.dialog.what'
              | translate
                : { kind: ('booking.kinds.' + data.kind | translate), slot: ('booking.slots.' + data.slot | translate) }
          }}
        </p>
        <fieldset class="series-dialog__days">
          <legend>{{ 'series.dialog.weekdays' | translate }}</legend>
          @for (weekday of weekdays; track weekday) {
            <mat-checkbox [checked]="chosen().includes(weekday)" (change)="toggle(weekday, $event.checked)">
              {{ 'days.' + weekdayKeys[weekday - 1] | translate }}
            </mat-checkbox>
          }
        </fieldset>
        <div class="series-dialog__dates">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'series.dialog.from' | translate }}</mat-label>
            <input matInput type="date" [value]="from()" (change)="from.set(value($event))" />
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'series.dialog.until' | translate }}</mat-label>
            <input matInput type="date" [min]="from()" [value]="until()" (change)="until.set(value($event))" />
          </mat-form-field>
        </div>
        @if (problem(); as problem) {
          <p class="series-dialog__error" role="alert">{{ problem | problemMessage }}</p>
        }
        @if (noDay()) {
          <p class="series-dialog__error" role="alert">{{ 'series.dialog.noDay' | translate }}</p>
        }
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      @if (created()) {
        <button mat-flat-button type="button" [mat-dialog-close]="true" cdkFocusInitial>
          {{ 'series.dialog.close' | translate }}
        </button>
      } @else {
        <button mat-button type="button" [mat-dialog-close]="false">{{ 'confirmDialog.cancel' | translate }}</button>
        <button mat-flat-button type="button" [disabled]="saving()" (click)="create()">
          {{ 'series.dialog.create' | translate }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    .series-dialog__days {
      display: flex;
      flex-wrap: wrap;
      margin: 0 0 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-extra-small);
    }

    .series-dialog__dates {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }

    .series-dialog__error {
      color: var(--mat-sys-error);
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SeriesDialog {
  private readonly api = inject(BookingApi);
  private readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly data = inject<SeriesDialogData>(MAT_DIALOG_DATA);

  protected readonly weekdays = WEEKDAYS;
  protected readonly weekdayKeys = WEEKDAY_KEYS;
  protected readonly chosen = signal<number[]>([isoWeekday(this.data.from)]);
  protected readonly from = signal(this.data.from);
  protected readonly until = signal(addDays(this.data.from, DEFAULT_WEEKS * 7 - 1));
  protected readonly saving = signal(false);
  protected readonly problem = signal<ApiProblem | null>(null);
  protected readonly noDay = signal(false);
  protected readonly created = signal<BookingSeriesCreated | null>(null);
  /** One key for this dialog's series, so that a retried request creates it once. */
  private idempotencyKey = newIdempotencyKey();

  protected readonly sortedDays = computed(() => [...this.chosen()].sort());

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected toggle(weekday: number, checked: boolean): void {
    this.chosen.update((days) => (checked ? [...days, weekday] : days.filter((day) => day !== weekday)));
  }

  protected dateWords(date: string): string {
    return longDate(date, this.language.current());
  }

  /** The reason is a problem type: its words in the reader's language, or the server's. */
  protected reasonWords(conflict: SeriesConflict): string {
    const key = `problems.${conflict.reason}`;
    const words = this.translate.instant(key) as string;
    return words === key ? conflict.detail : words;
  }

  protected create(): void {
    this.noDay.set(this.chosen().length === 0);
    if (this.noDay()) {
      return;
    }
    this.saving.set(true);
    this.problem.set(null);
    this.api
      .createSeries(
        {
          siteId: this.data.siteId,
          kind: this.data.kind,
          slot: this.data.slot,
          weekdays: this.sortedDays(),
          from: this.from(),
          until: this.until(),
        },
        this.idempotencyKey,
      )
      .subscribe({
        next: (created) => {
          this.saving.set(false);
          this.created.set(created);
        },
        error: (error: unknown) => {
          const problem = asApiProblem(error);
          this.saving.set(false);
          this.problem.set(problem);
          // Refused, so nothing was created: a corrected request is a new one. Unanswered, it may have
          // been created: the retry keeps the key and gets the first answer.
          if (problem.status >= 400 && problem.status < 500) {
            this.idempotencyKey = newIdempotencyKey();
          }
        },
      });
  }
}
