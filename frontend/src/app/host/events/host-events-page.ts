import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { map } from 'rxjs';
import { asApiProblem } from '../../core/api/api-problem';
import { AgendaCriteria, EventsApi } from '../../core/api/events-api';
import { EVENT_STATUSES, EventStatus, EventView } from '../../core/api/events.types';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { longDate } from '../../core/time/local-dates';
import { eventDate, eventTimes } from '../../public/agenda/event-calendar';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { ManagedSites } from './managed-sites';

/**
 * "Événements" of the host's area: the events still to come at the sites the account runs (every site,
 * and the events without one, for an officer), drafts, published and cancelled, by site and status.
 */
@Component({
  selector: 'bastide-host-events-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatFormFieldModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
  ],
  providers: [ManagedSites],
  templateUrl: './host-events-page.html',
  styleUrl: './host-events-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HostEventsPage {
  private readonly api = inject(EventsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly managed = inject(ManagedSites);
  protected readonly language = inject(LanguageService);

  readonly site = input<string | undefined>();
  readonly status = input<string | undefined>();

  protected readonly statuses = EVENT_STATUSES;
  protected readonly chosenStatus = computed<EventStatus | null>(
    () => EVENT_STATUSES.find((known) => known === this.status()) ?? null,
  );

  protected readonly found = rxResource({
    params: (): AgendaCriteria => ({ siteId: this.site() || null, status: this.chosenStatus() ?? 'all' }),
    stream: ({ params }) => this.api.agenda(params).pipe(map((page) => page.items)),
  });
  protected readonly events = computed<readonly EventView[]>(() => (this.found.hasValue() ? this.found.value() : []));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly countKey = computed(() =>
    pluralKey('hostEvents.count', this.events().length, this.language.current()),
  );

  protected when(event: EventView): Record<string, string> {
    return { date: longDate(eventDate(event), this.language.current()), ...eventTimes(event) };
  }

  protected where(event: EventView): string | null {
    return event.siteName;
  }

  protected chooseSite(id: string): void {
    this.filter({ site: id || null });
  }

  protected chooseStatus(status: string): void {
    this.filter({ status: status || null });
  }

  private filter(change: Record<string, string | null>): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: change, queryParamsHandling: 'merge' });
  }
}
