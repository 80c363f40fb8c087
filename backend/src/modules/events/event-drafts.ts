import { DateTime } from 'luxon';
import { FieldError, InvalidInput } from '../../common/problem/domain-error';
import type { EventFieldsRequest } from './dto/event.dto';
import type { EventCategory, EventVisibility } from './entities/event.entity';
import { parseEventInstant } from './event-time';
import { EventInPast } from './events.errors';

/** Where an event takes place, as far as its rules go: a site the caller manages, or none. */
export interface EventPlace {
  siteId: string | null;
  siteStatus: string | null;
  zone: string;
}

/** An event ready to be written: times parsed in its zone, fields checked. */
export interface EventDraft {
  place: EventPlace;
  title: string;
  description: string;
  category: EventCategory;
  start: DateTime;
  end: DateTime;
  capacity: number;
  visibility: EventVisibility;
  registrationDeadline: Date | null;
  roomId: string | null;
  onlineUrl: string | null;
}

/** Reads `value` (an input instant) as `field`, collecting a 400 for an unreadable one. */
export function instantField(errors: FieldError[], field: string, value: string, zone: string): DateTime | undefined {
  const instant = parseEventInstant(value, zone);
  if (!instant) errors.push({ field, message: `${field} must be an ISO 8601 date and time` });
  return instant;
}

/** 400 unless end comes after start and a deadline, if any, at the latest at the end. */
export function timeErrors(start: DateTime, end: DateTime, deadline: Date | null): FieldError[] {
  const errors: FieldError[] = [];
  if (end <= start) errors.push({ field: 'end', message: 'end must come after start' });
  if (deadline && deadline > end.toJSDate()) {
    errors.push({ field: 'registrationDeadline', message: 'registrationDeadline must be at the latest the end' });
  }
  return errors;
}

/** 422 for an event that would start now or earlier. */
export function checkStartsAhead(start: DateTime, now: Date): void {
  if (start.toJSDate() <= now) throw EventInPast();
}

/** The request's fields, checked and with their times read in the place's zone. */
export function draftOf(
  request: EventFieldsRequest & { registrationDeadline?: string | null },
  place: EventPlace,
  now: Date,
): EventDraft {
  const errors: FieldError[] = [];
  const start = instantField(errors, 'start', request.start, place.zone);
  const end = instantField(errors, 'end', request.end, place.zone);
  const deadline = request.registrationDeadline
    ? instantField(errors, 'registrationDeadline', request.registrationDeadline, place.zone)
    : undefined;
  if (request.roomId && !place.siteId) {
    errors.push({ field: 'roomId', message: 'a room can only be reserved at a site: give siteId' });
  }
  if (start && end) errors.push(...timeErrors(start, end, deadline?.toJSDate() ?? null));
  if (errors.length) throw new InvalidInput(errors);
  checkStartsAhead(start!, now);
  return {
    place,
    title: request.title,
    description: request.description,
    category: request.category,
    start: start!,
    end: end!,
    capacity: request.capacity,
    visibility: request.visibility ?? 'public',
    registrationDeadline: deadline?.toJSDate() ?? null,
    roomId: request.roomId ?? null,
    onlineUrl: request.onlineUrl ?? null,
  };
}
