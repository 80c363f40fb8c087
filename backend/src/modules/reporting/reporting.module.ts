import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReportingSiteDay } from './entities/reporting-site-day.entity';
import { OccupancyReport } from './occupancy-report';
import { ReportScope } from './report-scope';
import { ReportsController } from './reports.controller';
import { EventsReport } from './events-report';
import { ReportsExport } from './reports-export';
import { TeleworkDaysReport } from './telework-days-report';

/**
 * The network's figures: occupancy, teleworker-days and events, as JSON, CSV or a zip of CSVs. It owns the
 * daily rollup of booked time (`reporting_site_days`, kept by triggers on `bookings`) and reads the facts
 * of the sites, booking, events, organizations and territory modules with read-only SQL: a report over the
 * whole network is one query over those tables, which no per-item service call could answer in time. It
 * never writes to them. Exports the reports for the officers' monthly summary.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ReportingSiteDay])],
  controllers: [ReportsController],
  providers: [ReportScope, OccupancyReport, TeleworkDaysReport, EventsReport, ReportsExport],
  exports: [OccupancyReport, TeleworkDaysReport, EventsReport, ReportsExport],
})
export class ReportingModule {}
