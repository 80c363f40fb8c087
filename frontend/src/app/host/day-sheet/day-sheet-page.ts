import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, forkJoin, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { BookingApi } from '../../core/api/booking-api';
import { BookingView } from '../../core/api/booking.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { ResourceView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { pluralKey } from '../../core/i18n/plural-key';
import { addDays, clockTime, localDateAt, longDate } from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { Session } from '../../core/auth/session';
import { BookingWords, describeBooking } from '../../shared/booking/booking-line';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { byKindThenName } from '../resource-order';
import { BookForMemberPanel } from './book-for-member-panel';
import { BookingCancelConfirmer } from './cancel-booking-dialog';
import { SiteWaitlistSection } from './site-waitlist-section';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The API opens check-in this long before the start. */
const CHECK_IN_EARLY_MS = 30 * 60_000;

/** One line of the sheet: a resource, and one of its bookings that day (or none). */
export interface SheetRow {
  resource: ResourceView;
  booking: BookingView | null;
  /** The first line of a resource names it; the others leave the name to it. */
  first: boolean;
}

/**
 * "La journée" of a site, for its hosts: who comes on a day, desk by desk, to check in as they arrive
 * and to cancel for them. Today by default; tomorrow and any other day one click away.
 */
@Component({
  selector: 'bastide-day-sheet-page',
  imports: [
    BookForMemberPanel,
    LoadProblem,
    LoadingIndicator,
    LocaleNumberPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemMessagePipe,
    RouterLink,
    SiteWaitlistSection,
    TranslatePipe,
  ],
  templateUrl: './day-sheet-page.html',
  styleUrl: './day-sheet-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DaySheetPage {
  private readonly sites = inject(SiteManagementApi);
  private readonly bookings = inject(BookingApi);
  private readonly confirmer = inject(Confirmer);
  private readonly cancelConfirmer = inject(BookingCancelConfirmer);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly now = inject(NOW);
  private readonly session = inject(Session);
  protected readonly language = inject(LanguageService);
  /** The site's team books in a member's name: its hosts, among the site's members, and network officers. */
  protected readonly mayBookForMembers = computed(
    () => this.session.role() === 'admin' || (this.session.user()?.hostedSiteIds.includes(this.siteId()) ?? false),
  );

  readonly siteId = input.required<string>();
  readonly date = input<string | undefined>();

  protected readonly today = localDateAt(this.now());
  protected readonly tomorrow = addDays(this.today, 1);
  protected readonly day = computed(() => {
    const date = this.date();
    return date && LOCAL_DATE.test(date) ? date : this.today;
  });
  protected readonly dayLabel = computed(() => longDate(this.day(), this.language.current()));

  private readonly found = rxResource({
    params: () => ({ siteId: this.siteId(), date: this.day() }),
    stream: ({ params }) =>
      forkJoin({
        site: this.sites.site(params.siteId),
        bookings: this.bookings.siteBookings(params.siteId, params.date),
      }),
  });
  private readonly changed = signal<Readonly<Record<string, BookingView>>>({});
  private readonly holders = computed(
    () =>
      new Map(
        this.found.hasValue()
          ? this.found.value().bookings.items.flatMap((b) => (b.holder ? [[b.id, b.holder] as const] : []))
          : [],
      ),
  );

  protected readonly site = computed(() => (this.found.hasValue() ? this.found.value().site : null));
  private readonly dayBookings = computed(() => {
    const changed = this.changed();
    return this.found.hasValue() ? this.found.value().bookings.items.map((b) => changed[b.id] ?? b) : [];
  });
  protected readonly rows = computed<readonly SheetRow[]>(() => {
    const site = this.site();
    if (!site) {
      return [];
    }
    const bookings = this.dayBookings();
    // A booking of a resource removed since still shows: the member is coming all the same.
    const resources = [...site.resources];
    for (const booking of bookings) {
      if (!resources.some((resource) => resource.id === booking.resourceId)) {
        // Its kind is no longer listed: it is shown among the desks, under its own name.
        resources.push({
          id: booking.resourceId,
          siteId: site.id,
          name: booking.resourceName,
          kind: 'desk',
          capacity: 1,
          amenities: [],
          active: false,
          createdAt: booking.createdAt,
        });
      }
    }
    return [...resources].sort(byKindThenName).flatMap((resource): SheetRow[] => {
      const own = bookings.filter((booking) => booking.resourceId === resource.id);
      return own.length
        ? own.map((booking, index) => ({ resource, booking, first: index === 0 }))
        : [{ resource, booking: null, first: true }];
    });
  });
  protected readonly counts = computed(() => {
    const active = this.dayBookings().filter((b) => b.status !== 'cancelled');
    return {
      bookings: active.length,
      arrived: active.filter((b) => b.status === 'checked_in').length,
    };
  });
  protected readonly countKey = computed(() =>
    pluralKey('daySheet.count', this.counts().bookings, this.language.current()),
  );
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  private readonly waitlist = viewChild(SiteWaitlistSection);
  protected readonly announcement = signal<{ key: string; booking: BookingView } | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly acting = signal<string | null>(null);

  protected time(instant: string): string {
    return clockTime(instant);
  }

  protected summary(booking: BookingView): BookingWords & { member?: string } {
    return { ...describeBooking(booking, this.language.current()), member: this.memberName(booking) };
  }

  /** The holder's name, as the list gave it (an action's answer carries none, so it is kept from the list). */
  protected memberName(booking: BookingView): string {
    const holder = this.holders().get(booking.id);
    return holder ? `${holder.firstName} ${holder.lastName}` : '';
  }

  protected mayCheckIn(booking: BookingView): boolean {
    const now = this.now().getTime();
    return (
      booking.status === 'confirmed' &&
      now >= new Date(booking.start).getTime() - CHECK_IN_EARLY_MS &&
      now < new Date(booking.end).getTime()
    );
  }

  /** Once the booking has started and the member is not there. */
  protected mayMarkNoShow(booking: BookingView): boolean {
    return booking.status === 'confirmed' && this.now().getTime() >= new Date(booking.start).getTime();
  }

  protected mayCancel(booking: BookingView): boolean {
    return booking.status === 'confirmed' && new Date(booking.end).getTime() > this.now().getTime();
  }

  protected chooseDate(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (LOCAL_DATE.test(value)) {
      void this.router.navigate([], { relativeTo: this.route, queryParams: { date: value } });
    }
  }

  protected checkIn(booking: BookingView): void {
    this.start(booking);
    this.bookings.checkIn(booking.id).subscribe({
      next: (checkedIn) => this.done(checkedIn, 'daySheet.checkIn.done'),
      error: (error: unknown) => this.fail(error),
    });
  }

  protected cancel(booking: BookingView): void {
    this.cancelConfirmer
      .confirm(this.summary(booking))
      .pipe(
        filter((answer) => answer !== undefined),
        switchMap((answer) => {
          this.start(booking);
          return this.bookings.cancel(booking.id, answer.reason);
        }),
      )
      .subscribe({
        next: (cancelled) => {
          this.done(cancelled, 'daySheet.cancel.done');
          // The freed place may have gone to the first in line.
          this.waitlist()?.reload();
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected markNoShow(booking: BookingView): void {
    this.confirmer
      .confirm({
        titleKey: 'daySheet.noShow.title',
        messageKey: 'daySheet.noShow.message',
        confirmKey: 'daySheet.noShow.confirm',
        params: this.summary(booking),
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.start(booking);
          return this.bookings.noShow(booking.id);
        }),
      )
      .subscribe({
        next: (missed) => {
          this.done(missed, 'daySheet.noShow.done');
          this.waitlist()?.reload();
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected retry(): void {
    this.changed.set({});
    this.found.reload();
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
  }

  private fail(error: unknown): void {
    this.acting.set(null);
    this.failure.set(asApiProblem(error));
  }
}
