import { DateTime } from 'luxon';
import type { Locale } from '../../identity/entities/user.entity';
import { eventPageUrl } from '../event-calendar-file';
import type { EventRow } from '../event-records';

/** What the event templates (`events/mail/*.hbs`) read; the sentences around it are theirs. */
export interface EventMailData {
  firstName: string | null;
  title: string;
  /** The start's local date, written out in the member's language ("vendredi 27 mars 2026"). */
  day: string;
  startTime: string;
  endTime: string;
  /** Whether the event ends on the day it starts; otherwise `endDay` is the date it ends. */
  sameDay: boolean;
  endDay: string;
  siteName: string | null;
  roomName: string | null;
  onlineUrl: string | null;
  /** The member's place in the waiting line (the waitlisted mail), else null. */
  position: number | null;
  /** The event's page in the web app. */
  link: string;
}

export interface EventMailFacts {
  firstName: string | null;
  position: number | null;
  event: Pick<
    EventRow,
    'id' | 'title' | 'starts_at' | 'ends_at' | 'timezone' | 'site_name' | 'room_name' | 'online_url'
  >;
}

/** Times as each language writes them: 14h00 in French, 14:00 in English. */
const TIME_FORMAT: Record<Locale, string> = { fr: "HH'h'mm", en: 'HH:mm' };

/** The template data of an event mail, its dates in the event's zone and written in the member's language. */
export function eventMailData(facts: EventMailFacts, locale: Locale, publicUrl: string): EventMailData {
  const { event } = facts;
  const start = DateTime.fromJSDate(event.starts_at, { zone: event.timezone }).setLocale(locale);
  const end = DateTime.fromJSDate(event.ends_at, { zone: event.timezone }).setLocale(locale);
  return {
    firstName: facts.firstName,
    title: event.title,
    day: start.toFormat('cccc d LLLL yyyy'),
    startTime: start.toFormat(TIME_FORMAT[locale]),
    endTime: end.toFormat(TIME_FORMAT[locale]),
    sameDay: start.toISODate() === end.toISODate(),
    endDay: end.toFormat('cccc d LLLL yyyy'),
    siteName: event.site_name,
    roomName: event.room_name,
    onlineUrl: event.online_url,
    position: facts.position,
    link: eventPageUrl(publicUrl, event.id),
  };
}
