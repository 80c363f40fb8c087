import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NewcomersModule } from '../newcomers/newcomers.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReportingSiteDay } from './entities/reporting-site-day.entity';
import { ReportingSiteMonthMember } from './entities/reporting-site-month-member.entity';
import { ReportingEpciMonth, ReportingSiteMonth } from './entities/reporting-site-month.entity';
import {
  ReportingEpciMonthCount,
  ReportingMemberEpciMonth,
  ReportingMemberMonth,
  ReportingMemberSiteMonth,
  ReportingMemberYear,
  ReportingSiteMonthCount,
} from './entities/reporting-member-presence.entity';
import { OccupancyReport } from './occupancy-report';
import { ReportScope } from './report-scope';
import { ReportsController } from './reports.controller';
import { EventsReport } from './events-report';
import { ReportsExport } from './reports-export';
import { NewcomersReport } from './newcomers-report';
import { TeleworkDaysReport } from './telework-days-report';
import { MonthlySummaryFigures } from './monthly-summary-figures';
import { MonthlySummaryHandler } from './monthly-summary.handler';
import { MonthlySummaryTask } from './monthly-summary.task';

/**
 * The network's figures: occupancy, teleworker-days and events, as JSON, CSV or a zip of CSVs. It owns the
 * daily rollup of booked time (`reporting_site_days`, kept by triggers on `bookings`) and reads the facts
 * of the sites, booking, events, organizations and territory modules with read-only SQL: a report over the
 * whole network is one query over those tables, which no per-item service call could answer in time. It
 * never writes to them. Settled newcomers are the exception: a handful of rows, counted by the newcomers
 * module's `SettledNewcomers` export. Exports the reports for the officers' monthly summary.
 */
@Module({
  // NotificationsModule: the officers' monthly summary (1st of the month, 06:00 Paris) goes through its Mailer.
  // NewcomersModule: the settled newcomers' figures (`SettledNewcomers`), never its files.
  imports: [
    TypeOrmModule.forFeature([
      ReportingSiteDay,
      ReportingSiteMonthMember,
      ReportingSiteMonth,
      ReportingEpciMonth,
      ReportingMemberSiteMonth,
      ReportingSiteMonthCount,
      ReportingMemberEpciMonth,
      ReportingEpciMonthCount,
      ReportingMemberMonth,
      ReportingMemberYear,
    ]),
    NotificationsModule,
    NewcomersModule,
  ],
  controllers: [ReportsController],
  providers: [
    ReportScope,
    OccupancyReport,
    TeleworkDaysReport,
    EventsReport,
    NewcomersReport,
    ReportsExport,
    MonthlySummaryFigures,
    MonthlySummaryTask,
    MonthlySummaryHandler,
  ],
  exports: [OccupancyReport, TeleworkDaysReport, EventsReport, ReportsExport],
})
export class ReportingModule {}
