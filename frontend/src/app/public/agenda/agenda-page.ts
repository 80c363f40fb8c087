import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { EventsApi } from '../../core/api/events-api';
import { EVENT_CATEGORIES, EventCategory, EventView } from '../../core/api/events.types';
import { SitesApi } from '../../core/api/sites-api';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { addDays, localDateAt, longDate } from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { GersEpcis } from '../territory/gers-epcis';
import { AgendaMonth } from './agenda-month';
import { byDay, firstDayOf, lastDayOf, monthLabel, shiftMonth, validMonth } from './event-calendar';
import { EventSummary } from './event-summary';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The list shows three months ahead unless the reader asks for another span. */
const LIST_SPAN_DAYS = 90;

export type AgendaView = 'list' | 'month';

/**
 * "Agenda": the network's published events, as a list grouped by day or as a month calendar, filtered by
 * site, intercommunality, category and dates. Members-only events are there once signed in (the API
 * answers them to a bearer token). The criteria live in the address, so an agenda can be shared.
 */
@Component({
  selector: 'bastide-agenda-page',
  imports: [
    AgendaMonth,
    EventSummary,
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
  ],
  providers: [GersEpcis],
  templateUrl: './agenda-page.html',
  styleUrl: './agenda-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgendaPage {
  private readonly events = inject(EventsApi);
  private readonly sitesApi = inject(SitesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly now = inject(NOW);
  protected readonly session = inject(Session);
  protected readonly gersEpcis = inject(GersEpcis);
  protected readonly language = inject(LanguageService);

  readonly view = input<string | undefined>();
  readonly month = input<string | undefined>();
  readonly site = input<string | undefined>();
  readonly epci = input<string | undefined>();
  readonly category = input<string | undefined>();
  readonly from = input<string | undefined>();
  readonly to = input<string | undefined>();

  protected readonly categories = EVENT_CATEGORIES;
  protected readonly today = localDateAt(this.now());

  protected readonly chosenView = computed<AgendaView>(() => (this.view() === 'month' ? 'month' : 'list'));
  protected readonly chosenMonth = computed(() => validMonth(this.month()) ?? this.today.slice(0, 7));
  protected readonly chosenCategory = computed<EventCategory | null>(
    () => EVENT_CATEGORIES.find((known) => known === this.category()) ?? null,
  );
  protected readonly chosenFrom = computed(() => {
    const from = this.from();
    return from && LOCAL_DATE.test(from) ? from : this.today;
  });
  protected readonly chosenTo = computed(() => {
    const to = this.to();
    return to && LOCAL_DATE.test(to) && to >= this.chosenFrom() ? to : addDays(this.chosenFrom(), LIST_SPAN_DAYS);
  });
  protected readonly monthTitle = computed(() => monthLabel(this.chosenMonth(), this.language.current()));

  /** The published sites, for the filter; the network is a few dozen. */
  private readonly sites = rxResource({
    stream: () => this.sitesApi.sites({}).pipe(map((page) => page.items)),
  });
  protected readonly siteChoices = computed(() => (this.sites.hasValue() ? this.sites.value() : []));

  protected readonly found = rxResource({
    params: () => {
      const month = this.chosenView() === 'month' ? this.chosenMonth() : null;
      return {
        from: month ? firstDayOf(month) : this.chosenFrom(),
        to: month ? lastDayOf(month) : this.chosenTo(),
        siteId: this.site() || null,
        epciCode: this.epci() || null,
        category: this.chosenCategory(),
        // Signing in or out changes what the agenda holds (members-only events).
        signedIn: this.session.signedIn(),
      };
    },
    stream: ({ params: { signedIn: _signedIn, ...criteria } }) =>
      this.events.agenda(criteria).pipe(map((page) => page.items)),
  });

  protected readonly listed = computed<readonly EventView[]>(() => (this.found.hasValue() ? this.found.value() : []));
  protected readonly days = computed(() => byDay(this.listed()));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  /** What the live region says once the agenda has loaded: how many events, over which span. */
  protected readonly summary = computed(() => {
    if (this.isLoading() || !this.found.hasValue()) {
      return null;
    }
    const language = this.language.current();
    const count = this.listed().length;
    const view = this.chosenView();
    return {
      key: pluralKey(`agenda.count.${view}`, count, language),
      params:
        view === 'month'
          ? { count, month: this.monthTitle() }
          : { count, from: longDate(this.chosenFrom(), language), to: longDate(this.chosenTo(), language) },
    };
  });

  protected dayLabel(date: string): string {
    return longDate(date, this.language.current());
  }

  protected previousMonth(): string {
    return shiftMonth(this.chosenMonth(), -1);
  }

  protected nextMonth(): string {
    return shiftMonth(this.chosenMonth(), 1);
  }

  protected monthName(month: string): string {
    return monthLabel(month, this.language.current());
  }

  protected chooseSite(id: string): void {
    this.filter({ site: id || null });
  }

  protected chooseEpci(code: string): void {
    this.filter({ epci: code || null });
  }

  protected chooseCategory(category: string): void {
    this.filter({ category: category || null });
  }

  protected chooseDate(which: 'from' | 'to', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.filter({ [which]: LOCAL_DATE.test(value) ? value : null });
  }

  protected resetFilters(): void {
    this.filter({ site: null, epci: null, category: null, from: null, to: null });
  }

  protected readonly filtered = computed(
    () => !!(this.site() || this.epci() || this.chosenCategory() || this.from() || this.to()),
  );

  private filter(change: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }
}
