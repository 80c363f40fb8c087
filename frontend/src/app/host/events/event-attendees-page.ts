import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxChange, MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { forkJoin } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { EventsApi } from '../../core/api/events-api';
import { RegistrationView } from '../../core/api/events.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { LanguageService } from '../../core/i18n/language';
import { longDate } from '../../core/time/local-dates';
import { downloadFile } from '../../member/download-file';
import { eventDate, eventTimes } from '../../public/agenda/event-calendar';
import { Words } from '../../public/agenda/event-words';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';

/**
 * Who comes to an event, for its site's team: the registered (attendance checked in one click, said in a
 * live region) and the waitlist in order with positions; the list as a CSV file.
 */
@Component({
  selector: 'bastide-event-attendees-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatCheckboxModule,
    ProblemMessagePipe,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './event-attendees-page.html',
  styleUrl: './event-attendees-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventAttendeesPage {
  private readonly api = inject(EventsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly language = inject(LanguageService);

  readonly eventId = input.required<string>();

  protected readonly found = rxResource({
    params: () => this.eventId(),
    stream: ({ params: id }) => forkJoin({ event: this.api.event(id), registrations: this.api.registrations(id) }),
  });
  private readonly changed = signal<Readonly<Record<string, RegistrationView>>>({});

  protected readonly event = computed(() => (this.found.hasValue() ? this.found.value().event : null));
  private readonly all = computed(() => {
    const changed = this.changed();
    return this.found.hasValue() ? this.found.value().registrations.items.map((r) => changed[r.id] ?? r) : [];
  });
  protected readonly participants = computed(() => this.all().filter((r) => r.status !== 'waitlisted'));
  protected readonly waitlist = computed(() =>
    this.all()
      .filter((r) => r.status === 'waitlisted')
      .sort((a, b) => (a.position ?? 0) - (b.position ?? 0)),
  );
  protected readonly attendedCount = computed(() => this.participants().filter((r) => r.status === 'attended').length);
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly when = computed(() => {
    const event = this.event();
    return event ? { date: longDate(eventDate(event), this.language.current()), ...eventTimes(event) } : null;
  });

  protected readonly announcement = signal<Words | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly acting = signal<string | null>(null);

  protected nameOf(registration: RegistrationView): string {
    const name = [registration.firstName, registration.lastName].filter(Boolean).join(' ');
    return name || '';
  }

  /** The box shows the intended state at once; a refusal puts back what the server holds. */
  protected markAttendance(registration: RegistrationView, change: MatCheckboxChange): void {
    const eventId = this.eventId();
    const name = this.nameOf(registration);
    const intended: RegistrationView = { ...registration, status: change.checked ? 'attended' : 'registered' };
    this.acting.set(registration.id);
    this.announcement.set(null);
    this.failure.set(null);
    this.changed.update((changed) => ({ ...changed, [registration.id]: intended }));
    this.api.attendance(eventId, registration.id, change.checked).subscribe({
      next: (marked) => {
        this.acting.set(null);
        this.changed.update((changed) => ({ ...changed, [marked.id]: marked }));
        this.announcement.set({
          key: marked.status === 'attended' ? 'attendees.marked' : 'attendees.unmarked',
          params: { name },
        });
      },
      error: (error: unknown) => {
        this.acting.set(null);
        this.changed.update((changed) => ({ ...changed, [registration.id]: registration }));
        this.failure.set(asApiProblem(error));
      },
    });
  }

  protected exportCsv(): void {
    const event = this.event();
    if (!event) {
      return;
    }
    this.failure.set(null);
    this.api.attendeesCsv(event.id, this.language.current()).subscribe({
      next: (csv) => {
        downloadFile(this.document, `inscrits-${eventDate(event)}.csv`, csv, 'text/csv;charset=utf-8');
        this.announcement.set({ key: 'attendees.exported', params: {} });
      },
      error: (error: unknown) => this.failure.set(asApiProblem(error)),
    });
  }

  protected retry(): void {
    this.changed.set({});
    this.found.reload();
  }
}
