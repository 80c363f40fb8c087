import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { OutboxService } from '../../jobs/outbox.service';
import { SiteCalendar } from '../sites/site-calendar';
import { returnedRows } from './booking-records';
import { localInstant, type BookingSlot, type Window } from './booking-slots';
import { noShowReleaseAt } from './no-show-release-time';
import { WaitlistPromotion } from './waitlist-promotion';

/**
 * At a site that requires check-in, the bookings nobody checked in by the release time (`noShowReleaseAt`)
 * become `no_show`: the exclusion constraint no longer holds them, and the waitlist gets the places. Making a
 * booking schedules a `booking.no-show-release` job at its release instant, one per site, day and time (the
 * key says which), so a busy morning costs one job, not one per desk. Each booking released mails its member
 * (`booking.no-show-released`).
 */
@Injectable()
export class NoShowRelease {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: SiteCalendar,
    private readonly outbox: OutboxService,
    private readonly promotion: WaitlistPromotion,
    private readonly clock: Clock,
  ) {}

  /** In the booking's transaction: the release job of its site, day and release time, unless already there. */
  async scheduleRelease(manager: EntityManager, siteId: string, window: Window, slot: BookingSlot): Promise<void> {
    if (slot === 'custom') return;
    const settings = await this.calendar.bookingSettings(siteId, manager);
    if (!settings?.checkInRequired) return;
    const zone = settings.timezone;
    const date = window.start.setZone(zone).toISODate()!;
    const opening = await this.calendar.openingOn(siteId, date, manager);
    const at = noShowReleaseAt(slot, window.start, date, opening?.ranges ?? [], settings.noShowReleaseTime, zone);
    // Booked after its release time (a late riser booking at 11:00 for this morning): nothing to release.
    if (!at || at.toMillis() <= this.clock.now().getTime()) return;
    await this.schedule(manager, siteId, date, at);
  }

  /**
   * Releases the site's day's bookings whose release time has come: confirmed (not checked in), by slot, made
   * before their release time. Recomputed with the settings of now, so a site that moved its release time
   * later gets a job at the new time for the bookings not yet due. Answers how many were released.
   */
  async releaseDue(siteId: string, date: string): Promise<number> {
    const settings = await this.calendar.bookingSettings(siteId);
    if (!settings?.checkInRequired) return 0;
    const zone = settings.timezone;
    const opening = await this.calendar.openingOn(siteId, date);
    if (!opening?.ranges.length) return 0;
    const dayStart = localInstant(date, '00:00', zone);
    const rows: { id: string; slot: BookingSlot; start: Date; created_at: Date }[] = await this.dataSource.query(
      `SELECT id, slot, lower(during) AS start, created_at FROM bookings
       WHERE site_id = $1 AND status = 'confirmed' AND slot IN ('full_day', 'morning', 'afternoon')
         AND lower(during) >= $2 AND lower(during) < $3`,
      [siteId, dayStart.toJSDate(), dayStart.plus({ days: 1 }).toJSDate()],
    );
    const now = this.clock.now().getTime();
    const due: string[] = [];
    const later = new Map<number, DateTime>();
    for (const row of rows) {
      const start = DateTime.fromJSDate(row.start, { zone });
      const at = noShowReleaseAt(row.slot, start, date, opening.ranges, settings.noShowReleaseTime, zone);
      if (!at || row.created_at.getTime() >= at.toMillis()) continue;
      if (at.toMillis() <= now) due.push(row.id);
      else later.set(at.toMillis(), at);
    }
    return this.dataSource.transaction(async (manager) => {
      const released = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE bookings SET status = 'no_show' WHERE id = ANY($1::uuid[]) AND status = 'confirmed' RETURNING id`,
          [due],
        ),
      );
      await this.promotion.placesFreed(
        manager,
        released.map((row) => row.id),
      );
      // Each member is told their place went, in the same transaction: a release never loses its mail.
      await this.outbox.enqueue(
        manager,
        ...released.map((row) => ({
          kind: 'booking.no-show-released' as const,
          key: `booking-no-show-${row.id}`,
          payload: { bookingId: row.id },
        })),
      );
      for (const at of later.values()) await this.schedule(manager, siteId, date, at);
      return released.length;
    });
  }

  /**
   * The release time that applies to a booking, as its no-show mail tells it. Recomputed from the site's
   * settings; should they no longer give one (check-in since turned off, opening hours changed), the site's
   * release time itself.
   */
  async releaseTime(siteId: string, slot: BookingSlot, start: Date): Promise<DateTime> {
    const settings = await this.calendar.bookingSettings(siteId);
    if (!settings) throw new Error(`No site ${siteId} for a booking's release time`);
    const zone = settings.timezone;
    const local = DateTime.fromJSDate(start, { zone });
    const date = local.toISODate()!;
    const opening = await this.calendar.openingOn(siteId, date);
    return (
      noShowReleaseAt(slot, local, date, opening?.ranges ?? [], settings.noShowReleaseTime, zone) ??
      localInstant(date, settings.noShowReleaseTime, zone)
    );
  }

  private schedule(manager: EntityManager, siteId: string, date: string, at: DateTime): Promise<void> {
    return this.outbox.enqueue(manager, {
      kind: 'booking.no-show-release',
      key: `no-show-release-${siteId}-${date}-${at.toFormat('HHmm')}`,
      payload: { siteId, date },
      dueAt: at.toJSDate(),
    });
  }
}
