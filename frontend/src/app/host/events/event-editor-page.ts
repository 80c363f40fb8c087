import { ChangeDetectionStrategy, Component, ElementRef, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, filter, map, of, switchMap } from 'rxjs';
import { ApiProblem, asApiProblem } from '../../core/api/api-problem';
import { newIdempotencyKey } from '../../core/api/booking-api';
import { EventsApi } from '../../core/api/events-api';
import { EVENT_CATEGORIES, EventSeriesConflict, EventSeriesCreated, EventView } from '../../core/api/events.types';
import { ProblemMessagePipe } from '../../core/api/problem-message.pipe';
import { ResourceView } from '../../core/api/sites.types';
import { LanguageService } from '../../core/i18n/language';
import { pluralKey } from '../../core/i18n/plural-key';
import { longDate } from '../../core/time/local-dates';
import { applyFieldErrors, focusFirstInvalidField } from '../../shared/forms/field-errors';
import { SiteManagementApi } from '../../shared/site-management/site-management-api';
import { Confirmer } from '../../shared/ui/confirm-dialog';
import { LoadProblem } from '../../shared/ui/load-problem';
import { LoadingIndicator } from '../../shared/ui/loading-indicator';
import {
  CAPACITY_MAX,
  DESCRIPTION_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  changeOf,
  createRequestOf,
  eventForm,
  formValueOf,
} from './event-form';
import { ManagedSites } from './managed-sites';

/** The form's control for each field the API may name in a 400. */
const FIELD_CONTROLS: Readonly<Record<string, string>> = {
  start: 'startTime',
  end: 'endTime',
  registrationDeadline: 'deadlineTime',
};

/** What the page says once an action is done; kept across the navigation to a new event's address. */
export interface EditorAnnouncement {
  key: string;
  params?: Record<string, unknown>;
}

/**
 * The event editor of hosts and officers: make a draft at one of their sites (an officer also without a
 * site, online or network-wide), change it, publish it, cancel it (after confirming) or copy it one week
 * later. Times are a local date and times of day, read by the API in the site's zone.
 */
