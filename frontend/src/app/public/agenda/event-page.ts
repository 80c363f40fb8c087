import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { newIdempotencyKey } from '../../core/api/booking-api';
import { EventsApi } from '../../core/api/events-api';
import { EventView } from '../../core/api/events.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language';
import { localDateAt, longDate } from '../../core/time/local-dates';
import { NOW } from '../../core/time/now';
import { downloadFile } from '../../member/download-file';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import { eventDate, eventTimes } from './event-calendar';
import { Words, placesWords } from './event-words';

/**
 * One event: what, when (in its site's zone), where, how many places are left, and the reader's own
 * registration, with registering, joining the waitlist and leaving one click away (leaving asks first).
 * Every outcome is said in a live region; the counts are read again after each action.
 */
@Component({
  selector: 'bastide-event-page',
  imports: [LoadProblem, LoadingIndicator, MatButtonModule, ProblemMessagePipe, RouterLink, TranslatePipe],
  templateUrl: './event-page.html',
  styleUrl: './event-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventPage {
  private readonly api = inject(EventsApi);
  private readonly confirmer = inject(Confirmer);
  private readonly document = inject(DOCUMENT);
  private readonly now = inject(NOW);
  protected readonly session = inject(Session);
  protected readonly language = inject(LanguageService);

  readonly eventId = input.required<string>();

  protected readonly found = rxResource({
    params: () => ({ id: this.eventId(), signedIn: this.session.signedIn() }),
    stream: ({ params }) => this.api.event(params.id),
  });
  protected readonly event = computed(() => (this.found.hasValue() ? this.found.value() : null));
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });

  protected readonly announcement = signal<Words | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly acting = signal(false);

  protected readonly when = computed<Words | null>(() => {
    const event = this.event();
    if (!event) {
      return null;
    }
    const language = this.language.current();
    const startDate = eventDate(event);
    const endDate = localDateAt(new Date(event.end), event.timezone);
    const times = eventTimes(event);
    return startDate === endDate
      ? { key: 'event.when.day', params: { date: longDate(startDate, language), ...times } }
      : {
          key: 'event.when.span',
          params: { from: longDate(startDate, language), to: longDate(endDate, language), ...times },
        };
  });
  protected readonly places = computed(() => {
    const event = this.event();
    return event ? placesWords(event, this.language.current()) : null;
  });
  protected readonly deadline = computed<Words | null>(() => {
    const event = this.event();
    if (!event?.registrationDeadlineSet) {
      return null;
    }
    const date = localDateAt(new Date(event.registrationDeadline), event.timezone);
    const time = eventTimes({ start: event.registrationDeadline, end: event.end, timezone: event.timezone }).start;
    return {
      key: 'event.deadline',
      params: { date: longDate(date, this.language.current()), time },
    };
  });
  /** What the reader may do now, from their registration and the event's state. */
  protected readonly offer = computed<'signIn' | 'register' | 'waitlist' | 'leave' | 'closed' | 'none'>(() => {
    const event = this.event();
    if (!event || event.status !== 'published') {
      return 'none';
    }
    const mine = event.myRegistration;
    if (mine) {
      return mine.status === 'attended' || new Date(event.start).getTime() <= this.now().getTime() ? 'none' : 'leave';
    }
    if (!event.registrationOpen) {
      return 'closed';
    }
    if (!this.session.signedIn()) {
      return 'signIn';
    }
    return event.placesLeft > 0 ? 'register' : 'waitlist';
  });

  protected calendarUrl(event: EventView): string {
    return this.api.calendarUrl(event.id);
  }

  protected register(event: EventView): void {
    this.start();
    this.api.register(event.id, newIdempotencyKey()).subscribe({
      next: (result) => {
        this.done(
          result.status === 'waitlisted'
            ? { key: 'event.register.waitlisted', params: { position: result.position, title: event.title } }
            : { key: 'event.register.done', params: { title: event.title } },
        );
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected leave(event: EventView): void {
    const waitlisted = event.myRegistration?.status === 'waitlisted';
    const words = waitlisted ? 'event.leaveWaitlist' : 'event.leave';
    this.confirmer
      .confirm({
        titleKey: `${words}.title`,
        messageKey: `${words}.message`,
        confirmKey: `${words}.confirm`,
        params: { title: event.title },
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.start();
          return this.api.leave(event.id);
        }),
      )
      .subscribe({
        next: () => this.done({ key: `${words}.done`, params: { title: event.title } }),
        error: (error: unknown) => this.fail(error),
      });
  }

  /** A members-only event's calendar needs the bearer token: fetched, then offered as a file. */
  protected downloadCalendar(event: EventView): void {
    this.failure.set(null);
    this.api.calendarFile(event.id).subscribe({
      next: (content) => downloadFile(this.document, `evenement-${event.id}.ics`, content, 'text/calendar'),
      error: (error: unknown) => this.failure.set(asApiProblem(error)),
    });
  }

  private start(): void {
    this.acting.set(true);
    this.announcement.set(null);
    this.failure.set(null);
  }

  private done(words: Words): void {
    this.acting.set(false);
    this.announcement.set(words);
    // Places left, the waitlist and the reader's position have moved: read them again.
    this.found.reload();
  }

  private fail(error: unknown): void {
    this.acting.set(false);
    this.failure.set(asApiProblem(error));
    this.found.reload();
  }
}
