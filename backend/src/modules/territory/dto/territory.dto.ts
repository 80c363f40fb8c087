import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';

export class CommuneQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Department code (32 for the Gers, 2A/2B for Corsica, 971… overseas)',
    example: '32',
  })
  @IsOptional()
  @Matches(/^(\d{2,3}|2[AB])$/, { message: 'department must be a department code such as 32, 2A or 971' })
  department?: string;

  @ApiPropertyOptional({
    description: 'Part of the name (accents and case ignored), or the start of a postal or INSEE code',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class EpciQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Only EPCI with at least one commune in this department', example: '32' })
  @IsOptional()
  @Matches(/^(\d{2,3}|2[AB])$/, { message: 'department must be a department code such as 32, 2A or 971' })
  department?: string;
}

export class CommuneView {
  @ApiProperty({ example: '32013', description: 'INSEE code' })
  code: string;
  @ApiProperty({ example: 'Auch' })
  name: string;
  @ApiProperty({ type: [String], example: ['32000'] })
  postalCodes: string[];
  @ApiProperty({ type: String, nullable: true, example: '200066926' })
  epciCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CA Grand Auch Cœur de Gascogne' })
  epciName: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 22428 })
  population: number | null;
}

export class EpciView {
  @ApiProperty({ example: '200066926', description: 'SIREN of the EPCI' })
  code: string;
  @ApiProperty({ example: 'CA Grand Auch Cœur de Gascogne' })
  name: string;
  @ApiProperty({ example: 34, description: 'Communes of the EPCI (in every department it spans)' })
  communeCount: number;
  @ApiProperty({ example: 40000 })
  population: number;
}

export class CommunePage {
  @ApiProperty({ type: [CommuneView] })
  items: CommuneView[];
  @ApiProperty()
  total: number;
}

export class EpciPage {
  @ApiProperty({ type: [EpciView] })
  items: EpciView[];
  @ApiProperty()
  total: number;
}
