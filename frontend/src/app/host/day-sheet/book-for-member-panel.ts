import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { of } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { BookingApi } from '../../core/api/booking-api';
import { BookingView, DAY_SLOTS, DaySlot, SiteMember } from '../../core/api/booking.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { clockTime, longDate } from '../../core/time/local-dates';
import { NetworkApi } from '../../admin/network-api';
import { BookingFlow, BookingOutcome } from '../../shared/booking/booking-flow';

const SEARCH_LIMIT = 10;
/** The API wants as much; fewer would name most of the members. */
const QUERY_MIN_LENGTH = 2;

/**
 * "Réserver pour un membre": a booking taken by phone or at the desk, in the member's name (their quota,
 * their confirmation mail). A host finds the member among those who came to the site in the last 12 months,
 * or by their full e-mail address (a newcomer); a network officer searches every account of the network.
 */
@Component({
  selector: 'bastide-book-for-member-panel',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ProblemMessagePipe,
    TranslatePipe,
  ],
  template: `
    <section class="book-for" aria-labelledby="book-for-title">
      <h2 id="book-for-title">{{ 'bookFor.title' | translate }}</h2>
      <form class="book-for__search" role="search" (submit)="$event.preventDefault(); search()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'bookFor.query' | translate }}</mat-label>
          <input
            matInput
            type="search"
            autocomplete="off"
            [value]="query()"
            [attr.aria-invalid]="tooShort() ? 'true' : null"
            [attr.aria-describedby]="tooShort() ? 'book-for-too-short' : null"
            (input)="query.set(value($event))"
          />
          <mat-hint>{{ (wholeNetwork() ? 'bookFor.hintNetwork' : 'bookFor.hintSite') | translate }}</mat-hint>
        </mat-form-field>
        <button mat-stroked-button type="submit">{{ 'bookFor.search' | translate }}</button>
      </form>
      @if (tooShort()) {
        <p id="book-for-too-short" class="book-for__note book-for__note--error" role="alert">
          {{ 'bookFor.tooShort' | translate: { min: minLength } }}
        </p>
      }
      @if (people(); as people) {
        @if (people.length) {
          <mat-radio-group
            class="book-for__people"
            [attr.aria-label]="'bookFor.member' | translate"
            [value]="member()?.id"
            (change)="chooseMember($event.value)"
          >
            @for (person of people; track person.id) {
              <mat-radio-button [value]="person.id">
                {{ person.firstName }} {{ person.lastName }} ({{ person.email }})
              </mat-radio-button>
            }
          </mat-radio-group>
        } @else {
          <p role="status">{{ 'bookFor.nobody' | translate }}</p>
        }
      }
      @if (member(); as member) {
        <fieldset class="book-for__slots">
          <legend>{{ 'booking.find.filters.slot' | translate }}</legend>
          <mat-radio-group [value]="slot()" (change)="slot.set($event.value)">
            @for (choice of slots; track choice) {
              <mat-radio-button [value]="choice">{{ 'booking.slots.' + choice | translate }}</mat-radio-button>
            }
          </mat-radio-group>
        </fieldset>
        @if (window(); as window) {
          @if (window.free.length) {
            <div class="book-for__actions">
              <mat-form-field appearance="outline" subscriptSizing="dynamic">
                <mat-label>{{ 'booking.find.resourceChoice' | translate }}</mat-label>
                <mat-select [value]="resourceId()" (selectionChange)="resourceId.set($event.value)">
                  <mat-option value="">{{ 'booking.find.firstFree.desk' | translate }}</mat-option>
                  @for (free of window.free; track free.id) {
                    <mat-option [value]="free.id">{{ free.name }}</mat-option>
                  }
                </mat-select>
              </mat-form-field>
              <button mat-flat-button type="button" [disabled]="booking()" (click)="book()">
                {{ 'bookFor.book' | translate: { member: member.firstName + ' ' + member.lastName } }}
              </button>
            </div>
          } @else {
            <p>{{ 'booking.find.free.desk.none' | translate }}</p>
          }
        } @else if (closed()) {
          <p>{{ 'bookFor.closed' | translate }}</p>
        }
      }
      <div role="status" aria-live="polite">
        @if (outcome(); as outcome) {
          @if (outcome.kind === 'booked') {
            <p class="book-for__note">{{ 'bookFor.booked' | translate: bookedWords(outcome.booking) }}</p>
          }
        }
      </div>
      @if (outcome(); as outcome) {
        @if (outcome.kind === 'failed') {
          <p class="book-for__note book-for__note--error" role="alert">
            <strong>{{ 'booking.find.failed' | translate }}</strong> {{ outcome.problem | problemMessage }}
          </p>
        }
      }
      @if (searchProblem(); as problem) {
        <p class="book-for__note book-for__note--error" role="alert">{{ problem | problemMessage }}</p>
      }
    </section>
  `,
  styles: `
    .book-for {
      max-width: 48rem;
      margin-top: 2rem;
    }

    .book-for__search,
    .book-for__actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75rem;
      margin-bottom: 1rem;
    }

    .book-for__people {
      display: flex;
      flex-direction: column;
      margin-bottom: 1rem;
    }

    .book-for__slots {
      margin: 0 0 1rem;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-extra-small);
    }

    .book-for__note {
      padding: 0.75rem 1rem;
      border-left: 4px solid var(--mat-sys-primary);
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }

    .book-for__note--error {
      border-color: var(--mat-sys-error);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookForMemberPanel {
  private readonly network = inject(NetworkApi);
  private readonly bookings = inject(BookingApi);
  private readonly bookingFlow = inject(BookingFlow);
  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService);
  private readonly session = inject(Session);
  /** Officers may search the whole network (GET /users); the site's hosts, the site's members. */
  protected readonly wholeNetwork = computed(() => this.session.role() === 'admin');

  readonly siteId = input.required<string>();
  readonly siteName = input.required<string>();
  readonly date = input.required<string>();
  /** A booking was made: the day sheet is out of date. */
  readonly booked = output<BookingView>();

  protected readonly slots = DAY_SLOTS;
  protected readonly query = signal('');
  protected readonly minLength = QUERY_MIN_LENGTH;
  protected readonly people = signal<readonly SiteMember[] | null>(null);
  protected readonly tooShort = signal(false);
  protected readonly searchProblem = signal<ReturnType<typeof asApiProblem> | null>(null);
  protected readonly member = signal<SiteMember | null>(null);
  protected readonly slot = signal<DaySlot>('morning');
  protected readonly resourceId = signal('');
  protected readonly outcome = signal<BookingOutcome | null>(null);
  protected readonly booking = signal(false);

  /** What is free at the site for the chosen half-day, once a member is chosen. */
  private readonly free = rxResource({
    params: () => (this.member() ? { siteId: this.siteId(), date: this.date(), slot: this.slot() } : undefined),
    stream: ({ params }) =>
      params ? this.bookings.availability({ ...params, kind: 'desk' }) : of({ items: [], total: 0 }),
  });
  protected readonly window = computed(() => (this.free.hasValue() ? (this.free.value().items[0] ?? null) : null));
  protected readonly closed = computed(() => this.free.hasValue() && this.free.value().items.length === 0);

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected search(): void {
    const q = this.query().trim();
    this.searchProblem.set(null);
    this.tooShort.set(q.length < QUERY_MIN_LENGTH);
    if (this.tooShort()) {
      this.people.set(null);
      return;
    }
    const found = this.wholeNetwork()
      ? this.network.users(q, { limit: SEARCH_LIMIT, offset: 0 })
      : this.bookings.siteMembers(this.siteId(), q, SEARCH_LIMIT);
    found.subscribe({
      next: (page) => this.people.set(page.items),
      error: (error: unknown) => this.searchProblem.set(asApiProblem(error)),
    });
  }

  protected chooseMember(id: string): void {
    this.member.set(this.people()?.find((person) => person.id === id) ?? null);
    this.outcome.set(null);
  }

  protected book(): void {
    const member = this.member();
    const window = this.window();
    if (!member || !window) {
      return;
    }
    const resource = window.free.find((free) => free.id === this.resourceId());
    const common = { date: this.date(), slot: this.slot(), userId: member.id };
    this.booking.set(true);
    this.outcome.set(null);
    this.bookingFlow
      .confirmAndBook(
        resource ? { ...common, resourceId: resource.id } : { ...common, siteId: this.siteId(), kind: 'desk' },
        {
          site: this.siteName(),
          resource: resource?.name ?? (this.translate.instant('booking.find.firstFree.desk') as string),
          date: longDate(this.date(), this.language.current()),
          start: clockTime(window.start),
          end: clockTime(window.end),
          member: `${member.firstName} ${member.lastName}`,
        },
        'bookFor.confirm',
      )
      .subscribe((outcome) => {
        this.booking.set(false);
        if (outcome.kind === 'dismissed') {
          return;
        }
        this.outcome.set(outcome);
        if (outcome.kind === 'booked') {
          this.resourceId.set('');
          this.free.reload();
          this.booked.emit(outcome.booking);
        }
      });
  }

  protected bookedWords(booking: BookingView): Record<string, string> {
    const member = this.member();
    return {
      member: member ? `${member.firstName} ${member.lastName}` : '',
      resource: booking.resourceName,
      start: clockTime(booking.start),
      end: clockTime(booking.end),
    };
  }
}
