import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsLocalDate } from '../../sites/dto/site-validators';
import { RESOURCE_KINDS, type ResourceKind } from '../../sites/site-amenities';
import type { CsvDecimal } from '../report-csv';
import { EVENT_DIMENSIONS, OCCUPANCY_DIMENSIONS, TELEWORK_DIMENSIONS } from '../report-dimensions';

export class ReportPeriodQuery {
  @ApiProperty({ example: '2026-03-01', description: 'First local date (inclusive)' })
  @IsLocalDate()
  from: string;

  @ApiProperty({ example: '2026-03-31', description: 'Last local date (inclusive); at most six years after from' })
  @IsLocalDate()
  to: string;
}

export class ReportFormatQuery extends ReportPeriodQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: text/csv, UTF-8 with a byte-order mark' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';

  @ApiPropertyOptional({
    enum: ['point', 'comma'],
    description: 'CSV numbers: point (1234.5, comma-separated, the default) or comma (1234,5, semicolon-separated)',
  })
  @IsOptional()
  @IsIn(['point', 'comma'])
  decimal?: CsvDecimal;
}

export class ReportsExportQuery extends ReportPeriodQuery {
  @ApiPropertyOptional({ enum: ['point', 'comma'], description: 'Numbers of the CSV files, as for each report' })
  @IsOptional()
  @IsIn(['point', 'comma'])
  decimal?: CsvDecimal;
}

export class OccupancyQuery extends ReportFormatQuery {
  @ApiPropertyOptional({
    example: 'site,month',
    description: `One or two of ${OCCUPANCY_DIMENSIONS.join(', ')}, comma-separated (default site)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  groupBy?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ example: '200066926', description: 'SIREN of an EPCI' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'epciCode must be the nine digits of an EPCI' })
  epciCode?: string;

  @ApiPropertyOptional({ enum: RESOURCE_KINDS })
  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;
}

export class TeleworkDaysQuery extends ReportFormatQuery {
  @ApiPropertyOptional({
    example: 'organization',
    description: `One or two of ${TELEWORK_DIMENSIONS.join(', ')}, comma-separated (default organization)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  groupBy?: string;
}

export class EventsReportQuery extends ReportFormatQuery {
  @ApiPropertyOptional({
    example: 'category',
    description: `One or two of ${EVENT_DIMENSIONS.join(', ')}, comma-separated (default site)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  groupBy?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;
}

export class OccupancyRowView {
  @ApiProperty({ example: '0b6c…,2026-03', description: 'The grouping keys, comma-separated' }) key: string;
  @ApiProperty({ example: 'Tiers-lieu d’Auch · mars 2026' }) label: string;
  @ApiProperty({ example: 850 }) capacityHours: number;
  @ApiProperty({ example: 425.5 }) bookedHours: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.5006, description: 'bookedHours / capacityHours' })
  occupancyRate: number | null;
  @ApiProperty({ example: 57 }) bookings: number;
  @ApiProperty({ example: 21 }) uniqueMembers: number;
  @ApiProperty({ example: 2 }) noShows: number;
}

export class OccupancyTotalsView {
  @ApiProperty({ example: 850 }) capacityHours: number;
  @ApiProperty({ example: 425.5 }) bookedHours: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.5006 }) occupancyRate: number | null;
  @ApiProperty({ example: 57, description: 'Each booking once, whatever the grouping' }) bookings: number;
  @ApiProperty({ example: 21, description: 'Each person once over the period' }) uniqueMembers: number;
  @ApiProperty({ example: 2 }) noShows: number;
}

export class OccupancyReportView {
  @ApiProperty({ type: [OccupancyRowView] }) rows: OccupancyRowView[];
  @ApiProperty({ type: OccupancyTotalsView, description: 'The period over every group' }) totals: OccupancyTotalsView;
}

export class TeleworkDaysRowView {
  @ApiProperty({ example: 'other', description: 'The grouping keys, comma-separated' }) key: string;
  @ApiProperty({ example: 'Autres employeurs (moins de 5 membres)' }) label: string;
  @ApiProperty({ example: 42.5, description: 'Person-days: a person once a day, a half-day 0.5' }) days: number;
  @ApiProperty({ example: 9, description: 'Distinct people' }) members: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.38,
    description: 'Share of the days by people living outside the Gers',
  })
  outsideGersShare: number | null;
}

export class TeleworkDaysTotalsView {
  @ApiProperty({ example: 120 }) days: number;
  @ApiProperty({ example: 31 }) members: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.41 }) outsideGersShare: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 0.05,
    description: 'Share of the days with no home commune on record',
  })
  unknownHomeShare: number | null;
}

export class TeleworkDaysReportView {
  @ApiProperty({ type: [TeleworkDaysRowView] }) rows: TeleworkDaysRowView[];
  @ApiProperty({ type: TeleworkDaysTotalsView }) totals: TeleworkDaysTotalsView;
}

export class EventsRowView {
  @ApiProperty({ example: 'workshop' }) key: string;
  @ApiProperty({ example: 'Atelier' }) label: string;
  @ApiProperty({ example: 4, description: 'Published events (cancelled ones apart)' }) events: number;
  @ApiProperty({ example: 1 }) cancelledEvents: number;
  @ApiProperty({ example: 60, description: 'Places of the published events' }) capacity: number;
  @ApiProperty({ example: 45, description: 'Registered and attended' }) registrations: number;
  @ApiProperty({ example: 3 }) waitlisted: number;
  @ApiProperty({ example: 30 }) attendance: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.75, description: 'registrations / capacity' })
  fillRate: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.6667, description: 'attendance / registrations' })
  attendanceRate: number | null;
}

export class EventsReportView {
  @ApiProperty({ type: [EventsRowView] }) rows: EventsRowView[];
}
