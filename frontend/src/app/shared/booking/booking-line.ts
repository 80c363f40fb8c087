import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { BookingView } from '../../core/api/booking.types';
import { LanguageService } from '../../core/i18n/language';
import { clockTime, longDate } from '../../core/time/local-dates';

/** A booking in words, for messages and confirmations. */
// A type, not an interface, so that it can fill translation parameters (an index signature).
export type BookingWords = {
  site: string;
  resource: string;
  date: string;
  start: string;
  end: string;
};

/** Times at the site's zone, the date in the reader's language. */
export function describeBooking(booking: BookingView, language: string): BookingWords {
  return {
    site: booking.siteName,
    resource: booking.resourceName,
    date: longDate(booking.date, language),
    start: clockTime(booking.start),
    end: clockTime(booking.end),
  };
}

/**
 * One booking as a member reads it: when, where, and its state in words (a state is never told by a
 * colour alone). The heading level is the caller's, so the page outline stays right.
 */
@Component({
  selector: 'bastide-booking-line',
  imports: [TranslatePipe],
  template: `
    <p class="booking-line__when" role="heading" [attr.aria-level]="headingLevel()">
      <time [attr.datetime]="booking().date">{{ words().date }}</time>
      <span class="booking-line__times">
        {{ 'bookingLine.times' | translate: words() }}
        @if (booking().slot !== 'custom') {
          ({{ 'booking.slots.' + booking().slot | translate }})
        }
      </span>
    </p>
    <p class="booking-line__where">{{ 'bookingLine.where' | translate: words() }}</p>
    <p class="booking-line__status" [attr.data-status]="booking().status">
      <span class="booking-line__badge" aria-hidden="true">{{ statusMark() }}</span>
      {{ 'bookingStatus.' + booking().status | translate }}
    </p>
  `,
  styles: `
    :host {
      display: block;
    }

    p {
      margin: 0 0 0.25rem;
    }

    .booking-line__when {
      font: var(--mat-sys-title-medium);
    }

    .booking-line__times {
      display: block;
      font: var(--mat-sys-body-large);
    }

    .booking-line__badge {
      display: inline-block;
      width: 1.25rem;
      text-align: center;
      font-weight: 700;
    }

    [data-status='cancelled'],
    [data-status='no_show'] {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingLine {
  private readonly language = inject(LanguageService);

  readonly booking = input.required<BookingView>();
  readonly headingLevel = input(3);

  protected readonly words = computed(() => describeBooking(this.booking(), this.language.current()));
  /** A shape beside the words, for a quick scan: ✓ present, ✕ cancelled, – missed, • to come. */
  protected readonly statusMark = computed(
    () => ({ confirmed: '•', checked_in: '✓', cancelled: '✕', no_show: '–' })[this.booking().status],
  );
}
