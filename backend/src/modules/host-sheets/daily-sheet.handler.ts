import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { MAX_PAGE_SIZE } from '../../common/pagination/page';
import { HandlesJob, JobHandler, JobOutcome } from '../../jobs/job-handler';
import { AuditService } from '../audit/audit.service';
import { SiteBookers } from '../booking/site-bookers';
import { EventsService } from '../events/events.service';
import type { Locale } from '../identity/entities/user.entity';
import { PeopleDirectory, type PersonCard } from '../identity/people-directory';
import { Mailer } from '../notifications/mailer';
import { SiteCalendar } from '../sites/site-calendar';
import { SiteHostsService } from '../sites/site-hosts.service';

/** What `host-sheets/daily-sheet` reads; every field is there (the templates are strict). */
export interface DailySheetData {
  firstName: string;
  siteName: string;
  /** The day described, in words: `mardi 24 mars 2026`. */
  date: string;
  closed: boolean;
  closedReason: string | null;
  holiday: string | null;
  checkInRequired: boolean;
  hasBookings: boolean;
  bookingCount: number;
  bookings: { time: string; resource: string; member: string | null; bookedBy: string | null }[];
  hasEvents: boolean;
  eventCount: number;
  events: { time: string; title: string; room: string | null; taken: number; capacity: number; waitlist: number }[];
}

interface HostRow {
  email: string;
  first_name: string;
  locale: Locale;
}

/** A time of day as the host reads it: `08h30` in French, `08:30` in English (as in the booking mails). */
function clockTime(instant: Date, zone: string, locale: Locale): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat(locale === 'fr' ? "HH'h'mm" : 'HH:mm');
}

function span(start: Date, end: Date, zone: string, locale: Locale): string {
  return `${clockTime(start, zone, locale)}–${clockTime(end, zone, locale)}`;
}

/**
 * A host's sheet of one day at one site, read when it is sent: a booking made after 07:00 is on it if the
 * mail goes later (a retry). Skipped when the day holds no booking and no event, when the host no longer
 * hosts the site or it is no longer published, and (by the mailer) when the host turned the sheet off.
 * The host's address and language are read from `users`, the documented exception the booking mails make
 * until identity exports a contact lookup.
 */
@Injectable()
@HandlesJob('host.daily-sheet')
export class DailySheetHandler implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: SiteCalendar,
    private readonly hosts: SiteHostsService,
    private readonly bookers: SiteBookers,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly people: PeopleDirectory,
    private readonly mailer: Mailer,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const { siteId, hostId, date } = payload;
    const settings = await this.calendar.bookingSettings(siteId);
    const schedule = await this.calendar.findSchedule(siteId);
    if (!settings || schedule?.status !== 'published') return 'skipped';
    if (!(await this.hosts.hostedSiteIds(hostId)).includes(siteId)) return 'skipped';
    const [host]: HostRow[] = await this.dataSource.query(`SELECT email, first_name, locale FROM users WHERE id = $1`, [
      hostId,
    ]);
    if (!host) return 'skipped';
    const locale: Locale = host.locale === 'en' ? 'en' : 'fr';
    const data = await this.sheet(settings.siteId, settings.name, settings.timezone, date, locale);
    if (!data) return 'skipped';
    return this.mailer.send({
      to: { email: host.email, locale, userId: hostId },
      template: 'host-sheets/daily-sheet',
      topic: 'host-daily-sheet',
      data: { ...data, firstName: host.first_name, checkInRequired: settings.checkInRequired },
    });
  }

  /** The day's bookings and events, or undefined when there are none. */
  private async sheet(
    siteId: string,
    siteName: string,
    zone: string,
    date: string,
    locale: Locale,
  ): Promise<Omit<DailySheetData, 'firstName' | 'checkInRequired'> | undefined> {
    const day = DateTime.fromISO(date, { zone }).startOf('day');
    const from = day.toJSDate();
    const to = day.plus({ days: 1 }).toJSDate();
    // An event's room hold is shown with its event, not as a booking.
    const places = (await this.bookers.holdingBetween(siteId, from, to)).filter((place) => !place.eventId);
    const events = await this.events.publishedAtSiteBetween(siteId, from, to);
    if (!places.length && !events.length) return undefined;

    const bookedBy = await this.audit.actorsOf(
      'booking.create-on-behalf',
      places.map((place) => place.id),
    );
    const names = await this.names([
      ...places.flatMap((place) => (place.userId ? [place.userId] : [])),
      ...bookedBy.values(),
    ]);
    const opening = await this.calendar.openingOn(siteId, date);
    const closedBecause = opening?.closedBecause;
    return {
      siteName,
      date: day.setLocale(locale).toFormat('cccc d LLLL yyyy'),
      closed: !opening?.ranges.length,
      closedReason: closedBecause?.kind === 'closure' ? closedBecause.reason : null,
      holiday: closedBecause?.kind === 'public_holiday' ? closedBecause.name : null,
      hasBookings: places.length > 0,
      bookingCount: places.length,
      bookings: places.map((place) => {
        const actor = bookedBy.get(place.id);
        return {
          time: span(place.start, place.end, zone, locale),
          resource: place.resourceName,
          member: (place.userId && names.get(place.userId)) || null,
          bookedBy: (actor && actor !== place.userId && names.get(actor)) || null,
        };
      }),
      hasEvents: events.length > 0,
      eventCount: events.length,
      events: events.map((event) => ({
        time: span(event.starts_at, event.ends_at, zone, locale),
        title: event.title,
        room: event.room_name,
        taken: event.taken,
        capacity: event.capacity,
        waitlist: event.waitlist_count,
      })),
    };
  }

  /** "First Last" by id, asked of the directory a page at a time; erased accounts are absent. */
  private async names(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const cards = new Map<string, PersonCard>();
    for (let i = 0; i < unique.length; i += MAX_PAGE_SIZE) {
      for (const [id, card] of await this.people.cards(unique.slice(i, i + MAX_PAGE_SIZE))) cards.set(id, card);
    }
    return new Map([...cards].map(([id, card]) => [id, `${card.firstName} ${card.lastName}`.trim()]));
  }
}
