import { ChangeDetectionStrategy, Component, computed, inject, input, signal, viewChild } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { forkJoin, map } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { BookingApi, newIdempotencyKey } from '../../core/api/booking-api';
import { AvailabilityItem, BookingView, DAY_SLOTS, DaySlot, WaitlistEntry } from '../../core/api/booking.types';
import { SitesApi } from '../../core/api/sites-api';
import { RESOURCE_KINDS, ResourceKind, SITE_AMENITIES, SiteView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { LocaleNumberPipe } from '../../core/i18n/locale-number.pipe';
import { pluralKey } from '../../core/i18n/plural-key';
import { addDays, clockTime, localDateAt, longDate } from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { GersEpcis } from '../../public/territory/gers-epcis';
import { BookingFlow, BookingOutcome } from '../../shared/booking/booking-flow';
import { QuotaSummary } from '../../shared/booking/quota-summary';
import { CommunePicker } from '../../shared/territory/commune-picker';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { Geolocator, Position, PositionFailure, distanceKm } from './geolocation';
import { SeriesDialog, SeriesDialogData } from './series-dialog';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Query parameters may repeat (`?amenity=a&amenity=b`): the router gives a string or a list. */
function asList(value: string | string[] | undefined): string[] {
  if (value === undefined || value === '') {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

/** What the last action on the page came to: a booking, a place in line, or a refusal. */
export type PlaceOutcome = BookingOutcome | { kind: 'waitlisted'; entry: WaitlistEntry; site: string };

/** An open site with what is free there, and where it is. */
export interface PlaceResult {
  availability: AvailabilityItem;
  site: SiteView;
  distanceKm: number | null;
}

/**
 * "Trouver un lieu": the sites open on a day and half-day with what is free there, filtered by place and
 * amenities, or sorted by distance from the reader. Booking takes two clicks: "Réserver", then "Confirmer"
 * in a dialog that says what will be booked. The criteria live in the address, so a search can be shared.
 */
@Component({
  selector: 'bastide-find-place-page',
  imports: [
    CommunePicker,
    LoadProblem,
    LoadingIndicator,
    LocaleNumberPipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ProblemMessagePipe,
    QuotaSummary,
    RouterLink,
    TranslatePipe,
  ],
  providers: [GersEpcis],
  templateUrl: './find-place-page.html',
  styleUrl: './find-place-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FindPlacePage {
  private readonly bookingApi = inject(BookingApi);
  private readonly sitesApi = inject(SitesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly geolocator = inject(Geolocator);
  private readonly bookingFlow = inject(BookingFlow);
  private readonly now = inject(NOW);
  private readonly translate = inject(TranslateService);
  protected readonly gersEpcis = inject(GersEpcis);
  protected readonly language = inject(LanguageService);

  readonly date = input<string | undefined>();
  readonly slot = input<string | undefined>();
  readonly kind = input<string | undefined>();
  readonly epci = input<string | undefined>();
  readonly commune = input<string | undefined>();
  readonly amenity = input<string | string[] | undefined>();

  protected readonly slots = DAY_SLOTS;
  protected readonly kinds = RESOURCE_KINDS;
  protected readonly amenityChoices = SITE_AMENITIES;
  protected readonly today = localDateAt(this.now());

  protected readonly chosenDate = computed(() => {
    const date = this.date();
    // Tomorrow by default: members book ahead, and today's morning may already be over.
    return date && LOCAL_DATE.test(date) ? date : addDays(this.today, 1);
  });
  protected readonly chosenSlot = computed<DaySlot>(() => {
    const slot = this.slot();
    return DAY_SLOTS.find((known) => known === slot) ?? 'full_day';
  });
  protected readonly chosenKind = computed<ResourceKind>(
    () => RESOURCE_KINDS.find((known) => known === this.kind()) ?? 'desk',
  );
  protected readonly chosenAmenities = computed(() => asList(this.amenity()));
  protected readonly chosenDateLabel = computed(() => longDate(this.chosenDate(), this.language.current()));

  private readonly found = rxResource({
    params: () => ({
      date: this.chosenDate(),
      slot: this.chosenSlot(),
      kind: this.chosenKind(),
      epciCode: this.epci() || null,
      communeCode: this.commune() || null,
      amenities: this.chosenAmenities(),
    }),
    // Availability knows what is free; the sites list knows amenities and coordinates. A site with the
    // amenities asked for is in both.
    stream: ({ params: { amenities, ...criteria } }) =>
      forkJoin({
        open: this.bookingApi.availability(criteria),
        sites: this.sitesApi.sites({ epciCode: criteria.epciCode, amenities }),
      }).pipe(
        map(({ open, sites }) => {
          const byId = new Map(sites.items.map((site) => [site.id, site]));
          return open.items
            .filter((item) => byId.has(item.site.id))
            .map((availability) => ({ availability, site: byId.get(availability.site.id) as SiteView }));
        }),
      ),
  });

  protected readonly position = signal<Position | null>(null);
  protected readonly locating = signal(false);
  protected readonly positionFailure = signal<PositionFailure | null>(null);

  protected readonly results = computed<readonly PlaceResult[]>(() => {
    const found = this.found.hasValue() ? this.found.value() : [];
    const here = this.position();
    const results = found.map((result) => ({
      ...result,
      distanceKm: here ? distanceKm(here, result.site) : null,
    }));
    return here ? results.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0)) : results;
  });
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly foundKey = computed(() =>
    pluralKey('booking.find.found', this.results().length, this.language.current()),
  );

  /** The resource chosen in each site's list; absent means "the first free one". */
  protected readonly chosenResource = signal<Readonly<Partial<Record<string, string>>>>({});
  private readonly dialog = inject(MatDialog);
  private readonly quota = viewChild(QuotaSummary);
  protected readonly outcome = signal<PlaceOutcome | null>(null);
  protected readonly booking = signal<string | null>(null);

  protected freeKey(result: PlaceResult): string {
    return pluralKey(`booking.find.free.${this.chosenKind()}`, result.availability.freeCount, this.language.current());
  }

  protected time(instant: string): string {
    return clockTime(instant);
  }

  protected roundKm(km: number): number {
    return km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  }

  protected chooseDate(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    if (LOCAL_DATE.test(value)) {
      this.filter({ date: value });
    }
  }

  protected chooseSlot(slot: DaySlot): void {
    this.filter({ slot });
  }

  protected chooseKind(kind: ResourceKind): void {
    this.filter({ kind });
  }

  protected chooseEpci(code: string): void {
    this.filter({ epci: code || null });
  }

  protected chooseCommune(code: string | null): void {
    if ((code ?? undefined) !== (this.commune() || undefined)) {
      this.filter({ commune: code });
    }
  }

  protected chooseAmenities(amenities: string[]): void {
    this.filter({ amenity: amenities.length ? amenities : null });
  }

  protected chooseResource(siteId: string, resourceId: string): void {
    this.chosenResource.update((chosen) => ({ ...chosen, [siteId]: resourceId }));
  }

  protected async locate(): Promise<void> {
    this.locating.set(true);
    this.positionFailure.set(null);
    try {
      this.position.set(await this.geolocator.locate());
    } catch (failure) {
      this.position.set(null);
      this.positionFailure.set(failure === 'refused' ? 'refused' : 'unavailable');
    } finally {
      this.locating.set(false);
    }
  }

  protected forgetPosition(): void {
    this.position.set(null);
    this.positionFailure.set(null);
  }

  protected book(result: PlaceResult): void {
    const { availability } = result;
    const resourceId = this.chosenResource()[availability.site.id];
    const resource = availability.free.find((free) => free.id === resourceId);
    const request = resource
      ? { resourceId: resource.id, date: this.chosenDate(), slot: this.chosenSlot() }
      : { siteId: availability.site.id, kind: this.chosenKind(), date: this.chosenDate(), slot: this.chosenSlot() };
    this.outcome.set(null);
    this.booking.set(availability.site.id);
    this.bookingFlow
      .confirmAndBook(request, {
        site: availability.site.name,
        resource: resource?.name ?? this.firstFreeLabel(),
        date: this.chosenDateLabel(),
        start: this.time(availability.start),
        end: this.time(availability.end),
      })
      .subscribe((outcome) => {
        this.booking.set(null);
        if (outcome.kind !== 'dismissed') {
          this.outcome.set(outcome);
          this.chosenResource.update(({ [availability.site.id]: _, ...others }) => others);
          // What is free has changed, whoever won; and what is left of the member's quota.
          this.found.reload();
          this.quota()?.reload();
        }
      });
  }

  /** A full site: in line for the first place that frees, booked then automatically. */
  protected joinWaitlist(result: PlaceResult): void {
    const site = result.availability.site;
    this.outcome.set(null);
    this.booking.set(site.id);
    this.bookingApi
      .joinWaitlist(
        { siteId: site.id, kind: this.chosenKind(), date: this.chosenDate(), slot: this.chosenSlot() },
        newIdempotencyKey(),
      )
      .subscribe({
        next: (entry) => {
          this.booking.set(null);
          this.outcome.set({ kind: 'waitlisted', entry, site: site.name });
        },
        error: (error: unknown) => {
          this.booking.set(null);
          this.outcome.set({ kind: 'failed', problem: asApiProblem(error) });
        },
      });
  }

  /** The same half-day every week from the chosen date, at this site. */
  protected repeatWeekly(result: PlaceResult): void {
    this.outcome.set(null);
    this.dialog
      .open<SeriesDialog, SeriesDialogData, boolean>(SeriesDialog, {
        data: {
          siteId: result.availability.site.id,
          siteName: result.site.name,
          kind: this.chosenKind(),
          slot: this.chosenSlot(),
          from: this.chosenDate(),
        },
        width: '36rem',
      })
      .afterClosed()
      .subscribe((created) => {
        if (created) {
          this.found.reload();
          this.quota()?.reload();
        }
      });
  }

  protected bookedDate(booking: BookingView): string {
    return longDate(booking.date, this.language.current());
  }

  protected retry(): void {
    this.found.reload();
  }

  private firstFreeLabel(): string {
    return this.translate.instant(`booking.find.firstFree.${this.chosenKind()}`) as string;
  }

  private filter(queryParams: Record<string, string | string[] | null>): void {
    this.outcome.set(null);
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
