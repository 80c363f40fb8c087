import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { calendarText } from '../events/event-calendar-file';

export interface BookingInvitationFacts {
  bookingId: string;
  start: Date;
  end: Date;
  siteName: string;
  resourceName: string;
  /** The site's street address, when it has one. */
  address?: string | null;
}

export interface InvitationContext {
  /** `PUBLIC_URL`: its host names the UID. */
  publicUrl: string;
  /** `MAIL_FROM` ("Name <address>"): the organizer a client answers to. */
  mailFrom: string;
  stamp: Date;
}

/** The UID of a booking wherever it is written (its mails and the member's calendar feed), so they are one entry. */
export function bookingUid(bookingId: string, publicUrl: string): string {
  return `booking-${bookingId}@${new URL(publicUrl).hostname}`;
}

/**
 * A booking as an iTIP invitation (RFC 5546) for the mail's `text/calendar` part: `REQUEST` when it is
 * confirmed, `CANCEL` with the same UID and a higher SEQUENCE when it is cancelled, so that a calendar client
 * that accepted the first removes it on the second. A booking never moves, so SEQUENCE is 0 then 1. Times are
 * in UTC: no VTIMEZONE needed.
 */
export function bookingInvitation(
  method: 'REQUEST' | 'CANCEL',
  facts: BookingInvitationFacts,
  context: InvitationContext,
): { method: 'REQUEST' | 'CANCEL'; content: string } {
  const cancelled = method === 'CANCEL';
  const calendar = ical({
    prodId: { company: 'Bastide', product: 'Reservations', language: 'FR' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: bookingUid(facts.bookingId, context.publicUrl),
    sequence: cancelled ? 1 : 0,
    stamp: context.stamp,
    start: facts.start,
    end: facts.end,
    summary: `${facts.resourceName} · ${facts.siteName}`,
    location: facts.address?.trim() ? `${facts.siteName}, ${facts.address.trim()}` : facts.siteName,
    organizer: context.mailFrom,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return { method, content: calendarText(calendar) };
}
