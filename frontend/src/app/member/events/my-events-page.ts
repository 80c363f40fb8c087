import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { EventsApi } from '../../core/api/events-api';
import { EventView, MyRegistration } from '../../core/api/events.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { localDateAt, longDate } from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { EventSummary } from '../../public/agenda/event-summary';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { downloadFile } from '../download-file';

/**
 * "Mes événements": the events the member is registered to, waiting for, or came to, that are not over
 * yet; each links to its page, may be added to the member's calendar (its `.ics`), and a place or a place in
 * line may be given up (after confirming). The calendar feed, which follows them all, is a link away.
 */
@Component({
  selector: 'bastide-my-events-page',
  imports: [
    EventSummary,
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    ProblemMessagePipe,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <h1>{{ 'myEvents.title' | translate }}</h1>
    <p>
      <a mat-flat-button routerLink="/agenda">{{ 'myEvents.toAgenda' | translate }}</a>
    </p>
    <p>
      <a routerLink="/mon-espace/agenda">{{ 'myEvents.toCalendarFeed' | translate }}</a>
    </p>

    <div role="status" aria-live="polite">
      @if (announcement(); as announcement) {
        <p class="my-events__note">{{ 'myEvents.leave.done' | translate: { title: announcement } }}</p>
      }
    </div>
    @if (failure(); as failure) {
      <p class="my-events__note my-events__note--error" role="alert">
        <strong>{{ 'myEvents.failed' | translate }}</strong> {{ failure | problemMessage }}
      </p>
    }

    @if (isLoading()) {
      <bastide-loading-indicator labelKey="myEvents.loading" />
    }
    @if (problem(); as problem) {
      <bastide-load-problem [problem]="problem" messageKey="myEvents.loadFailed" (retry)="retry()" />
    }

    <section aria-labelledby="my-events-upcoming-title">
      <h2 id="my-events-upcoming-title">{{ 'myEvents.upcoming' | translate }}</h2>
      @if (!isLoading() && !problem()) {
        <ul class="my-events__list">
          @for (registration of registrations(); track registration.id) {
            <li class="my-events__item">
              <p class="my-events__date">{{ dayOf(registration) }}</p>
              <bastide-event-summary [event]="withMine(registration)" />
              <p class="my-events__actions">
                @if (registration.event.visibility === 'public') {
                  <a
                    mat-button
                    [href]="calendarUrl(registration)"
                    download
                    [attr.aria-label]="'myEvents.addToCalendarLabel' | translate: { title: registration.event.title }"
                    >{{ 'myEvents.addToCalendar' | translate }}</a
                  >
                } @else {
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="'myEvents.addToCalendarLabel' | translate: { title: registration.event.title }"
                    (click)="downloadCalendar(registration)"
                  >
                    {{ 'myEvents.addToCalendar' | translate }}
                  </button>
                }
                @if (mayLeave(registration)) {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="acting() === registration.id"
                    [attr.aria-label]="'myEvents.leave.label' | translate: { title: registration.event.title }"
                    (click)="leave(registration)"
                  >
                    {{ 'myEvents.leave.action' | translate }}
                  </button>
                }
              </p>
            </li>
          } @empty {
            <li>{{ 'myEvents.none' | translate }}</li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .my-events__list {
      display: grid;
      gap: 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .my-events__date {
      margin: 0 0 0.25rem;
      font: var(--mat-sys-title-small);
    }

    .my-events__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin: 0.5rem 0 0;
    }

    .my-events__note--error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyEventsPage {
  private readonly api = inject(EventsApi);
  private readonly confirmer = inject(Confirmer);
  private readonly now = inject(NOW);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);

  private readonly found = rxResource({ stream: () => this.api.myRegistrations() });
  /** Registrations given up here since the list was loaded, by id. */
  private readonly left = signal<ReadonlySet<string>>(new Set());

  protected readonly registrations = computed(() => {
    const left = this.left();
    const items = this.found.hasValue() ? this.found.value().items : [];
    return items.filter((registration) => !left.has(registration.id));
  });
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  /** The title of the event last left, for the live region. */
  protected readonly announcement = signal<string | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly acting = signal<string | null>(null);

  /** The day it starts, in the event's zone: the agenda's summary gives only its times. */
  protected dayOf(registration: MyRegistration): string {
    const { start, timezone } = registration.event;
    return longDate(localDateAt(new Date(start), timezone), this.language.current());
  }

  /** The event as the agenda shows it, with the member's own registration on it. */
  protected withMine(registration: MyRegistration): EventView {
    const { id, status, position } = registration;
    return { ...registration.event, myRegistration: { id, status, ...(position ? { position } : {}) } };
  }

  /** The API refuses once the event has started, and a cancelled event or an attendance has nothing to leave. */
  protected mayLeave(registration: MyRegistration): boolean {
    return (
      registration.status !== 'attended' &&
      registration.event.status !== 'cancelled' &&
      new Date(registration.event.start).getTime() > this.now().getTime()
    );
  }

  protected calendarUrl(registration: MyRegistration): string {
    return this.api.calendarUrl(registration.event.id);
  }

  /** A members-only event's calendar needs the bearer token: fetched, then offered as a file. */
  protected downloadCalendar(registration: MyRegistration): void {
    const id = registration.event.id;
    this.failure.set(null);
    this.api.calendarFile(id).subscribe({
      next: (content) => downloadFile(this.document, `evenement-${id}.ics`, content, 'text/calendar'),
      error: (error: unknown) => this.failure.set(asApiProblem(error)),
    });
  }

  protected leave(registration: MyRegistration): void {
    const title = registration.event.title;
    this.confirmer
      .confirm({
        titleKey: 'myEvents.leave.title',
        messageKey: `myEvents.leave.message.${registration.status}`,
        confirmKey: 'myEvents.leave.confirm',
        params: { title },
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.acting.set(registration.id);
          this.announcement.set(null);
          this.failure.set(null);
          return this.api.leave(registration.event.id);
        }),
      )
      .subscribe({
        next: () => {
          this.acting.set(null);
          this.left.update((left) => new Set([...left, registration.id]));
          this.announcement.set(title);
        },
        error: (error: unknown) => {
          this.acting.set(null);
          this.failure.set(asApiProblem(error));
        },
      });
  }

  protected retry(): void {
    this.left.set(new Set());
    this.found.reload();
  }
}
