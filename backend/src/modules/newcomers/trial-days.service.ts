import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DateTime } from 'luxon';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { InvalidInput, NotFound } from '../../common/problem/domain-error';
import { searchKey } from '../../common/text/search-key';
import { UNIQUE_VIOLATION, violates } from '../../database/postgres-errors';
import { OutboxService } from '../../jobs/outbox.service';
import { AuditService } from '../audit/audit.service';
import { BookingService } from '../booking/booking.service';
import { BookingConflict } from '../booking/booking.errors';
import type { Slot } from '../booking/booking-slots';
import { AuthService } from '../identity/auth.service';
import { EmailTaken } from '../identity/identity.errors';
import { PeopleDirectory } from '../identity/people-directory';
import { Metrics } from '../monitoring/metrics';
import type { ResourceKind } from '../sites/site-amenities';
import { SiteCalendar, type SiteSchedule } from '../sites/site-calendar';
import { SiteProximity, type GeoPoint } from '../sites/site-proximity';
import { siteInstant } from '../sites/site-time';
import { TerritoryService } from '../territory/territory.service';
import type { PersonRef } from './dto/newcomer.dto';
import {
  AcceptTrialDayRequest,
  OfferTrialDayRequest,
  SuggestedSitesPage,
  SuggestionOrigin,
  TrialDayAcceptance,
  TrialDayInvitationView,
  TrialDayPage,
  TrialDayView,
  type TrialDayState,
} from './dto/trial-day.dto';
import type { TrialDayStatus } from './entities/newcomer-trial-day.entity';
import { NETWORK_ZONE, type NewcomerStatus } from './newcomer-terms';
import { linkFileToAccount, writeTimelineEntry } from './newcomer-timeline';
import { retainedUntil } from './newcomers.service';
import {
  TrialDayAccountExists,
  TrialDayLinkClosed,
  TrialDayNotPending,
  TrialDayOtherAccount,
  TrialDayPending,
  TrialDaySiteUnpublished,
} from './trial-day.errors';

/** How long an invitation's link works at most; never past the start of the trial day itself. */
export const INVITATION_LIFETIME = { days: 7 } as const;

/** The outbox key of an invitation's mail: one mail per invitation. */
export function trialDayInvitationKey(trialDayId: string): string {
  return `newcomer-trial-day-invitation-${trialDayId}`;
}

/** What is stored of a link's secret. */
export function trialDayTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A trial day as its SQL reads it. */
interface TrialDayRow {
  id: string;
  newcomer_id: string;
  site_id: string;
  site_name: string;
  site_slug: string;
  site_address: string;
  site_timezone: string;
  resource_id: string | null;
  resource_name: string | null;
  kind: ResourceKind;
  day: string;
  slot: Slot;
  status: TrialDayStatus;
  expires_at: Date;
  offered_by: string | null;
  offered_at: Date;
  sent_at: Date | null;
  accepted_at: Date | null;
  withdrawn_at: Date | null;
  user_id: string | null;
  booking_id: string | null;
}

const TRIAL_DAY_SELECT = `
  SELECT t.id, t.newcomer_id, t.site_id, s.name AS site_name, s.slug AS site_slug, s.address AS site_address,
         s.timezone AS site_timezone, t.resource_id, r.name AS resource_name, t.kind,
         to_char(t.date, 'YYYY-MM-DD') AS day, t.slot, t.status, t.expires_at, t.offered_by, t.offered_at, t.sent_at,
         t.accepted_at, t.withdrawn_at, t.user_id, t.booking_id
  FROM newcomer_trial_days t
  JOIN sites s ON s.id = t.site_id
  LEFT JOIN resources r ON r.id = t.resource_id`;

/** The file fields a trial day needs. */
interface FileRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  locale: 'fr' | 'en';
  status: NewcomerStatus;
  user_id: string | null;
}

