import { DomainError } from '../../common/problem/domain-error';

/** An event action that goes against a rule: 422 with a stable `type` the front end translates. */
export class EventRule extends DomainError {
  readonly kind = 'rule';
  readonly title: string;
  constructor(
    readonly type: string,
    title: string,
    detail: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(detail);
    this.title = title;
    Object.assign(this.extensions, extensions);
  }
}

export const RegistrationClosed = (deadline: string) =>
  new EventRule('registration-closed', 'Registration closed', `Registration for this event closed at ${deadline}.`, {
    registrationDeadline: deadline,
  });

export const EventCancelled = () =>
  new EventRule('event-cancelled', 'Event cancelled', 'This event has been cancelled.');

export const EventNotPublished = () =>
  new EventRule('event-not-published', 'Event not published', 'This event is a draft: publish it before registering.');

export const EventStarted = () =>
  new EventRule(
    'event-started',
    'Event already started',
    'The event has started: its registrations can no longer be cancelled.',
  );

export const EventOver = () => new EventRule('event-over', 'Event over', 'This event is over.');

export const EventInPast = () =>
  new EventRule('event-in-past', 'In the past', 'An event must start at a time to come.');

export const CapacityBelowRegistered = (registered: number) =>
  new EventRule(
    'capacity-below-registered',
    'Capacity below the registered count',
    `${registered} people are registered: the capacity cannot go below that.`,
    { registeredCount: registered },
  );

export const SiteNotPublished = () =>
  new EventRule(
    'site-not-published',
    'Site not published',
    'The event’s site is not published: an event there cannot be published yet.',
  );

export const AttendanceNotOpen = (date: string) =>
  new EventRule(
    'attendance-not-open',
    'Not the time to mark attendance',
    `Attendance can be marked from the day of the event (${date}).`,
    { date },
  );

export const NotAttendable = (status: string) =>
  new EventRule(
    'not-attendable',
    'Not a registered participant',
    `A ${status} registration cannot be marked as attended: only registered participants can.`,
    { registrationStatus: status },
  );

export const NonexistentLocalTime = (local: string, zone: string) =>
  new EventRule(
    'nonexistent-local-time',
    'Local time that does not exist',
    `${local} does not exist in ${zone} (the clocks skip it when summer time starts).`,
    { localTime: local },
  );

export const SeriesWithoutDates = () =>
  new EventRule('series-without-dates', 'No date in the series', 'No weekly date falls between the start and until.');

/** 409: the member already holds a place or a place in line; the problem names it. */
export class AlreadyRegistered extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'already-registered';
  readonly title = 'Already registered';
  constructor(registration: { id: string; status: string; position?: number }) {
    super(
      registration.status === 'waitlisted'
        ? `You are already on this event’s waitlist (position ${registration.position}).`
        : 'You are already registered for this event.',
    );
    this.extensions['registration'] = registration;
  }
}

/** 403: the caller sees the event but does not manage it (not a host of its site, not an officer). */
export class NotEventManager extends DomainError {
  readonly kind = 'forbidden';
  readonly type = 'not-event-manager';
  readonly title = 'Not a manager of this event';
  constructor() {
    super('Only a network officer or a host of the event’s site may do this.');
  }
}
