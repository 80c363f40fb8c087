import { Injectable } from '@nestjs/common';
import { strToU8, zipSync } from 'fflate';
import type { Principal } from '../../common/access/principal';
import { EVENTS_COLUMNS, EventsReport } from './events-report';
import { NEWCOMERS_COLUMNS, NewcomersReport } from './newcomers-report';
import { OCCUPANCY_COLUMNS, OccupancyReport } from './occupancy-report';
import { CsvDecimal, reportCsv } from './report-csv';
import { checkPeriod, ReportPeriod } from './report-period';
import { TELEWORK_DAYS_COLUMNS, TeleworkDaysReport } from './telework-days-report';

/** The groupings an officer's export holds, one CSV file each. */
const OCCUPANCY_FILES = ['site', 'epci', 'month', 'site,month', 'epci,month', 'weekday,halfDay', 'kind'];
const TELEWORK_FILES = ['organization', 'homeCommune', 'homeEpci', 'site', 'month'];
const EVENTS_FILES = ['site', 'category', 'month'];
/** Soho Solo's settled newcomers: the report's own question, per EPCI and year (`newcomers-epci-year.csv`). */
const NEWCOMERS_FILES = ['epci,year'];

/**
 * "Export everything for the period": every report in its usual groupings, as CSV files in one zip
 * (`occupancy-site-month.csv`, `telework-days-organization.csv`, ...). The reports run one after the other:
 * an export is rare, and the pool is the bookings' first.
 */
@Injectable()
export class ReportsExport {
  constructor(
    private readonly occupancy: OccupancyReport,
    private readonly teleworkDays: TeleworkDaysReport,
    private readonly events: EventsReport,
    private readonly newcomers: NewcomersReport,
  ) {}

  async zip(principal: Principal, period: ReportPeriod, decimal: CsvDecimal = 'point'): Promise<Buffer> {
    checkPeriod(period);
    const files: Record<string, Uint8Array> = {};
    const fileName = (report: string, groupBy: string) => `${report}-${groupBy.replace(',', '-')}.csv`;
    for (const groupBy of OCCUPANCY_FILES) {
      const { rows } = await this.occupancy.report(principal, { ...period, groupBy });
      files[fileName('occupancy', groupBy)] = strToU8(reportCsv([...OCCUPANCY_COLUMNS], rows, decimal));
    }
    for (const groupBy of TELEWORK_FILES) {
      const { rows } = await this.teleworkDays.report({ ...period, groupBy });
      files[fileName('telework-days', groupBy)] = strToU8(reportCsv([...TELEWORK_DAYS_COLUMNS], rows, decimal));
    }
    for (const groupBy of EVENTS_FILES) {
      const { rows } = await this.events.report(principal, { ...period, groupBy });
      files[fileName('events', groupBy)] = strToU8(reportCsv([...EVENTS_COLUMNS], rows, decimal));
    }
    for (const groupBy of NEWCOMERS_FILES) {
      const { rows } = await this.newcomers.report({ ...period, groupBy });
      files[fileName('newcomers', groupBy)] = strToU8(reportCsv([...NEWCOMERS_COLUMNS], rows, decimal));
    }
    return Buffer.from(zipSync(files, { level: 6 }));
  }
}