/**
 * The newcomers' side of the tiers-lieux: the sites suggested near a file's wishes, and the trial day an
 * officer offers at one of them. The newcomer accepts through the mailed link: the account is opened with
 * identity's `AuthService.register` and the booking made with the booking module's `BookingService` in that
 * same transaction, so a day no longer free leaves no account behind. Sites are read through the sites
 * module's `SiteProximity` and `SiteCalendar`; the documented joins of `sites` and `resources` in
 * `TRIAL_DAY_SELECT` only name them.
 */
@Injectable()
export class TrialDaysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly people: PeopleDirectory,
    private readonly territory: TerritoryService,
    private readonly proximity: SiteProximity,
    private readonly calendar: SiteCalendar,
    private readonly bookings: BookingService,
    private readonly auth: AuthService,
    private readonly metrics: Metrics,
  ) {}

  /** The published sites nearest the place the file names, nearest first. */
  async suggestedSites(newcomerId: string, limit: number): Promise<SuggestedSitesPage> {
    const [file]: {
      wished_commune_code: string | null;
      welcome_commune_code: string | null;
      wished_area: string | null;
    }[] = isUUID(newcomerId)
      ? await this.dataSource.query(
          `SELECT wished_commune_code, welcome_commune_code, wished_area FROM newcomers
             WHERE id = $1 AND anonymised_at IS NULL`,
          [newcomerId],
        )
      : [];
    if (!file) throw new NotFound('Newcomer', newcomerId);
    const place = await this.placeOf(file);
    if (!place) return { origin: null, items: [], total: 0 };
    const { items, total } = await this.proximity.nearest(place.point, limit);
    return { origin: place.origin, items, total };
  }

  /**
   * Where a file's wishes lie: the wished commune, else the area's words as a commune or an EPCI of the Gers,
   * else the welcome commune chosen. A commune is placed by its own tiers-lieux, else by its EPCI's.
   */
  private async placeOf(file: {
    wished_commune_code: string | null;
    welcome_commune_code: string | null;
    wished_area: string | null;
  }): Promise<{ origin: SuggestionOrigin; point: GeoPoint } | undefined> {
    const communes = [file.wished_commune_code];
    const area = file.wished_area ? searchKey(file.wished_area) : '';
    if (area) {
      const named = await this.territory.findCommunes({ department: '32', q: file.wished_area!, limit: 10, offset: 0 });
      const exact = named.items.find((commune) => searchKey(commune.name) === area);
      communes.push(exact?.code ?? null);
    }
    for (const code of communes) {
      const commune = code ? await this.territory.findCommune(code) : undefined;
      if (!commune) continue;
      const own = await this.proximity.placeOfCommune(commune.code);
      if (own)
        return { origin: { kind: 'commune', code: commune.code, name: commune.name, approximate: false }, point: own };
      const epci = commune.epciCode ? await this.proximity.placeOfEpci(commune.epciCode) : undefined;
      if (epci)
        return { origin: { kind: 'commune', code: commune.code, name: commune.name, approximate: true }, point: epci };
    }
    if (area) {
      const epcis = await this.territory.findEpcis({ department: '32', limit: 100, offset: 0 });
      // "Astarac" finds "CC Astarac Arros en Gascogne": the area's words within the EPCI's name.
      const epci = epcis.items.find((candidate) => ` ${searchKey(candidate.name)} `.includes(` ${area} `));
      const point = epci ? await this.proximity.placeOfEpci(epci.code) : undefined;
      if (epci && point)
        return { origin: { kind: 'epci', code: epci.code, name: epci.name, approximate: false }, point };
    }
    const welcome = file.welcome_commune_code ? await this.territory.findCommune(file.welcome_commune_code) : undefined;
    if (welcome) {
      const own = await this.proximity.placeOfCommune(welcome.code);
      if (own)
        return { origin: { kind: 'commune', code: welcome.code, name: welcome.name, approximate: false }, point: own };
      const epci = welcome.epciCode ? await this.proximity.placeOfEpci(welcome.epciCode) : undefined;
      if (epci)
        return { origin: { kind: 'commune', code: welcome.code, name: welcome.name, approximate: true }, point: epci };
    }
    return undefined;
  }

  /**
   * Offers a trial day: checked now as a booking would be (a published site, a day it opens, not past nor
   * beyond the horizon, a desk free then), booked only when the newcomer accepts. The invitation mail follows
   * through the outbox; its link is made when it is sent.
   */
  async offer(newcomerId: string, request: OfferTrialDayRequest, actor: Principal): Promise<TrialDayView> {
    if (!isUUID(newcomerId)) throw new NotFound('Newcomer', newcomerId);
    const slot = request.slot ?? 'full_day';
    const { named, schedule } = await this.bookings.resolveTarget(
      { resourceId: request.resourceId, siteId: request.siteId },
      actor,
    );
    if (named && named.site_id !== request.siteId) {
      throw new InvalidInput([{ field: 'resourceId', message: 'resourceId must be a resource of the site' }]);
    }
    if (schedule.status !== 'published') throw new TrialDaySiteUnpublished();
    const kind: ResourceKind = named?.kind ?? 'desk';
    const window = await this.bookings.windowAt(schedule, { date: request.date, slot });
    this.bookings.checkBookable(window, schedule.timezone);
    const free = await this.bookings.freeResources(schedule.id, kind, window);
    if (named ? !free.some((resource) => resource.id === named.id) : !free.length) {
      throw new BookingConflict(
        named
          ? `${named.name} is already booked on ${request.date}: choose another desk or any free one.`
          : `No ${kind.replace('_', ' ')} is free at this site on ${request.date}.`,
        { date: request.date, slot },
      );
    }
    const now = this.clock.now();
    const lifetimeEnd = DateTime.fromJSDate(now).plus(INVITATION_LIFETIME).toJSDate();
    const expiresAt = window.start.toJSDate() < lifetimeEnd ? window.start.toJSDate() : lifetimeEnd;
    let id: string;
    try {
      id = await this.dataSource.transaction(async (manager) => {
        const file = await this.lockFile(manager, newcomerId);
        // An invitation whose link ran out unanswered is still `pending`, and the one-pending index cannot read
        // the clock to tell it from one that waits: closed as expired first, under the file's lock, it leaves
        // room for this offer. One still waiting makes the INSERT a 409.
        await manager.query(
          `UPDATE newcomer_trial_days SET status = 'expired'
           WHERE newcomer_id = $1 AND status = 'pending' AND expires_at <= $2`,
          [newcomerId, now],
        );
        const [row]: { id: string }[] = await manager.query(
          `INSERT INTO newcomer_trial_days (newcomer_id, site_id, resource_id, kind, date, slot, expires_at, offered_by,
             offered_at)
           VALUES ($1, $2, $3, $4, $5::date, $6, $7, $8, $9) RETURNING id`,
          [newcomerId, schedule.id, named?.id ?? null, kind, request.date, slot, expiresAt, actor.userId, now],
        );
        await this.touch(manager, file, now);
        await writeTimelineEntry(manager, newcomerId, now, {
          kind: 'trial_day',
          authorId: actor.userId,
          value: 'offered',
          text: await this.summary(manager, row.id),
        });
        await this.outbox.enqueue(manager, {
          kind: 'newcomer.trial-day-invitation',
          key: trialDayInvitationKey(row.id),
          payload: { trialDayId: row.id },
        });
        await this.audit.record(manager, actor, {
          action: 'newcomer.trial-day.offer',
          subjectType: 'newcomer',
          subjectId: newcomerId,
          details: { trialDayId: row.id, siteId: schedule.id },
        });
        return row.id;
      });
    } catch (error) {
      if (violates(error, 'newcomer_trial_days_one_pending_key', UNIQUE_VIOLATION)) throw new TrialDayPending();
      throw error;
    }
    return this.view(id);
  }

  /** A file's trial days, newest first. */
  async list(newcomerId: string): Promise<TrialDayPage> {
    await this.requireFile(newcomerId);
    const items = await this.ofFile(newcomerId);
    return { items, total: items.length };
  }

  /** The trial days of a file known to exist (the member's GDPR export reads its own linked files), newest first. */
  async ofFile(newcomerId: string): Promise<TrialDayView[]> {
    const rows: TrialDayRow[] = await this.dataSource.query(
      `${TRIAL_DAY_SELECT} WHERE t.newcomer_id = $1 ORDER BY t.offered_at DESC, t.id`,
      [newcomerId],
    );
    const people = await this.names(rows.map((row) => row.offered_by));
    return rows.map((row) => this.toView(row, people));
  }

  /** The officer takes back an invitation still waiting: its link stops working at once. */
  async withdraw(newcomerId: string, trialDayId: string, actor: Principal): Promise<TrialDayView> {
    await this.requireFile(newcomerId);
    if (!isUUID(trialDayId)) throw new NotFound('Trial day', trialDayId);
    await this.dataSource.transaction(async (manager) => {
      const [row]: TrialDayRow[] = await manager.query(
        `${TRIAL_DAY_SELECT} WHERE t.id = $1 AND t.newcomer_id = $2 FOR UPDATE OF t`,
        [trialDayId, newcomerId],
      );
      if (!row) throw new NotFound('Trial day', trialDayId);
      const now = this.clock.now();
      const state = this.stateOf(row, now);
      if (state !== 'sent') throw new TrialDayNotPending(state);
      await manager.query(
        `UPDATE newcomer_trial_days SET status = 'withdrawn', withdrawn_at = $2, withdrawn_by = $3 WHERE id = $1`,
        [trialDayId, now, actor.userId],
      );
      const file = await this.lockFile(manager, newcomerId);
      await this.touch(manager, file, now);
      await writeTimelineEntry(manager, newcomerId, now, {
        kind: 'trial_day',
        authorId: actor.userId,
        value: 'withdrawn',
        text: await this.summary(manager, trialDayId),
      });
      await this.audit.record(manager, actor, {
        action: 'newcomer.trial-day.withdraw',
        subjectType: 'newcomer',
        subjectId: newcomerId,
        details: { trialDayId },
      });
    });
    return this.view(trialDayId);
  }

  /** What the link shows its holder; 404 for a link nobody made, or one that works no more (with its state). */
  async invitation(token: string): Promise<TrialDayInvitationView> {
    const row = await this.openInvitation(token);
    const [file] = await this.dataSource.query(
      `SELECT first_name, last_name, email, locale FROM newcomers WHERE id = $1`,
      [row.newcomer_id],
    );
    const schedule = await this.calendar.findSchedule(row.site_id);
    let start: string | null = null;
    let end: string | null = null;
    if (schedule) {
      // A day closed since the offer has no hours: the page says so when they accept (422).
      const window = await this.bookings.windowAt(schedule, { date: row.day, slot: row.slot }).catch(() => undefined);
      if (window) {
        start = siteInstant(window.start.toJSDate(), row.site_timezone);
        end = siteInstant(window.end.toJSDate(), row.site_timezone);
      }
    }
    return {
      firstName: file.first_name,
      lastName: file.last_name,
      email: file.email,
      siteName: row.site_name,
      siteSlug: row.site_slug,
      siteAddress: row.site_address,
      date: row.day,
      slot: row.slot,
      start,
      end,
      expiresAt: siteInstant(row.expires_at, NETWORK_ZONE),
      locale: file.locale,
      accountExists: (await this.people.findByEmail(file.email)) !== undefined,
    };
  }

  /**
   * The newcomer accepts. Signed out, with a password: the account is opened with the file's name and address
   * and the trial day booked on it, in one transaction (an address that has an account already is a 409: its
   * holder signs in and accepts, nobody takes the account over). Signed in with the account of the
   * invitation's address: the trial day is booked on it.
   */
  async accept(token: string, request: AcceptTrialDayRequest, caller?: Principal): Promise<TrialDayAcceptance> {
    const row = await this.openInvitation(token);
    const [file]: FileRow[] = await this.dataSource.query(
      `SELECT id, first_name, last_name, email, locale, status, user_id FROM newcomers WHERE id = $1`,
      [row.newcomer_id],
    );
    if (caller) {
      const [account] = (await this.people.cards([caller.userId])).values();
      if (!account || account.email !== file.email) throw new TrialDayOtherAccount();
      const bookingId = await this.dataSource.transaction((manager) =>
        this.bookTrialDay(manager, row.id, caller.userId),
      );
      this.metrics.bookingsMade('trial_day');
      return { booking: (await this.bookings.findView(bookingId))! };
    }
    if (!request.password) {
      throw new InvalidInput([{ field: 'password', message: 'password is required to open the account' }]);
    }
    if (await this.people.findByEmail(file.email)) throw new TrialDayAccountExists();
    let bookingId: string | undefined;
    try {
      const session = await this.auth.register(
        {
          email: file.email,
          password: request.password,
          firstName: file.first_name,
          lastName: file.last_name,
          locale: file.locale,
        },
        async (manager, user) => {
          bookingId = await this.bookTrialDay(manager, row.id, user.id);
        },
      );
      this.metrics.bookingsMade('trial_day');
      return { booking: (await this.bookings.findView(bookingId!))!, session };
    } catch (error) {
      // Opened meanwhile by another request with this address.
      if (error instanceof EmailTaken) throw new TrialDayAccountExists();
      throw error;
    }
  }

  /**
   * Inside the acceptance's transaction: takes the invitation (still waiting and not expired, else 404), books
   * the day on the account (the desk offered if still free, else another free one of its kind, else 409), links
   * the file and writes the acceptance on its timeline.
   */
  private async bookTrialDay(manager: EntityManager, trialDayId: string, userId: string): Promise<string> {
    const [row]: TrialDayRow[] = await manager.query(`${TRIAL_DAY_SELECT} WHERE t.id = $1 FOR UPDATE OF t`, [
      trialDayId,
    ]);
    const now = this.clock.now();
    const state = this.stateOf(row, now);
    if (state !== 'sent') throw new TrialDayLinkClosed(state);
    const schedule: SiteSchedule | undefined = await this.calendar.findSchedule(row.site_id, manager);
    if (!schedule || schedule.status !== 'published') throw new TrialDaySiteUnpublished();
    // Booked in the officer's name when they still are one: the host's sheet says who booked it for the member.
    const [officer] = row.offered_by ? await this.people.officers(row.offered_by) : [];
    const booked = await this.bookings.placeInTransaction(
      manager,
      {
        userId,
        schedule,
        kind: row.kind,
        preferredResourceId: row.resource_id ?? undefined,
        date: row.day,
        slot: row.slot,
      },
      officer ? { bookedBy: { userId: officer.id, sessionId: '', role: 'admin', hostedSiteIds: [] } } : {},
    );
    await manager.query(
      `UPDATE newcomer_trial_days SET status = 'accepted', accepted_at = $2, user_id = $3, booking_id = $4
       WHERE id = $1`,
      [trialDayId, now, userId, booked.id],
    );
    const file = await this.lockFile(manager, row.newcomer_id);
    await this.touch(manager, file, now);
    await linkFileToAccount(manager, file.id, userId, now, 'trial_day');
    await writeTimelineEntry(manager, file.id, now, {
      kind: 'trial_day',
      authorId: null,
      value: 'accepted',
      text: await this.summary(manager, trialDayId),
    });
    return booked.id;
  }

  /** The invitation a link names, still waiting; 404 otherwise (with its state when it was one). */
  private async openInvitation(token: string): Promise<TrialDayRow> {
    const [row]: TrialDayRow[] =
      token && token.length <= 200
        ? await this.dataSource.query(
            `${TRIAL_DAY_SELECT} JOIN newcomers n ON n.id = t.newcomer_id
             WHERE t.token_hash = $1 AND n.anonymised_at IS NULL`,
            [trialDayTokenHash(token)],
          )
        : [];
    if (!row) throw new NotFound('Trial-day invitation');
    const state = this.stateOf(row, this.clock.now());
    if (state !== 'sent') throw new TrialDayLinkClosed(state);
    return row;
  }

  private stateOf(row: TrialDayRow, now: Date): TrialDayState {
    if (row.status !== 'pending') return row.status;
    return row.expires_at <= now ? 'expired' : 'sent';
  }

  /** The file, locked for the write; 404 once anonymised. */
  private async lockFile(manager: EntityManager, newcomerId: string): Promise<FileRow> {
    const [file]: FileRow[] = await manager.query(
      `SELECT id, first_name, last_name, email, locale, status, user_id FROM newcomers
       WHERE id = $1 AND anonymised_at IS NULL FOR UPDATE`,
      [newcomerId],
    );
    if (!file) throw new NotFound('Newcomer', newcomerId);
    return file;
  }

  /** Activity on the file: its retention period starts again. */
  private async touch(manager: EntityManager, file: FileRow, now: Date): Promise<void> {
    await manager.query(`UPDATE newcomers SET retain_until = $2, updated_at = $3 WHERE id = $1`, [
      file.id,
      retainedUntil(now, file.status),
      now,
    ]);
  }

  /** "Tiers-lieu d’Auch, 2026-12-04 (full_day)": the timeline's words for a trial day, in no one language. */
  private async summary(manager: EntityManager, trialDayId: string): Promise<string> {
    const [row]: TrialDayRow[] = await manager.query(`${TRIAL_DAY_SELECT} WHERE t.id = $1`, [trialDayId]);
    return `${row.site_name}, ${row.day} (${row.slot})`;
  }

  private async requireFile(newcomerId: string): Promise<void> {
    const [file] = isUUID(newcomerId)
      ? await this.dataSource.query(`SELECT 1 FROM newcomers WHERE id = $1 AND anonymised_at IS NULL`, [newcomerId])
      : [];
    if (!file) throw new NotFound('Newcomer', newcomerId);
  }

  private async view(trialDayId: string): Promise<TrialDayView> {
    const [row]: TrialDayRow[] = await this.dataSource.query(`${TRIAL_DAY_SELECT} WHERE t.id = $1`, [trialDayId]);
    return this.toView(row, await this.names([row.offered_by]));
  }

  private toView(row: TrialDayRow, people: Map<string, PersonRef>): TrialDayView {
    const instant = (at: Date | null) => (at ? siteInstant(at, NETWORK_ZONE) : null);
    return {
      id: row.id,
      state: this.stateOf(row, this.clock.now()),
      siteId: row.site_id,
      siteName: row.site_name,
      resourceId: row.resource_id,
      resourceName: row.resource_name,
      kind: row.kind,
      date: row.day,
      slot: row.slot,
      offeredBy: (row.offered_by && people.get(row.offered_by)) || null,
      offeredAt: instant(row.offered_at)!,
      sentAt: instant(row.sent_at),
      expiresAt: instant(row.expires_at)!,
      acceptedAt: instant(row.accepted_at),
      withdrawnAt: instant(row.withdrawn_at),
      bookingId: row.booking_id,
      userId: row.user_id,
    };
  }

  private async names(ids: (string | null)[]): Promise<Map<string, PersonRef>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    const people = new Map<string, PersonRef>();
    for (const [id, card] of await this.people.cards(unique)) {
      people.set(id, { id, firstName: card.firstName, lastName: card.lastName });
    }
    return people;
  }
}
