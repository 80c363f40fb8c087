import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { OutboxService } from '../../jobs/outbox.service';
import { Recurring, RecurringTask } from '../../jobs/recurring-task';
import { PeopleDirectory } from '../identity/people-directory';

/** When the officers get the month's summary: the 1st of each month, 06:00 Paris time. */
export const MONTHLY_SUMMARY = { id: 'reporting.monthly-summary', pattern: '0 6 1 * *', tz: 'Europe/Paris' };

/** The outbox key of one officer's summary of one month (`2026-11`): the same run twice writes one row. */
export function monthlySummaryKey(month: string, userId: string): string {
  return `monthly-summary-${month}-${userId}`;
}

/**
 * On the 1st at 06:00 Paris: one `reporting.monthly-summary` job per network officer for the month just
 * ended (in Paris), all written in one transaction. The figures are read when the mail is sent.
 */
@Injectable()
@Recurring(MONTHLY_SUMMARY)
export class MonthlySummaryTask implements RecurringTask {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PeopleDirectory,
    private readonly outbox: OutboxService,
  ) {}

  async run(firedAt: Date): Promise<void> {
    const month = DateTime.fromJSDate(firedAt, { zone: MONTHLY_SUMMARY.tz }).minus({ months: 1 }).toFormat('yyyy-MM');
    const entries = (await this.people.officers()).map(({ id }) => ({
      kind: 'reporting.monthly-summary' as const,
      key: monthlySummaryKey(month, id),
      payload: { userId: id, month },
    }));
    if (!entries.length) return;
    await this.dataSource.transaction((manager) => this.outbox.enqueue(manager, ...entries));
  }
}
