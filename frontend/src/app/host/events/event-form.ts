import { AbstractControl, FormControl, FormGroup, ValidationErrors, Validators } from '@angular/forms';
import {
  CreateEventRequest,
  EventCategory,
  EventChange,
  EventView,
  EventVisibility,
} from '../../core/api/events.types';
import { clockTime, localDateAt } from '../../core/time/local-dates';

/** The API's limits on an event. */
export const TITLE_MAX_LENGTH = 200;
export const DESCRIPTION_MAX_LENGTH = 20_000;
export const CAPACITY_MAX = 10_000;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** An event as the editor shows it: a local date and times of day, read in the site's zone by the API. */
export function eventForm() {
  return new FormGroup(
    {
      /** '' for no site (an officer's online or network-wide event). */
      siteId: new FormControl('', { nonNullable: true }),
      title: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.maxLength(TITLE_MAX_LENGTH)],
      }),
      category: new FormControl<EventCategory>('telework_cafe', { nonNullable: true }),
      description: new FormControl('', { nonNullable: true, validators: Validators.maxLength(DESCRIPTION_MAX_LENGTH) }),
      date: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(LOCAL_DATE)],
      }),
      startTime: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(LOCAL_TIME)],
      }),
      endTime: new FormControl('', {
        nonNullable: true,
        validators: [Validators.required, Validators.pattern(LOCAL_TIME)],
      }),
      capacity: new FormControl<number | null>(12, {
        validators: [Validators.required, Validators.min(1), Validators.max(CAPACITY_MAX)],
      }),
      visibility: new FormControl<EventVisibility>('public', { nonNullable: true }),
      /** Both empty: registrations close at the start. */
      deadlineDate: new FormControl('', { nonNullable: true, validators: Validators.pattern(LOCAL_DATE) }),
      deadlineTime: new FormControl('', { nonNullable: true, validators: Validators.pattern(LOCAL_TIME) }),
      /** '' for no room. */
      roomId: new FormControl('', { nonNullable: true }),
      onlineUrl: new FormControl('', {
        nonNullable: true,
        validators: [Validators.pattern(/^https?:\/\/\S+$/), Validators.maxLength(2000)],
      }),
    },
    { validators: [endAfterStart, deadlineComplete] },
  );
}

export type EventForm = ReturnType<typeof eventForm>;
export type EventFormValue = ReturnType<EventForm['getRawValue']>;

/** The end's control says when the end does not come after the start (same day: times compare as text). */
function endAfterStart(group: AbstractControl): ValidationErrors | null {
  const start = group.get('startTime');
  const end = group.get('endTime');
  if (!start || !end) {
    return null;
  }
  const { endBeforeStart: _, ...others } = end.errors ?? {};
  const wrong = !!start.value && !!end.value && end.value <= start.value;
  end.setErrors(wrong ? { ...others, endBeforeStart: true } : Object.keys(others).length ? others : null);
  return null;
}

/** A deadline needs both its date and its time. */
function deadlineComplete(group: AbstractControl): ValidationErrors | null {
  const date = group.get('deadlineDate')?.value;
  const time = group.get('deadlineTime')?.value;
  return !!date !== !!time ? { deadlineIncomplete: true } : null;
}

/** The editor's values for an existing event, in its own zone. */
export function formValueOf(event: EventView): EventFormValue {
  const zone = event.timezone;
  return {
    siteId: event.siteId ?? '',
    title: event.title,
    category: event.category,
    description: event.description,
    date: localDateAt(new Date(event.start), zone),
    startTime: clockTime(event.start, zone),
    endTime: clockTime(event.end, zone),
    capacity: event.capacity,
    visibility: event.visibility,
    deadlineDate: event.registrationDeadlineSet ? localDateAt(new Date(event.registrationDeadline), zone) : '',
    deadlineTime: event.registrationDeadlineSet ? clockTime(event.registrationDeadline, zone) : '',
    roomId: event.roomId ?? '',
    onlineUrl: event.onlineUrl ?? '',
  };
}

/** Local date and time without an offset: the API reads it in the site's zone (the network's without one). */
function localInstant(date: string, time: string): string {
  return `${date}T${time}`;
}

/** Every field, as a change: unchanged ones change nothing, and `null` clears the optional ones. */
export function changeOf(value: EventFormValue): EventChange {
  return {
    title: value.title.trim(),
    category: value.category,
    description: value.description,
    start: localInstant(value.date, value.startTime),
    end: localInstant(value.date, value.endTime),
    capacity: value.capacity ?? 1,
    visibility: value.visibility,
    registrationDeadline:
      value.deadlineDate && value.deadlineTime ? localInstant(value.deadlineDate, value.deadlineTime) : null,
    roomId: value.roomId || null,
    onlineUrl: value.onlineUrl.trim() || null,
  };
}

export function createRequestOf(value: EventFormValue): CreateEventRequest {
  const change = changeOf(value);
  return {
    ...(value.siteId ? { siteId: value.siteId } : {}),
    title: change.title!,
    description: change.description!,
    category: change.category!,
    start: change.start!,
    end: change.end!,
    capacity: change.capacity!,
    visibility: change.visibility,
    registrationDeadline: change.registrationDeadline,
    roomId: change.roomId,
    onlineUrl: change.onlineUrl,
  };
}
