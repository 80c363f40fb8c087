import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/access/principal';
import { EVENTS_COLUMNS, EventsReport } from './events-report';
import { MonthFigures, monthPeriod, previousMonth, TopSite, topSites } from './monthly-summary';
import { OCCUPANCY_COLUMNS, OccupancyReport, rate } from './occupancy-report';
import { reportCsv } from './report-csv';
import type { ReportPeriod } from './report-period';
import { TELEWORK_DAYS_COLUMNS, TeleworkDaysReport } from './telework-days-report';

/** A CSV file attached to the summary. */
export interface SummaryFile {
  filename: string;
  content: string;
  contentType: string;
}

export interface MonthSummary {
  current: MonthFigures;
  previous: MonthFigures;
  topSites: TopSite[];
  files: SummaryFile[];
}

/**
 * The figures of an officer's monthly summary, asked of the reports as the officer would ask the API (same
 * scope, same arithmetic, nothing counted twice): the month and the one before grouped by month (one row,
 * the whole network), occupancy by site for the busiest sites, and the files. The CSVs are in the French
 * format (`;`, decimal comma): officers open them in a spreadsheet set to French.
 */
@Injectable()
export class MonthlySummaryFigures {
  constructor(
    private readonly occupancy: OccupancyReport,
    private readonly teleworkDays: TeleworkDaysReport,
    private readonly events: EventsReport,
  ) {}

  async month(officer: Principal, month: string): Promise<MonthSummary> {
    const period = monthPeriod(month);
    const current = await this.figures(officer, period);
    const previous = await this.figures(officer, monthPeriod(previousMonth(month)));
    const bySite = await this.occupancy.report(officer, { ...period, groupBy: 'site' });
    const byOrganization = await this.teleworkDays.report({ ...period, groupBy: 'organization' });
    const byHomeEpci = await this.teleworkDays.report({ ...period, groupBy: 'homeEpci' });
    const eventsBySite = await this.events.report(officer, { ...period, groupBy: 'site' });
    const file = (name: string, columns: readonly string[], rows: object[]): SummaryFile => ({
      filename: `${name}-${month}.csv`,
      content: reportCsv([...columns], rows, 'comma'),
      contentType: 'text/csv; charset=utf-8',
    });
    return {
      current,
      previous,
      topSites: topSites(bySite.rows),
      files: [
        file('occupancy-site', OCCUPANCY_COLUMNS, bySite.rows),
        file('telework-days-organization', TELEWORK_DAYS_COLUMNS, byOrganization.rows),
        file('telework-days-homeEpci', TELEWORK_DAYS_COLUMNS, byHomeEpci.rows),
        file('events-site', EVENTS_COLUMNS, eventsBySite.rows),
      ],
    };
  }

  /** The network over one month: the reports grouped by month give one row, the month itself. */
  private async figures(officer: Principal, period: ReportPeriod): Promise<MonthFigures> {
    const query = { ...period, groupBy: 'month' };
    const [occupancy] = (await this.occupancy.report(officer, query)).rows;
    const { totals: telework } = await this.teleworkDays.report(query);
    const events = (await this.events.report(officer, query)).rows;
    const sum = (field: 'events' | 'capacity' | 'registrations' | 'attendance') =>
      events.reduce((total, row) => total + row[field], 0);
    return {
      occupancyRate: occupancy?.occupancyRate ?? null,
      bookedHours: occupancy?.bookedHours ?? 0,
      capacityHours: occupancy?.capacityHours ?? 0,
      bookings: occupancy?.bookings ?? 0,
      uniqueMembers: occupancy?.uniqueMembers ?? 0,
      noShows: occupancy?.noShows ?? 0,
      teleworkDays: telework.days,
      outsideGersShare: telework.outsideGersShare,
      events: sum('events'),
      registrations: sum('registrations'),
      attendance: sum('attendance'),
      fillRate: rate(sum('registrations'), sum('capacity')),
    };
  }
}
