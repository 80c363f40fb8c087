import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { Clearable, HasNoNul, IsLocalDate } from './site-validators';

export class CreateClosureRequest {
  @ApiProperty({ example: '2026-12-24', description: 'Local date in the site’s zone' })
  @IsLocalDate()
  date: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Travaux', maxLength: 300 })
  @Clearable()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsString()
  @MaxLength(300)
  @HasNoNul()
  reason?: string | null;
}

export class ClosureQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-01-01', description: 'First date (inclusive); all dates when left out' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last date (inclusive)' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}

export class ClosureView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty({ example: '2026-12-24' }) date: string;
  @ApiProperty({ type: String, nullable: true, example: 'Travaux' }) reason: string | null;
}

export class ClosurePage {
  @ApiProperty({ type: [ClosureView] }) items: ClosureView[];
  @ApiProperty() total: number;
}
