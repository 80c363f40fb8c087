import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { forkJoin, map, of, switchMap } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { BookingApi } from '../../core/api/booking-api';
import { BookingView } from '../../core/api/booking.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { SitesApi } from '../../core/api/sites-api';
import { ResourceView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { addDays, clockTime, localDateAt, longDate } from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { BookingFlow, BookingOutcome } from '../../shared/booking/booking-flow';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { HalfHour, RoomSpan, extendSpan, halfHoursOf } from './room-timeline';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One cell of the timeline: a room at a half-hour. */
export type CellState = 'free' | 'booked' | 'chosen' | 'past';

/**
 * A site's meeting rooms over a day, half-hour by half-hour: which are free, which are booked (said in
 * words, not only shown), and a span to choose and book. The timeline is an ARIA grid: arrows move from
 * cell to cell, Enter or Space chooses, and only the current cell is a tab stop.
 */
@Component({
  selector: 'bastide-room-timeline-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    ProblemMessagePipe,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './room-timeline-page.html',
  styleUrl: './room-timeline-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RoomTimelinePage {
  private readonly sitesApi = inject(SitesApi);
  private readonly bookingApi = inject(BookingApi);
  private readonly bookingFlow = inject(BookingFlow);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly now = inject(NOW);
  protected readonly language = inject(LanguageService);

  readonly siteId = input.required<string>();
  readonly date = input<string | undefined>();

  protected readonly today = localDateAt(this.now());
  protected readonly day = computed(() => {
    const date = this.date();
    return date && LOCAL_DATE.test(date) ? date : addDays(this.today, 1);
  });
  protected readonly dayLabel = computed(() => longDate(this.day(), this.language.current()));

  private readonly found = rxResource({
    params: () => ({ siteId: this.siteId(), date: this.day() }),
    stream: ({ params }) =>
      this.sitesApi.site(params.siteId).pipe(
        switchMap((site) => {
          const rooms = site.resources.filter((resource) => resource.kind === 'meeting_room');
          const halfHours = halfHoursOf(site.openingHours, params.date);
          // One question per half-hour: which rooms are free then (a closed day answers no site at all).
          const free = halfHours.length
            ? forkJoin(
                halfHours.map((slot) =>
                  this.bookingApi
                    .availability({
                      siteId: site.id,
                      kind: 'meeting_room',
                      start: `${params.date}T${slot.start}`,
                      end: `${params.date}T${slot.end}`,
                    })
                    .pipe(map((page) => new Set(page.items[0]?.free.map((room) => room.id) ?? []))),
                ),
              )
            : of([]);
          return free.pipe(map((freeRooms) => ({ site, rooms, halfHours, freeRooms })));
        }),
      ),
  });

  protected readonly site = computed(() => (this.found.hasValue() ? this.found.value().site : null));
  protected readonly rooms = computed<readonly ResourceView[]>(() =>
    this.found.hasValue() ? this.found.value().rooms : [],
  );
  protected readonly halfHours = computed<readonly HalfHour[]>(() =>
    this.found.hasValue() ? this.found.value().halfHours : [],
  );
  /** A closed day has half-hours in the week but none free in any room. */
  protected readonly closed = computed(
    () =>
      this.found.hasValue() &&
      (this.halfHours().length === 0 || this.found.value().freeRooms.every((free) => free.size === 0)),
  );
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  protected readonly span = signal<RoomSpan | null>(null);
  /** The cell that holds the focus stop of the grid: [half-hour, room]. */
  protected readonly active = signal<[number, number]>([0, 0]);
  protected readonly outcome = signal<BookingOutcome | null>(null);
  protected readonly booking = signal(false);

  protected readonly chosenWords = computed(() => {
    const span = this.span();
    const room = this.rooms().find((candidate) => candidate.id === span?.roomId);
    if (!span || !room) {
      return null;
    }
    return {
      resource: room.name,
      site: this.site()?.name ?? '',
      date: this.dayLabel(),
      start: this.halfHours()[span.first].start,
      end: this.halfHours()[span.last].end,
    };
  });

  /** Today, the half-hours already over: the API would refuse them, so they are not offered. */
  private readonly firstOpenSlot = computed(() => {
    if (this.day() !== this.today) {
      return 0;
    }
    const now = clockTime(this.now());
    const index = this.halfHours().findIndex((slot) => slot.end > now);
    return index === -1 ? this.halfHours().length : index;
  });

  protected isFree(slot: number, roomId: string): boolean {
    return (
      slot >= this.firstOpenSlot() &&
      this.found.hasValue() &&
      (this.found.value().freeRooms[slot]?.has(roomId) ?? false)
    );
  }

  protected state(slot: number, roomId: string): CellState {
    if (slot < this.firstOpenSlot()) {
      return 'past';
    }
    const span = this.span();
    if (span && span.roomId === roomId && slot >= span.first && slot <= span.last) {
      return 'chosen';
    }
    return this.isFree(slot, roomId) ? 'free' : 'booked';
  }

  protected choose(slot: number, room: number): void {
    this.active.set([slot, room]);
    const roomId = this.rooms()[room].id;
    this.outcome.set(null);
    this.span.update((span) => extendSpan(span, roomId, slot, (index) => this.isFree(index, roomId)));
  }

  /** Arrow keys, Home and End move within the grid; Enter and Space choose (ARIA grid pattern). */
  protected onKeydown(event: KeyboardEvent): void {
    const [slot, room] = this.active();
    const lastSlot = this.halfHours().length - 1;
    const lastRoom = this.rooms().length - 1;
    const moves: Record<string, [number, number]> = {
      ArrowDown: [Math.min(slot + 1, lastSlot), room],
      ArrowUp: [Math.max(slot - 1, 0), room],
      ArrowRight: [slot, Math.min(room + 1, lastRoom)],
      ArrowLeft: [slot, Math.max(room - 1, 0)],
      Home: [0, room],
      End: [lastSlot, room],
    };
    if (event.key in moves) {
      event.preventDefault();
      this.active.set(moves[event.key]);
      this.focusActive((event.currentTarget as HTMLElement).closest('table') as HTMLElement);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(slot, room);
    }
  }

  protected chooseDate(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (LOCAL_DATE.test(value)) {
      this.span.set(null);
      void this.router.navigate([], { relativeTo: this.route, queryParams: { date: value } });
    }
  }

  protected book(): void {
    const span = this.span();
    const words = this.chosenWords();
    if (!span || !words) {
      return;
    }
    this.booking.set(true);
    this.bookingFlow
      .confirmAndBook(
        { resourceId: span.roomId, start: `${this.day()}T${words.start}`, end: `${this.day()}T${words.end}` },
        words,
      )
      .subscribe((outcome) => {
        this.booking.set(false);
        if (outcome.kind !== 'dismissed') {
          this.outcome.set(outcome);
          this.span.set(null);
          this.found.reload();
        }
      });
  }

  protected bookedWords(booking: BookingView): Record<string, string> {
    return {
      resource: booking.resourceName,
      site: booking.siteName,
      date: longDate(booking.date, this.language.current()),
      start: clockTime(booking.start),
      end: clockTime(booking.end),
    };
  }

  protected retry(): void {
    this.found.reload();
  }

  private focusActive(grid: HTMLElement): void {
    const [slot, room] = this.active();
    // The cell re-renders with tabindex 0 on the next change detection; focus it then.
    queueMicrotask(() =>
      grid.querySelector<HTMLElement>(`[data-cell="${slot}-${room}"]`)?.focus({ preventScroll: false }),
    );
  }
}
