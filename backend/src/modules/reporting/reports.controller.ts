import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import {
  EventsReportQuery,
  EventsReportView,
  OccupancyQuery,
  OccupancyReportView,
  ReportsExportQuery,
  TeleworkDaysQuery,
  TeleworkDaysReportView,
} from './dto/report.dto';
import { NewcomersReportQuery, NewcomersReportView } from './dto/newcomers-report.dto';
import { EVENTS_COLUMNS, EventsReport } from './events-report';
import { NEWCOMERS_COLUMNS, NewcomersReport } from './newcomers-report';
import { OCCUPANCY_COLUMNS, OccupancyReport } from './occupancy-report';
import { reportAnswer } from './report-answer';
import { ReportsExport } from './reports-export';
import { TELEWORK_DAYS_COLUMNS, TeleworkDaysReport } from './telework-days-report';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly occupancyReport: OccupancyReport,
    private readonly teleworkDaysReport: TeleworkDaysReport,
    private readonly eventsReport: EventsReport,
    private readonly reportsExport: ReportsExport,
    private readonly newcomersReport: NewcomersReport,
  ) {}

  @Get('occupancy')
  @Roles('admin', 'host')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: OccupancyReportView, description: 'Capacity, booked hours and occupancy per group' })
  async occupancy(
    @Query() query: OccupancyQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OccupancyReportView | string> {
    const report = await this.occupancyReport.report(principal, query);
    return reportAnswer(response, 'occupancy', report, OCCUPANCY_COLUMNS, query);
  }

  @Get('telework-days')
  @Roles('admin')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: TeleworkDaysReportView, description: 'Person-days in the network’s sites per group' })
  async teleworkDays(
    @Query() query: TeleworkDaysQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<TeleworkDaysReportView | string> {
    const report = await this.teleworkDaysReport.report(query);
    return reportAnswer(response, 'telework-days', report, TELEWORK_DAYS_COLUMNS, query);
  }

  @Get('events')
  @Roles('admin', 'host')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: EventsReportView, description: 'Events, registrations, attendance and fill rate per group' })
  async events(
    @Query() query: EventsReportQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EventsReportView | string> {
    const report = await this.eventsReport.report(principal, query);
    return reportAnswer(response, 'events', report, EVENTS_COLUMNS, query);
  }

  @Get('newcomers')
  @Roles('admin')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: NewcomersReportView,
    description: 'Soho Solo newcomers settled in the period, per EPCI (welcome commune, else wished) and year',
  })
  async newcomers(
    @Query() query: NewcomersReportQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<NewcomersReportView | string> {
    const report = await this.newcomersReport.report(query);
    return reportAnswer(response, 'newcomers', report, NEWCOMERS_COLUMNS, query);
  }

  @Get('export')
  @Roles('admin')
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'Every report of the period as CSV files in a zip' })
  async export(@Query() query: ReportsExportQuery, @CurrentPrincipal() principal: Principal): Promise<StreamableFile> {
    const zip = await this.reportsExport.zip(principal, query, query.decimal);
    return new StreamableFile(zip, {
      type: 'application/zip',
      disposition: `attachment; filename="bastide-rapports-${query.from}-${query.to}.zip"`,
      length: zip.length,
    });
  }
}
