import { ApiProperty } from '@nestjs/swagger';
import type { OpeningRange } from '../opening-hours';

const DAY = {
  type: 'array',
  items: { type: 'array', items: { type: 'string', pattern: '^\\d{2}:\\d{2}$' }, minItems: 2, maxItems: 2 },
  example: [
    ['08:30', '12:30'],
    ['13:30', '18:00'],
  ],
} as const;

/** The OpenAPI shape of a week of opening hours; validation is `IsOpeningHours`, which checks the order too. */
export class OpeningHoursDocument {
  @ApiProperty(DAY) mon: OpeningRange[];
  @ApiProperty(DAY) tue: OpeningRange[];
  @ApiProperty(DAY) wed: OpeningRange[];
  @ApiProperty(DAY) thu: OpeningRange[];
  @ApiProperty(DAY) fri: OpeningRange[];
  @ApiProperty({ ...DAY, example: [] }) sat: OpeningRange[];
  @ApiProperty({ ...DAY, example: [] }) sun: OpeningRange[];
}
