import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { HoldsPersonalData, PersonalDataHolder } from '../identity/personal-data';
import { BOOKING_SELECT, BookingRow, toBookingView } from './booking-records';

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
    await manager.query(
      `UPDATE bookings SET status = 'cancelled', cancelled_at = $2
       WHERE user_id = $1 AND status IN ('confirmed', 'checked_in') AND lower(during) > $2`,
      [userId, now],
    );
    await manager.query(`UPDATE bookings SET user_id = NULL WHERE user_id = $1`, [userId]);
  }
}
