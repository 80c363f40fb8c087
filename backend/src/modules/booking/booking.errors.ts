import { DomainError } from '../../common/problem/domain-error';

/** A booking that goes against a rule of the site or of the network: 422 with a stable `type`. */
export class BookingRule extends DomainError {
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

export const SiteClosed = (date: string, why: string) =>
  new BookingRule('site-closed', 'Site closed that day', `The site is closed on ${date}: ${why}.`, { date });

export const OutsideOpeningHours = (detail: string) =>
  new BookingRule('outside-opening-hours', 'Outside opening hours', detail);

export const NoSuchHalfDay = (slot: 'morning' | 'afternoon', date: string) =>
  new BookingRule(
    'no-such-half-day',
    'No such half-day',
    slot === 'morning'
      ? `The site opens at or after 13:00 on ${date}: it has no morning that day.`
      : `The site closes at or before 13:00 on ${date}: it has no afternoon that day.`,
    { date, slot },
  );

export const NotOnHalfHour = () =>
  new BookingRule(
    'not-on-half-hour',
    'Not on a 30-minute boundary',
    'start and end must fall on 30-minute boundaries (09:00, 09:30, …) in the site’s time zone.',
  );

export const NonexistentLocalTime = (local: string, zone: string) =>
  new BookingRule(
    'nonexistent-local-time',
    'Local time that does not exist',
    `${local} does not exist in ${zone} (the clocks skip it when summer time starts).`,
    { localTime: local },
  );

export const BookingInPast = () =>
  new BookingRule('booking-in-past', 'In the past', 'That time is already over: only a time to come can be booked.');

export const BeyondHorizon = (lastDate: string, days: number) =>
  new BookingRule(
    'beyond-booking-horizon',
    'Beyond the booking horizon',
    `Bookings open ${days} days ahead: the last date that can be booked today is ${lastDate}.`,
    { lastDate },
  );

export const ResourceInactive = () =>
  new BookingRule('resource-inactive', 'Resource removed', 'This resource has been removed and takes no new bookings.');

/** A room an event holds is moved or freed through the event, so that the event never loses its room unseen. */
export const HeldByEvent = () =>
  new BookingRule(
    'held-by-event',
    'Held by an event',
    'This room is held by an event: move or cancel the event to free it.',
  );

export const CheckInWindow = (detail: string) => new BookingRule('check-in-window', 'Not the time to check in', detail);

export const NotStartedYet = (start: string) =>
  new BookingRule(
    'booking-not-started',
    'Not started yet',
    `A booking can be marked as a no-show once it has started, at ${start}.`,
    { start },
  );

export const CancellationCutoffPassed = (siteName: string, deadline: string) =>
  new BookingRule(
    'cancellation-cutoff',
    'Too late to cancel',
    `At ${siteName}, a booking can be cancelled by its holder until ${deadline}: ask the site’s team to cancel it.`,
    { cutoff: deadline },
  );

/** 409: the resource is taken then, or no resource of the kind is free. */
export class BookingConflict extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'booking-conflict';
  readonly title = 'Already booked';
  constructor(detail: string, extensions: Record<string, unknown> = {}) {
    super(detail);
    Object.assign(this.extensions, extensions);
  }
}

/** 409: the booking is no longer in a state that allows this action. */
export class BookingState extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'booking-state';
  readonly title = 'Not possible in the booking’s state';
  constructor(status: string, action: string) {
    super(`A ${status.replace('_', '-')} booking cannot be ${action}.`);
    this.extensions['bookingStatus'] = status;
  }
}

/** 409: the member already holds a booking of that kind at the site then (a series, the waitlist). */
export class AlreadyBooked extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'already-booked';
  readonly title = 'Already booked then';
  constructor(date: string, slot: string) {
    super(`You already have a booking at this site on ${date} (${slot.replace('_', ' ')}).`);
    Object.assign(this.extensions, { date, slot });
  }
}

/**
 * Within the booking module only: the place went to a booking PostgreSQL saw first. Bookings are written
 * with `ON CONFLICT DO NOTHING`, which waits for a competing insert and then skips the row, where a plain
 * INSERT racing on the exclusion constraint can deadlock (40P01) with many requests for one desk. The
 * callers turn it into the next candidate or a 409.
 */
export class PlaceTaken extends Error {
  constructor() {
    super('The place was taken by another booking');
  }
}