@Component({
  selector: 'bastide-event-editor-page',
  imports: [
    LoadProblem,
    LoadingIndicator,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    ProblemMessagePipe,
    ReactiveFormsModule,
    RouterLink,
    TranslatePipe,
  ],
  providers: [ManagedSites],
  templateUrl: './event-editor-page.html',
  styleUrl: './event-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventEditorPage {
  private readonly api = inject(EventsApi);
  private readonly sitesApi = inject(SiteManagementApi);
  private readonly confirmer = inject(Confirmer);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly managed = inject(ManagedSites);
  private readonly language = inject(LanguageService);

  /** Absent on `/hote/evenements/nouveau`. */
  readonly eventId = input<string | undefined>();
  /** `?site=`: the site a new event is made at. */
  readonly site = input<string | undefined>();

  protected readonly categories = EVENT_CATEGORIES;
  protected readonly limits = { title: TITLE_MAX_LENGTH, description: DESCRIPTION_MAX_LENGTH, capacity: CAPACITY_MAX };
  protected readonly form = eventForm();
  /** A new event only: the same one every week until a local date, made at once as a series. */
  protected readonly repeatWeekly = new FormControl(false, { nonNullable: true });
  protected readonly until = new FormControl('', { nonNullable: true });
  protected readonly repeating = toSignal(this.repeatWeekly.valueChanges, { initialValue: false });
  /** What the series made and the dates it could not, shown before going to the list. */
  protected readonly series = signal<EventSeriesCreated | null>(null);

  protected readonly found = rxResource({
    params: () => this.eventId(),
    stream: ({ params: id }) => this.api.event(id),
  });
  /** The event as last saved; null while making a new one. */
  protected readonly event = signal<EventView | null>(null);
  protected readonly isLoading = this.found.isLoading;
  protected readonly problem = computed(() => {
    const error = this.found.error();
    return error ? asApiProblem(error) : null;
  });
  protected readonly creating = computed(() => this.eventId() === undefined);
  protected readonly editable = computed(() => this.creating() || this.event()?.status !== 'cancelled');

  private readonly siteId = toSignal(this.form.controls.siteId.valueChanges, { initialValue: '' });
  /** The meeting rooms of the chosen site, which the event may reserve. */
  private readonly rooms$ = rxResource({
    params: () => this.siteId() || undefined,
    stream: ({ params: id }): Observable<ResourceView[]> =>
      this.sitesApi
        .site(id)
        .pipe(map((site) => site.resources.filter((resource) => resource.kind === 'meeting_room' && resource.active))),
  });
  protected readonly rooms = computed(() => (this.rooms$.hasValue() ? this.rooms$.value() : []));

  protected readonly announcement = signal<EditorAnnouncement | null>(null);
  protected readonly failure = signal<ApiProblem | null>(null);
  protected readonly unplaced = signal<readonly string[]>([]);
  protected readonly acting = signal(false);

  constructor() {
    const state = this.router.currentNavigation()?.extras.state as { announce?: EditorAnnouncement } | undefined;
    if (state?.announce) {
      this.announcement.set(state.announce);
    }
    effect(() => {
      if (this.found.hasValue()) {
        this.show(this.found.value());
      }
    });
    effect(() => {
      const site = this.site();
      if (this.creating() && site && !this.form.controls.siteId.dirty) {
        this.form.controls.siteId.setValue(site);
      }
    });
    effect(() => {
      // A host makes events at their sites only: the first one is chosen for them.
      const sites = this.managed.sites();
      const control = this.form.controls.siteId;
      if (this.creating() && !control.value && sites.length && !this.managed.isOfficer()) {
        control.setValue(sites[0].id);
      }
    });
    effect(() => {
      if (this.editable()) {
        this.form.enable({ emitEvent: false });
      } else {
        this.form.disable({ emitEvent: false });
      }
    });
  }

  protected siteName(event: EventView | null): string | null {
    return event?.siteName ?? null;
  }

  protected save(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    const event = this.event();
    if (!event && this.repeatWeekly.value) {
      this.createSeries();
      return;
    }
    this.start();
    if (!event) {
      this.api.create(createRequestOf(value), newIdempotencyKey()).subscribe({
        next: (created) =>
          void this.router.navigate(['/hote/evenements', created.id], {
            state: { announce: { key: 'eventEditor.created', params: { title: created.title } } },
          }),
        error: (error: unknown) => this.fail(error),
      });
      return;
    }
    this.api.update(event.id, changeOf(value)).subscribe({
      next: (saved) => this.done(saved, { key: 'eventEditor.saved', params: { title: saved.title } }),
      error: (error: unknown) => this.fail(error),
    });
  }

  /** The series' drafts; registrations of each close at its start (a series has no deadline). */
  private createSeries(): void {
    const value = this.form.getRawValue();
    const until = this.until.value;
    this.until.markAsTouched();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(until) || until <= value.date) {
      this.until.setErrors({ untilBeforeStart: true });
      focusFirstInvalidField(this.host.nativeElement);
      return;
    }
    const { registrationDeadline: _, ...single } = createRequestOf(value);
    this.start();
    this.api.createSeries({ ...single, until, publish: false }, newIdempotencyKey()).subscribe({
      next: (made) => {
        this.acting.set(false);
        this.series.set(made);
        this.announcement.set({
          key: pluralKey('eventEditor.series.created', made.created.length, this.language.current()),
          params: { count: made.created.length },
        });
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  protected conflictDate(conflict: EventSeriesConflict): string {
    return longDate(conflict.date, this.language.current());
  }

  /** The API names the problem type that kept a date from being made: the same words as for one event. */
  protected conflictProblem(conflict: EventSeriesConflict): ApiProblem {
    return new ApiProblem({ type: conflict.reason, title: conflict.detail, status: 409, detail: conflict.detail });
  }

  /** Publishing keeps what the form says: unsaved changes are saved first. */
  protected publish(event: EventView): void {
    const unsaved = this.form.dirty;
    if (unsaved) {
      this.form.markAllAsTouched();
      if (this.form.invalid) {
        focusFirstInvalidField(this.host.nativeElement);
        return;
      }
    }
    this.start();
    const saved: Observable<unknown> = unsaved
      ? this.api.update(event.id, changeOf(this.form.getRawValue()))
      : of(event);
    saved.pipe(switchMap(() => this.api.publish(event.id))).subscribe({
      next: (published) => this.done(published, { key: 'eventEditor.published', params: { title: published.title } }),
      error: (error: unknown) => this.fail(error),
    });
  }

  protected cancelEvent(event: EventView): void {
    this.confirmer
      .confirm({
        titleKey: 'eventEditor.cancel.title',
        messageKey: 'eventEditor.cancel.message',
        confirmKey: 'eventEditor.cancel.confirm',
        params: { title: event.title, count: event.registeredCount + event.waitlistCount },
      })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.start();
          return this.api.cancel(event.id);
        }),
      )
      .subscribe({
        next: (cancelled) => this.done(cancelled, { key: 'eventEditor.cancel.done', params: { title: event.title } }),
        error: (error: unknown) => this.fail(error),
      });
  }

  protected duplicate(event: EventView): void {
    this.start();
    this.api.duplicate(event.id).subscribe({
      next: (copy) =>
        void this.router.navigate(['/hote/evenements', copy.id], {
          state: { announce: { key: 'eventEditor.duplicated', params: { title: copy.title } } },
        }),
      error: (error: unknown) => this.fail(error),
    });
  }

  private show(event: EventView): void {
    this.event.set(event);
    this.form.reset(formValueOf(event), { emitEvent: false });
    // The rooms follow the site, which `reset` set without telling valueChanges.
    this.form.controls.siteId.setValue(event.siteId ?? '');
  }

  private start(): void {
    this.acting.set(true);
    this.announcement.set(null);
    this.failure.set(null);
    this.unplaced.set([]);
  }

  private done(event: EventView, announcement: EditorAnnouncement): void {
    this.acting.set(false);
    this.show(event);
    this.announcement.set(announcement);
  }

  private fail(error: unknown): void {
    this.acting.set(false);
    const problem = asApiProblem(error);
    this.failure.set(problem);
    // The API names instants; the form splits them into a date and times of day.
    const errors = problem.errors.map((error) => ({ ...error, field: FIELD_CONTROLS[error.field] ?? error.field }));
    this.unplaced.set(
      applyFieldErrors(
        this.form,
        new ApiProblem({ type: problem.type, title: problem.title, status: problem.status, errors }),
      ),
    );
    focusFirstInvalidField(this.host.nativeElement);
  }
}
