import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { BookingApi } from '../../core/api/booking-api';
import { BookingView } from '../../core/api/booking.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { addDays, localDateAt } from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { BookingLine, BookingWords, describeBooking } from '../../shared/booking/booking-line';
import { QuotaSummary } from '../../shared/booking/quota-summary';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { MySeriesSection } from './my-series-section';
import { MyWaitlistSection } from './my-waitlist-section';

/** How far back "past bookings" reach: a season is what a member looks back on. */
export const PAST_DAYS_SHOWN = 90;
/** The API opens check-in this long before the start. */
const CHECK_IN_EARLY_MS = 30 * 60_000;

interface Announcement {
  key: string;
  booking: BookingView;
}

/** "Mes réservations": what is to come (to cancel, or to check in on arrival) and what is past. */
@Component({
  selector: 'bastide-my-bookings-page',
  imports: [
    BookingLine,
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MySeriesSection,
    MyWaitlistSection,
    ProblemMessagePipe,
    QuotaSummary,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './my-bookings-page.html',
  styleUrl: './my-bookings-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyBookingsPage {
  private readonly api = inject(BookingApi);
  private readonly confirmer = inject(Confirmer);
  private readonly now = inject(NOW);
  protected readonly language = inject(LanguageService);

  private readonly found = rxResource({
    stream: () => this.api.myBookings({ from: addDays(localDateAt(this.now()), -PAST_DAYS_SHOWN) }),
  });
  /** Bookings changed here since the list was loaded (cancelled, checked in), by id. */
  private readonly changed = signal<Readonly<Record<string, BookingView>>>({});

  private readonly bookings = computed(() => {
    const changed = this.changed();
    const items = this.found.hasValue() ? this.found.value().items : [];
    return items.map((booking) => changed[booking.id] ?? booking);
  });
  protected readonly upcoming = computed(() => {
    const now = this.now().getTime();
    return this.bookings().filter((booking) => new Date(booking.end).getTime() > now);
  });
  /** Most recent first. */
  protected readonly past = computed(() => {
    const now = this.now().getTime();
    return this.bookings()
      .filter((booking) => new Date(booking.end).getTime() <= now)
      .reverse();
  });
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  private readonly quota = viewChild(QuotaSummary);
  protected readonly announcement = signal<Announcement | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly acting = signal<string | null>(null);

  protected mayCancel(booking: BookingView): boolean {
    return booking.status === 'confirmed';
  }

  protected mayCheckIn(booking: BookingView): boolean {
    const now = this.now().getTime();
    return (
      booking.status === 'confirmed' &&
      now >= new Date(booking.start).getTime() - CHECK_IN_EARLY_MS &&
      now < new Date(booking.end).getTime()
    );
  }

  protected summary(booking: BookingView): BookingWords & { member?: string } {
    return describeBooking(booking, this.language.current());
  }

  protected cancel(booking: BookingView): void {
    this.confirmer
      .confirm({
        titleKey: 'myBookings.cancel.title',
        messageKey: 'myBookings.cancel.message',
        confirmKey: 'myBookings.cancel.confirm',
        params: this.summary(booking),
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.start(booking);
          return this.api.cancel(booking.id);
        }),
      )
      .subscribe({
        next: (cancelled) => this.done(cancelled, 'myBookings.cancel.done'),
        error: (error: unknown) => this.fail(error),
      });
  }

  protected checkIn(booking: BookingView): void {
    this.start(booking);
    this.api.checkIn(booking.id).subscribe({
      next: (checkedIn) => this.done(checkedIn, 'myBookings.checkIn.done'),
      error: (error: unknown) => this.fail(error),
    });
  }

  protected retry(): void {
    this.changed.set({});
    this.found.reload();
    this.quota()?.reload();
  }

  private start(booking: BookingView): void {
    this.acting.set(booking.id);
    this.announcement.set(null);
    this.failure.set(null);
  }

  private done(booking: BookingView, key: string): void {
    this.acting.set(null);
    this.changed.update((changed) => ({ ...changed, [booking.id]: booking }));
    this.announcement.set({ key, booking });
    this.quota()?.reload();
  }

  private fail(error: unknown): void {
    this.acting.set(null);
    this.failure.set(asApiProblem(error));
  }
}
