import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxService } from '../../jobs/outbox.service';

/**
 * Told, inside the transaction that frees places (a cancellation by anyone, a series cut short, a no-show
 * released, an account erased), which bookings let go of their resource. It records one `waitlist.promote`
 * job per freed booking in that same transaction, so a promotion is never lost to a crash; the job's handler
 * books the first in line (`WaitlistService.promoteLine`).
 */
@Injectable()
export class WaitlistPromotion {
  constructor(private readonly outbox: OutboxService) {}

  async placesFreed(manager: EntityManager, bookingIds: readonly string[]): Promise<void> {
    await this.outbox.enqueue(
      manager,
      ...bookingIds.map((bookingId) => ({
        kind: 'waitlist.promote' as const,
        // A booking is freed once (cancelled and no-show are final), so its id names the job.
        key: `waitlist-promote-${bookingId}`,
        payload: { bookingId },
      })),
    );
  }
}
