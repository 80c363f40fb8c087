import { ChangeDetectionStrategy, Component, computed, inject, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { filter, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { BookingApi } from '../../core/api/booking-api';
import { BookingSeries } from '../../core/api/booking.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { longDate } from '../../core/time/local-dates';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';

const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** "Mes séries": the weekly bookings the member set up, with their next dates, and a way to stop one. */
@Component({
  selector: 'bastide-my-series-section',
  imports: [LoadProblem, MatButtonModule, ProblemMessagePipe, TranslatePipe],
  template: `
    <section aria-labelledby="series-title">
      <h2 id="series-title">{{ 'series.mine.title' | translate }}</h2>
      <div role="status" aria-live="polite">
        @if (stopped(); as stopped) {
          <p class="standing-cards__note">{{ 'series.mine.stopped' | translate: { site: stopped.siteName } }}</p>
        }
      </div>
      @if (failure(); as failure) {
        <p class="standing-cards__note standing-cards__note--error" role="alert">{{ failure | problemMessage }}</p>
      }
      @if (problem(); as problem) {
        <bastide-load-problem [problem]="problem" messageKey="series.mine.loadFailed" (retry)="reload()" />
      }
      @if (series(); as series) {
        <ul class="standing-cards__list">
          @for (one of series; track one.id) {
            <li class="standing-cards__item">
              <div>
                <p class="standing-cards__what">{{ describe(one) }}</p>
                <p>{{ 'series.mine.span' | translate: span(one) }}</p>
                @if (one.cancelledAt) {
                  <p>{{ 'series.mine.cancelled' | translate }}</p>
                } @else if (one.nextDates.length) {
                  <p>{{ 'series.mine.next' | translate: { dates: nextDates(one) } }}</p>
                } @else {
                  <p>{{ 'series.mine.nothingLeft' | translate }}</p>
                }
              </div>
              @if (!one.cancelledAt && one.upcomingCount > 0) {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="acting() === one.id"
                  [attr.aria-label]="'series.mine.stopLabel' | translate: { what: describe(one) }"
                  (click)="stop(one)"
                >
                  {{ 'series.mine.stop' | translate }}
                </button>
              }
            </li>
          } @empty {
            <li>{{ 'series.mine.none' | translate }}</li>
          }
        </ul>
      }
    </section>
  `,
  styleUrl: './standing-cards.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MySeriesSection {
  private readonly api = inject(BookingApi);
  private readonly confirmer = inject(Confirmer);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);

  private readonly found = rxResource({ stream: () => this.api.mySeries() });
  protected readonly series = computed(() => (this.found.hasValue() ? this.found.value().items : null));
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly stopped = signal<BookingSeries | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly acting = signal<string | null>(null);
  /** Bookings were cancelled: the page's list of bookings is out of date. */
  readonly changed = output<void>();

  /** "Un bureau, le mardi et le jeudi, matin, à Tiers-lieu d'Auch". */
  protected describe(series: BookingSeries): string {
    this.language.current();
    const days = series.weekdays.map((day) => this.translate.instant(`days.${WEEKDAY_KEYS[day - 1]}`) as string);
    return this.translate.instant('series.mine.what', {
      what: series.resourceName ?? (this.translate.instant(`booking.kinds.${series.kind}`) as string),
      days: days.join(', '),
      slot: this.translate.instant(`booking.slots.${series.slot}`) as string,
      site: series.siteName,
    }) as string;
  }

  protected span(series: BookingSeries): { from: string; until: string } {
    const language = this.language.current();
    return { from: longDate(series.from, language), until: longDate(series.until, language) };
  }

  protected nextDates(series: BookingSeries): string {
    const language = this.language.current();
    return series.nextDates
      .slice(0, 3)
      .map((date) => longDate(date, language))
      .join(', ');
  }

  protected stop(series: BookingSeries): void {
    this.confirmer
      .confirm({
        titleKey: 'series.mine.confirmTitle',
        messageKey: 'series.mine.confirmMessage',
        confirmKey: 'series.mine.stop',
        params: { what: this.describe(series), count: series.upcomingCount },
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.acting.set(series.id);
          this.stopped.set(null);
          this.failure.set(null);
          return this.api.cancelSeries(series.id);
        }),
      )
      .subscribe({
        next: () => {
          this.acting.set(null);
          this.stopped.set(series);
          this.found.reload();
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.acting.set(null);
          this.failure.set(asApiProblem(error));
        },
      });
  }

  reload(): void {
    this.found.reload();
  }
}
