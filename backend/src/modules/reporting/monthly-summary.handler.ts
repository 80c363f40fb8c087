import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/access/principal';
import { HandlesJob, JobHandler, JobOutcome } from '../../jobs/job-handler';
import { PeopleDirectory } from '../identity/people-directory';
import { Mailer } from '../notifications/mailer';
import { monthlySummaryData } from './monthly-summary';
import { MonthlySummaryFigures } from './monthly-summary-figures';

/**
 * One officer's summary of a month, computed when it is sent (a retry the next day sends the month as it
 * stands then, bookings released as no-shows late included), in the officer's language, with the CSVs
 * attached. An officers' duty mail: no topic, so no preference turns it off. Skipped once the person is no
 * longer an officer, or erased.
 */
@Injectable()
@HandlesJob('reporting.monthly-summary')
export class MonthlySummaryHandler implements JobHandler {
  constructor(
    private readonly people: PeopleDirectory,
    private readonly figures: MonthlySummaryFigures,
    private readonly mailer: Mailer,
  ) {}

  async handle(payload: Record<string, string>): Promise<JobOutcome> {
    const { userId, month } = payload;
    const [officer] = await this.people.officers(userId);
    if (!officer) return 'skipped';
    // The reports' scope is the officer's, as if they asked the API: the network's published sites.
    const principal: Principal = { userId: officer.id, sessionId: '', role: 'admin', hostedSiteIds: [] };
    const summary = await this.figures.month(principal, month);
    return this.mailer.send({
      to: { email: officer.email, locale: officer.locale, userId: officer.id },
      template: 'reporting/monthly-summary',
      data: monthlySummaryData({ firstName: officer.firstName, month, ...summary }, officer.locale),
      attachments: summary.files,
    });
  }
}
