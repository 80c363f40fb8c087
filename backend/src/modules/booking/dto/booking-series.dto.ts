import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { IsLocalDate } from '../../sites/dto/site-validators';
import { RESOURCE_KINDS, type ResourceKind } from '../../sites/site-amenities';
import { SLOTS, type Slot } from '../booking-slots';
import { BookingView } from './booking.dto';

/** `{ resourceId }` or `{ siteId, kind }` (any free resource of that kind on each date), on weekdays between two dates. */
export class CreateBookingSeriesRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'The resource to book on every date (or siteId and kind)' })
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With kind: any free resource of that kind, date by date' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ enum: RESOURCE_KINDS })
  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;

  @ApiProperty({
    type: [Number],
    minItems: 1,
    maxItems: 7,
    example: [2, 4],
    description: 'ISO weekdays, 1 = Monday … 7 = Sunday',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true, message: 'each of weekdays must be a whole number from 1 (Monday) to 7 (Sunday)' })
  @Min(1, { each: true, message: 'each of weekdays must be a whole number from 1 (Monday) to 7 (Sunday)' })
  @Max(7, { each: true, message: 'each of weekdays must be a whole number from 1 (Monday) to 7 (Sunday)' })
  weekdays: number[];

  @ApiProperty({ enum: SLOTS })
  @IsIn(SLOTS)
  slot: Slot;

  @ApiProperty({ example: '2026-04-06', description: 'First local date (inclusive), today or later' })
  @IsLocalDate()
  from: string;

  @ApiProperty({
    example: '2026-06-26',
    description: 'Last local date (inclusive), within the booking horizon (422 beyond it)',
  })
  @IsLocalDate()
  until: string;
}

export class SeriesConflictView {
  @ApiProperty({ example: '2026-05-14' }) date: string;
  @ApiProperty({
    example: 'site-closed',
    description:
      'The problem type that kept the date from being booked: site-closed (closed day, public holiday, closure), ' +
      'booking-conflict (taken), already-booked (the member has a booking then), quota-exceeded, no-such-half-day, …',
  })
  reason: string;
  @ApiProperty({ example: 'The site is closed on 2026-05-14: public holiday (Ascension).' }) detail: string;
}

export class BookingSeriesCreated {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [BookingView], description: 'The bookings made, by date' }) created: BookingView[];
  @ApiProperty({ type: [SeriesConflictView], description: 'The dates not booked, with why' })
  conflicts: SeriesConflictView[];
}

export class BookingSeriesView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty({ example: 'Tiers-lieu d’Auch' }) siteName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null when any resource of kind will do' })
  resourceId: string | null;
  @ApiProperty({ type: String, nullable: true }) resourceName: string | null;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind: ResourceKind;
  @ApiProperty({ type: [Number], example: [2, 4] }) weekdays: number[];
  @ApiProperty({ enum: SLOTS }) slot: Slot;
  @ApiProperty({ example: '2026-04-06' }) from: string;
  @ApiProperty({ example: '2026-06-26' }) until: string;
  @ApiProperty({ type: [SeriesConflictView], description: 'The dates it could not book when it was made' })
  conflicts: SeriesConflictView[];
  @ApiProperty({
    type: [String],
    example: ['2026-04-07', '2026-04-09'],
    description: 'The next dates it holds a booking on (at most 5)',
  })
  nextDates: string[];
  @ApiProperty({ description: 'How many of its bookings are still to come' }) upcomingCount: number;
  @ApiProperty({ example: '2026-04-01T10:00:00+02:00' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'When its member cancelled the rest of it' })
  cancelledAt: string | null;
}

export class BookingSeriesPage {
  @ApiProperty({ type: [BookingSeriesView] }) items: BookingSeriesView[];
  @ApiProperty() total: number;
}

export class MySeriesQuery extends PageQuery {}

/** No range: every booking to come. A range (inclusive local dates) cancels only those dates: a holiday. */
export class CancelSeriesQuery {
  @ApiPropertyOptional({ example: '2026-08-03', description: 'First local date to cancel (inclusive)' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-08-21', description: 'Last local date to cancel (inclusive)' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
