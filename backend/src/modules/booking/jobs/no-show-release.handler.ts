import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, JobOutcome } from '../../../jobs/job-handler';
import { NoShowRelease } from '../no-show-release';

/** The release time of a site's day has come: the bookings nobody checked in are released. */
@Injectable()
@HandlesJob('booking.no-show-release')
export class NoShowReleaseHandler implements JobHandler {
  constructor(private readonly noShows: NoShowRelease) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    return (await this.noShows.releaseDue(payload['siteId'], payload['date'])) ? 'sent' : 'skipped';
  }
}
