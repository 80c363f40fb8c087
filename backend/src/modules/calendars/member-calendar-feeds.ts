import { Inject, Injectable } from '@nestjs/common';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { BookingRow } from '../booking/booking-records';
import { BookingService } from '../booking/booking.service';
import { addEventEntry, calendarText, newCalendar } from '../events/event-calendar-file';
import { EventsService } from '../events/events.service';
import { resolveJwtSecret } from '../identity/jwt-secret';
import type { CalendarFeedView } from './dto/calendar-feed.dto';

/** How far back a feed reaches: a month of past items, enough to look back at, few enough to stay small. */
export const FEED_PAST_DAYS = 30;

/** A token is 32 random-looking bytes in base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A member's secret calendar feed: their bookings and registered events at an address whose token is the
 * only credential (calendar clients cannot sign in). The token is derived from the row's random nonce with
 * a key of the server (HMAC-SHA-256 under a key derived from the JWT secret), so neither a copy of the
 * database nor one of the key alone yields a working address; the row keeps only its SHA-256 hash for the
 * lookup. A new token (POST) replaces the nonce and hash in one UPDATE, so the old address is dead at once.
 */
@Injectable()
export class MemberCalendarFeeds {
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly bookings: BookingService,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {
    // A key of its own, so that a feed token never doubles as anything signed with the JWT secret.
    this.key = createHmac('sha256', resolveJwtSecret(config)).update('bastide calendar feed').digest();
  }

  /** The member's feed address; 404 until they ask for one (POST) or after they revoked it. */
  async url(userId: string): Promise<CalendarFeedView> {
    const [row]: { nonce: Buffer }[] = await this.dataSource.query(
      `SELECT nonce FROM calendar_feeds WHERE user_id = $1`,
      [userId],
    );
    if (!row) throw new NotFound('Calendar feed');
    return { url: this.urlOf(this.tokenOf(row.nonce)) };
  }

  /** A new address for the member's feed; the previous one, if any, stops working at once. */
  async renew(userId: string): Promise<CalendarFeedView> {
    const nonce = randomBytes(32);
    const token = this.tokenOf(nonce);
    await this.dataSource.query(
      `INSERT INTO calendar_feeds (user_id, nonce, token_hash, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id) DO UPDATE SET nonce = EXCLUDED.nonce, token_hash = EXCLUDED.token_hash,
         created_at = EXCLUDED.created_at`,
      [userId, nonce, hashOf(token), this.clock.now()],
    );
    return { url: this.urlOf(token) };
  }

  /** Revokes the member's feed (nothing to do when there is none). */
  async revoke(userId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
  }

  /** The feed of the token's holder; 404 alike for a malformed, unknown or revoked token. */
  async render(token: string): Promise<string> {
    if (!TOKEN.test(token)) throw new NotFound('Calendar feed');
    const [feed]: { user_id: string }[] = await this.dataSource.query(
      `SELECT user_id FROM calendar_feeds WHERE token_hash = $1`,
      [hashOf(token)],
    );
    if (!feed) throw new NotFound('Calendar feed');
    const now = this.clock.now();
    const since = DateTime.fromJSDate(now).minus({ days: FEED_PAST_DAYS }).toJSDate();
    const [bookings, events] = await Promise.all([
      this.bookings.calendarOf(feed.user_id, since),
      this.events.registeredEventsOf(feed.user_id, since),
    ]);
    const calendar = newCalendar('Bastide');
    const publicUrl = this.config.publicUrl;
    for (const booking of bookings) addBookingEntry(calendar, booking, publicUrl, now);
    for (const event of events) addEventEntry(calendar, event, publicUrl, now);
    return calendarText(calendar);
  }

  private tokenOf(nonce: Buffer): string {
    return createHmac('sha256', this.key).update(nonce).digest('base64url');
  }

  private urlOf(token: string): string {
    return `${this.config.publicUrl}/api/v1/calendar/${token}.ics`;
  }
}

function hashOf(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/**
 * A booking as one VEVENT. Its UID is stable (`booking-<id>@<host>`); a booking never moves, so SEQUENCE
 * only rises once, when it is cancelled, and the client then keeps it cancelled.
 */
function addBookingEntry(
  calendar: ReturnType<typeof newCalendar>,
  booking: BookingRow,
  publicUrl: string,
  stamp: Date,
): void {
  const cancelled = booking.status === 'cancelled';
  calendar.createEvent({
    id: `booking-${booking.id}@${new URL(publicUrl).hostname}`,
    sequence: cancelled ? 1 : 0,
    stamp,
    created: booking.created_at,
    start: booking.start,
    end: booking.end,
    summary: `${booking.resource_name} · ${booking.site_name}`,
    location: booking.site_name,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}
