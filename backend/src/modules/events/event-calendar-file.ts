import { Inject, Injectable } from '@nestjs/common';
import ical, { ICalCalendar, ICalCalendarMethod, ICalEvent, ICalEventStatus } from 'ical-generator';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { EventRow, maySeeEvent } from './event-records';
import { EventsService } from './events.service';

/** The address of an event's page in the web app (also the link of its mails). */
export function eventPageUrl(publicUrl: string, eventId: string): string {
  return `${publicUrl}/agenda/${eventId}`;
}

/**
 * One event as an RFC 5545 calendar ("add to my calendar"). ical-generator escapes the text values and
 * folds lines at 75 octets; times are written in UTC, so no VTIMEZONE is needed. The UID is stable, so a
 * second download updates the first one in the member's calendar; SEQUENCE grows with every change of time
 * or place (`revision`) and once more when the event is cancelled, so that clients take the newer copy and
 * keep a cancelled event cancelled.
 */
@Injectable()
export class EventCalendarFile {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  /** The calendar of the event, or 404 for an event the caller may not know of (as `GET /events/{id}`). */
  async render(id: string, principal: Principal | undefined): Promise<string> {
    const row = await this.events.findRow(id, principal);
    if (!row || !maySeeEvent(principal, row)) throw new NotFound('Event', id);
    return this.calendarOf(row);
  }

  private calendarOf(row: EventRow): string {
    const calendar = newCalendar();
    addEventEntry(calendar, row, this.config.publicUrl, this.clock.now());
    return calendarText(calendar);
  }
}

/** An empty published calendar of Bastide (the calendars module fills feeds with it too). */
export function newCalendar(name?: string): ICalCalendar {
  return ical({
    prodId: { company: 'Bastide', product: 'Agenda', language: 'FR' },
    method: ICalCalendarMethod.PUBLISH,
    ...(name ? { name } : {}),
  });
}

/**
 * The event as one VEVENT: the same UID and SEQUENCE wherever it is written (its own file, a site's feed,
 * a member's feed), so that every copy a client holds is the same entry.
 */
export function addEventEntry(calendar: ICalCalendar, row: EventRow, publicUrl: string, stamp: Date): ICalEvent {
  const cancelled = row.status === 'cancelled';
  return calendar.createEvent({
    id: eventUid(row.id, publicUrl),
    sequence: row.revision + (cancelled ? 1 : 0),
    stamp,
    created: row.created_at,
    lastModified: row.updated_at,
    start: row.starts_at,
    end: row.ends_at,
    summary: row.title,
    description: row.description,
    location: locationOf(row),
    url: eventPageUrl(publicUrl, row.id),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/** The UID of an event wherever it is written (its file, the feeds, its mails), so they are one entry. */
export function eventUid(eventId: string, publicUrl: string): string {
  return `event-${eventId}@${new URL(publicUrl).hostname}`;
}

/**
 * The event as an iTIP invitation (RFC 5546) for a mail's `text/calendar` part: the same VEVENT as its
 * `.ics` (UID, SEQUENCE following the revision), with `REQUEST` while the member holds a place, so that a
 * calendar client adds it and updates it on every change, and `CANCEL` once the event is cancelled, so that
 * the client removes it. `mailFrom` ("Name <address>") is the organizer a client answers to.
 */
export function eventInvitation(
  method: 'REQUEST' | 'CANCEL',
  row: EventRow,
  context: { publicUrl: string; mailFrom: string; stamp: Date },
): { method: 'REQUEST' | 'CANCEL'; content: string } {
  const calendar = newCalendar();
  calendar.method(method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  addEventEntry(calendar, row, context.publicUrl, context.stamp).organizer(context.mailFrom);
  return { method, content: calendarText(calendar) };
}

/** The calendar's text, every line ended by CRLF. */
export function calendarText(calendar: ICalCalendar): string {
  // ical-generator leaves the last line without its CRLF, which RFC 5545 §3.1 requires of every line.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}

/** The room, the site and its commune; or where to join an online event; nothing for a network-wide one. */
function locationOf(row: EventRow): string | null {
  const place = [row.room_name, row.site_name, row.commune_name].filter((part): part is string => !!part);
  if (place.length) return place.join(', ');
  return row.online_url;
}
