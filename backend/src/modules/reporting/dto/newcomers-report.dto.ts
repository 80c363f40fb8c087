import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { NEWCOMER_DIMENSIONS } from '../newcomers-report';
import { ReportFormatQuery } from './report.dto';

export class NewcomersReportQuery extends ReportFormatQuery {
  @ApiPropertyOptional({
    example: 'epci,year',
    description: `One or two of ${NEWCOMER_DIMENSIONS.join(', ')}, comma-separated (default epci,year)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  groupBy?: string;
}

export class NewcomersRowView {
  @ApiProperty({ example: '200066926,2026', description: 'The grouping keys, comma-separated (`none`: no EPCI)' })
  key: string;
  @ApiProperty({ example: 'CA Grand Auch Cœur de Gascogne · 2026' }) label: string;
  @ApiProperty({ example: 3, description: 'Soho Solo newcomers settled (status settled) in the group' })
  settled: number;
}

export class NewcomersTotalsView {
  @ApiProperty({ example: 7 }) settled: number;
}

export class NewcomersReportView {
  @ApiProperty({ type: [NewcomersRowView] }) rows: NewcomersRowView[];
  @ApiProperty({ type: NewcomersTotalsView, description: 'The period over every group' }) totals: NewcomersTotalsView;
}
