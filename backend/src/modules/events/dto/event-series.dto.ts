import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsLocalDate } from '../../sites/dto/site-validators';
import { EventFieldsRequest } from './event.dto';

/**
 * A weekly event: the first occurrence (`start`, `end`), then the same local time every week until `until`
 * (inclusive, at most a year of weeks). Each occurrence is an event of its own; registrations close at its
 * start.
 */
export class CreateEventSeriesRequest extends EventFieldsRequest {
  @ApiProperty({ example: '2027-03-30', description: 'Last local date an occurrence may fall on (inclusive)' })
  @IsLocalDate()
  until: string;

  @ApiPropertyOptional({ default: false, description: 'Publish every occurrence at once (default: drafts)' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}
