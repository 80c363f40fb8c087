import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { OutboxService } from '../../jobs/outbox.service';
import { Recurring, RecurringTask } from '../../jobs/recurring-task';
import { SiteHostsService } from '../sites/site-hosts.service';

/** When the hosts get their sheet of tomorrow: 07:00, Paris time, every day. */
export const DAILY_SHEETS = { id: 'host.daily-sheets', pattern: '0 7 * * *', tz: 'Europe/Paris' };

/** The outbox key of one host's sheet of one site and day: the same run twice writes one row. */
export function dailySheetKey(siteId: string, date: string, hostId: string): string {
  return `daily-sheet-${siteId}-${date}-${hostId}`;
}

/**
 * At 07:00 Paris: one `host.daily-sheet` job per published site, host and tomorrow (the site's local date
 * after the occurrence's), all written in one transaction. What the sheet says is read when it is sent.
 */
@Injectable()
@Recurring(DAILY_SHEETS)
export class DailySheetsTask implements RecurringTask {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hosts: SiteHostsService,
    private readonly outbox: OutboxService,
  ) {}

  async run(firedAt: Date): Promise<void> {
    const entries = (await this.hosts.hostsOfPublishedSites()).map(({ siteId, userId, timezone }) => {
      const date = DateTime.fromJSDate(firedAt, { zone: timezone }).plus({ days: 1 }).toISODate()!;
      return {
        kind: 'host.daily-sheet' as const,
        key: dailySheetKey(siteId, date, userId),
        payload: { siteId, hostId: userId, date },
      };
    });
    if (!entries.length) return;
    await this.dataSource.transaction((manager) => this.outbox.enqueue(manager, ...entries));
  }
}
