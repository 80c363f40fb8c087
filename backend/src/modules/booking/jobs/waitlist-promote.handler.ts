import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import type { ResourceKind } from '../../sites/site-amenities';
import { ACTIVE_STATUSES, type BookingStatus } from '../entities/booking.entity';
import { WaitlistService } from '../waitlist.service';

/**
 * A place was freed: reloads the freed booking and promotes the waitlist of its site, kind and local date.
 * Nothing happens while the booking still holds its place; running twice promotes no one twice (the
 * promotion works under a lock and moves each entry out of `waiting` with the booking it made).
 */
@Injectable()
@HandlesJob('waitlist.promote')
export class WaitlistPromoteHandler implements JobHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly waitlist: WaitlistService,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const [freed]: { site_id: string; kind: ResourceKind; date: string; status: BookingStatus }[] =
      await this.dataSource.query(
        `SELECT b.site_id, r.kind, ((lower(b.during) AT TIME ZONE s.timezone)::date)::text AS date, b.status
         FROM bookings b JOIN resources r ON r.id = b.resource_id JOIN sites s ON s.id = b.site_id
         WHERE b.id = $1`,
        [payload['bookingId']],
      );
    if (!freed || ACTIVE_STATUSES.includes(freed.status)) return 'skipped';
    const promoted = await this.waitlist.promoteLine(freed.site_id, freed.kind, freed.date);
    return promoted ? 'sent' : 'skipped';
  }
}
