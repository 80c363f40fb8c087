import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { forkJoin, map } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { BookingApi } from '../../core/api/booking-api';
import { BookingView } from '../../core/api/booking.types';
import { OpeningHours, ResourceView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import {
  addDays,
  clockTime,
  isoWeekday,
  localDateAt,
  longDate,
  mondayOf,
  shortDate,
} from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { byKindThenName } from '../resource-order';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WEEKDAY_KEYS: readonly (keyof OpeningHours)[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface WeekDay {
  date: string;
  heading: string;
  /** Why nobody can come that day, or null when the site opens. */
  closedKey: string | null;
  closedReason: string | null;
}

/** One booking in a cell: "Matin", "Après-midi", "09:00–11:30", and whether the member has arrived. */
export interface WeekBooking {
  label: string;
  arrived: boolean;
}

/** The bookings of one resource on one day. */
export interface WeekCell {
  words: WeekBooking[];
}

/**
 * "La semaine" of a site, for its hosts: for each resource and each day, what is booked, in words.
 * Cancelled bookings are left out by the API; a closed day says so.
 */
@Component({
  selector: 'bastide-week-occupancy-page',
  imports: [LoadProblem, LoadingIndicator, RouterLink, TranslatePipe],
  templateUrl: './week-occupancy-page.html',
  styleUrl: './week-occupancy-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WeekOccupancyPage {
  private readonly sites = inject(SiteManagementApi);
  private readonly bookings = inject(BookingApi);
  private readonly translate = inject(TranslateService);
  private readonly now = inject(NOW);
  protected readonly language = inject(LanguageService);

  readonly siteId = input.required<string>();
  readonly date = input<string | undefined>();

  protected readonly monday = computed(() => {
    const date = this.date();
    return mondayOf(date && LOCAL_DATE.test(date) ? date : localDateAt(this.now()));
  });
  protected readonly previousWeek = computed(() => addDays(this.monday(), -7));
  protected readonly nextWeek = computed(() => addDays(this.monday(), 7));
  protected readonly weekLabel = computed(() => ({
    from: longDate(this.monday(), this.language.current()),
    to: longDate(addDays(this.monday(), 6), this.language.current()),
  }));

  private readonly found = rxResource({
    params: () => ({ siteId: this.siteId(), monday: this.monday() }),
    stream: ({ params }) => {
      const dates = Array.from({ length: 7 }, (_, index) => addDays(params.monday, index));
      return forkJoin({
        site: this.sites.site(params.siteId),
        days: forkJoin(dates.map((date) => this.bookings.siteBookings(params.siteId, date))).pipe(
          map((pages) => pages.map((page) => page.items)),
        ),
        closures: this.sites.closures(params.siteId, params.monday),
      }).pipe(map((found) => ({ ...found, dates })));
    },
  });

  protected readonly site = computed(() => (this.found.hasValue() ? this.found.value().site : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  protected readonly days = computed<readonly WeekDay[]>(() => {
    if (!this.found.hasValue()) {
      return [];
    }
    const { site, dates, closures } = this.found.value();
    const language = this.language.current();
    return dates.map((date) => {
      const closure = closures.items.find((candidate) => candidate.date === date);
      const opens = site.openingHours[WEEKDAY_KEYS[isoWeekday(date) - 1]].length > 0;
      return {
        date,
        heading: shortDate(date, language),
        closedKey: closure ? 'week.closure' : opens ? null : 'week.closedDay',
        closedReason: closure?.reason ?? null,
      };
    });
  });

  protected readonly resources = computed<readonly ResourceView[]>(() =>
    [...(this.site()?.resources ?? [])].sort(byKindThenName),
  );

  /** For each resource (by id), one cell per day of the week. */
  protected readonly cells = computed(() => {
    const cells = new Map<string, WeekCell[]>();
    if (!this.found.hasValue()) {
      return cells;
    }
    const { days } = this.found.value();
    // The words are translated here: read the language so that they follow a switch.
    this.language.current();
    for (const resource of this.resources()) {
      cells.set(
        resource.id,
        days.map((bookings) => ({
          words: bookings.filter((booking) => booking.resourceId === resource.id).map((booking) => this.words(booking)),
        })),
      );
    }
    return cells;
  });

  /** Resources booked at least once that day, out of all. */
  protected readonly dayTotals = computed(() => {
    const resources = this.resources();
    return this.days().map((_, index) => ({
      booked: resources.filter((resource) => (this.cells().get(resource.id)?.[index].words.length ?? 0) > 0).length,
      of: resources.length,
    }));
  });

  protected retry(): void {
    this.found.reload();
  }

  private words(booking: BookingView): WeekBooking {
    const times = `${clockTime(booking.start)}–${clockTime(booking.end)}`;
    return {
      label: booking.slot === 'custom' ? times : (this.translate.instant(`booking.slots.${booking.slot}`) as string),
      arrived: booking.status === 'checked_in',
    };
  }
}
