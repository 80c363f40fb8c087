import { Injectable, OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { OutboxService } from '../../jobs/outbox.service';
import { SiteClosureListener, SiteClosureListeners } from '../sites/site-closure-listener';
import { returnedRows } from './booking-records';

/** A closure cancels the active bookings of that local day at the site, and each holder is told. */
@Injectable()
export class BookingClosures extends SiteClosureListener implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    private readonly listeners: SiteClosureListeners,
  ) {
    super();
  }

  onModuleInit(): void {
    this.listeners.register(this);
  }

  async siteClosed(
    manager: EntityManager,
    siteId: string,
    date: string,
    timezone: string,
    actor: Principal,
  ): Promise<number> {
    const dayStart = DateTime.fromISO(date, { zone: timezone }).startOf('day');
    const cancelled = returnedRows<{ id: string; user_id: string | null }>(
      await manager.query(
        // The closure's label (its reason, 300 characters at most) is the note the member's mail tells.
        `UPDATE bookings SET status = 'cancelled', cancelled_at = $4, cancelled_by = $5,
                cancellation_reason = 'site_closed',
                cancellation_note = (SELECT reason FROM site_closures WHERE site_id = $1 AND date = $6::date)
         WHERE site_id = $1 AND status = 'confirmed' AND during && tstzrange($2, $3, '[)')
         RETURNING id, user_id`,
        [siteId, dayStart.toJSDate(), dayStart.plus({ days: 1 }).toJSDate(), this.clock.now(), actor.userId, date],
      ),
    );
    await this.outbox.enqueue(
      manager,
      ...cancelled
        .filter((row) => row.user_id !== null)
        .map((row) => ({
          kind: 'booking.cancelled' as const,
          key: `booking-cancelled-${row.id}`,
          payload: { bookingId: row.id },
        })),
    );
    // Nobody will be booked that day: those waiting are told so by their entry.
    await manager.query(
      `UPDATE waitlist_entries SET status = 'skipped', reason = 'site-closed', resolved_at = $3
       WHERE site_id = $1 AND date = $2::date AND status = 'waiting'`,
      [siteId, date, this.clock.now()],
    );
    return cancelled.length;
  }
}
