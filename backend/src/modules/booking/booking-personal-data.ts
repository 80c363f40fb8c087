import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';
import { BOOKING_SELECT, BookingRow, returnedRows, toBookingView } from './booking-records';
import { WaitlistPromotion } from './waitlist-promotion';

/**
 * A member's bookings in their GDPR export; on erasure, the future ones are cancelled (freeing the desks)
 * and the past ones lose their holder, keeping only the anonymous figures (home commune and employer as
 * they were when booked) that the reports count.
 */
@Injectable()
@HoldsPersonalData('bookings')
export class BookingPersonalData implements PersonalDataHolder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly promotion: WaitlistPromotion,
  ) {}

  async exportFor(userId: string): Promise<unknown> {
    const rows: BookingRow[] = await this.dataSource.query(
      `${BOOKING_SELECT} WHERE b.user_id = $1 ORDER BY lower(b.during)`,
      [userId],
    );
    return rows.map(toBookingView);
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    const now = this.clock.now();
    const freed = returnedRows<{ id: string }>(
      await manager.query(
        `UPDATE bookings SET status = 'cancelled', cancelled_at = $2, cancellation_reason = 'account_erased'
         WHERE user_id = $1 AND status IN ('confirmed', 'checked_in') AND lower(during) > $2 RETURNING id`,
        [userId, now],
      ),
    );
    // The desks they let go of go to whoever waits for them.
    await this.promotion.placesFreed(
      manager,
      freed.map((row) => row.id),
    );
    await manager.query(`UPDATE bookings SET user_id = NULL WHERE user_id = $1`, [userId]);
  }
}

/** A member's standing series: exported; erased with the account (their bookings stay, without them). */
@Injectable()
@HoldsPersonalData('bookingSeries')
export class BookingSeriesPersonalData implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  exportFor(userId: string): Promise<unknown> {
    return this.dataSource.query(
      `SELECT bs.id, bs.site_id AS "siteId", bs.resource_id AS "resourceId", bs.kind, bs.weekdays::int[] AS weekdays,
              bs.slot, bs.from_date::text AS "from", bs.until_date::text AS "until", bs.conflicts,
              bs.created_at AS "createdAt", bs.cancelled_at AS "cancelledAt"
       FROM booking_series bs WHERE bs.user_id = $1 ORDER BY bs.created_at`,
      [userId],
    );
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM booking_series WHERE user_id = $1`, [userId]);
  }
}

/** A member's places in waitlists: exported; erased with the account (they leave every line). */
@Injectable()
@HoldsPersonalData('waitlist')
export class WaitlistPersonalData implements PersonalDataHolder {
  constructor(private readonly dataSource: DataSource) {}

  exportFor(userId: string): Promise<unknown> {
    return this.dataSource.query(
      `SELECT w.id, w.site_id AS "siteId", w.kind, w.date::text AS date, w.slot, w.status,
              w.booking_id AS "bookingId", w.reason, w.created_at AS "createdAt", w.resolved_at AS "resolvedAt"
       FROM waitlist_entries w WHERE w.user_id = $1 ORDER BY w.created_at`,
      [userId],
    );
  }

  async eraseFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(`DELETE FROM waitlist_entries WHERE user_id = $1`, [userId]);
  }
}
