import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CANCELLATION_CUTOFF_KINDS, LOCAL_TIME, MAX_CUTOFF_MINUTES } from '../site-booking-settings';

/** The OpenAPI shape of a cancellation cut-off; validation is `IsCancellationCutoff`, which checks each kind's field. */
export class CancellationCutoffDocument {
  @ApiProperty({
    enum: CANCELLATION_CUTOFF_KINDS,
    description:
      'until_start: until the booking starts; minutes_before: until `minutes` before the start (local time, so ' +
      '1440 is the same time the day before); day_before_at: until `time` on the day before',
  })
  kind: (typeof CANCELLATION_CUTOFF_KINDS)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CUTOFF_MINUTES, example: 120, description: 'With minutes_before' })
  minutes?: number;

  @ApiPropertyOptional({ pattern: LOCAL_TIME.source, example: '18:00', description: 'With day_before_at: local HH:MM' })
  time?: string;
}
