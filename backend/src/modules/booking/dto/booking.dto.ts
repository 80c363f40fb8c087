import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { HasNoNul, IsLocalDate } from '../../sites/dto/site-validators';
import { RESOURCE_KINDS, type ResourceKind } from '../../sites/site-amenities';
import { BOOKING_STATUSES, CANCELLATION_NOTE_MAX, type BookingStatus } from '../entities/booking.entity';
import { SLOTS, type BookingSlot, type Slot } from '../booking-slots';

/**
 * One of three shapes: `{ resourceId, date, slot }`, `{ resourceId, start, end }` or `{ siteId, kind, date, slot }`
 * (any free resource of that kind). The service checks the combination and names the missing fields.
 */
export class CreateBookingRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'The resource to book (or siteId and kind)' })
  @IsOptional()
  @IsUUID()
  resourceId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'With kind: any free resource of that kind at the site' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ enum: RESOURCE_KINDS })
  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;

  @ApiPropertyOptional({ example: '2026-12-01', description: 'Local date in the site’s zone (with slot)' })
  @IsOptional()
  @IsLocalDate()
  date?: string;

  @ApiPropertyOptional({ enum: SLOTS })
  @IsOptional()
  @IsIn(SLOTS)
  slot?: Slot;

  @ApiPropertyOptional({
    example: '2026-12-01T09:00:00+01:00',
    description: 'ISO 8601; without an offset, a local time in the site’s zone (with end)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  start?: string;

  @ApiPropertyOptional({ example: '2026-12-01T10:30:00+01:00' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  end?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Book for this member (a phone booking): network officers and hosts of the site only (403 otherwise); ' +
      'the booking, its quota and its mail are the member’s',
  })
  @IsOptional()
  @IsUUID()
  userId?: string;
}

export class BookingView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) resourceId: string;
  @ApiProperty({ example: 'Bureau 3' }) resourceName: string;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty({ example: 'Tiers-lieu de Vic' }) siteName: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null once the member erased their account',
  })
  userId: string | null;
  @ApiProperty({ example: '2026-12-01T08:30:00+01:00' }) start: string;
  @ApiProperty({ example: '2026-12-01T13:00:00+01:00' }) end: string;
  @ApiProperty({ example: '2026-12-01', description: 'Local date of the start' }) date: string;
  @ApiProperty({ enum: [...SLOTS, 'custom'] }) slot: BookingSlot;
  @ApiProperty({ enum: BOOKING_STATUSES }) status: BookingStatus;
  @ApiProperty({ example: '2026-11-20T10:00:00+01:00' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) checkedInAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The series that made it, if any' })
  seriesId: string | null;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The event holding this room, if any (then there is no member, and the event moves or frees it)',
  })
  eventId: string | null;
}

export class BookingPage {
  @ApiProperty({ type: [BookingView] }) items: BookingView[];
  @ApiProperty() total: number;
}

/** Who holds a booking, for the site's team: the day sheet names its members, to greet or call them. */
export class BookingHolderView {
  @ApiProperty({ example: 'Camille' }) firstName: string;
  @ApiProperty({ example: 'Roux' }) lastName: string;
  @ApiProperty({ example: 'camille@example.org' }) email: string;
}

export class SiteBookingView extends BookingView {
  @ApiProperty({
    type: BookingHolderView,
    nullable: true,
    description: 'The member; null for a room held by an event or an erased account',
  })
  holder: BookingHolderView | null;
}

export class SiteBookingPage {
  @ApiProperty({ type: [SiteBookingView] }) items: SiteBookingView[];
  @ApiProperty() total: number;
}

export class MyBookingsQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'First local date (inclusive)' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Last local date (inclusive)' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}

export class SiteBookingsQuery extends PageQuery {
  @ApiProperty({ example: '2026-12-01', description: 'Local date in the site’s zone' })
  @IsLocalDate()
  date: string;
}

export class AvailabilityQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'Local date (with slot)' })
  @IsOptional()
  @IsLocalDate()
  date?: string;

  @ApiPropertyOptional({ enum: SLOTS })
  @IsOptional()
  @IsIn(SLOTS)
  slot?: Slot;

  @ApiPropertyOptional({ example: '2026-12-01T09:00:00+01:00', description: 'With end, instead of date and slot' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  start?: string;

  @ApiPropertyOptional({ example: '2026-12-01T10:30:00+01:00' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  end?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ example: '32013' })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  communeCode?: string;

  @ApiPropertyOptional({ example: '243200599' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  epciCode?: string;

  @ApiPropertyOptional({ enum: RESOURCE_KINDS })
  @IsOptional()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;
}

export class FreeResourceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind: ResourceKind;
}

export class AvailabilitySiteRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() slug: string;
}

export class AvailabilityItem {
  @ApiProperty({ type: AvailabilitySiteRef }) site: AvailabilitySiteRef;
  @ApiProperty({ type: [FreeResourceView] }) free: FreeResourceView[];
  @ApiProperty() freeCount: number;
  @ApiProperty({ example: '2026-12-01T08:30:00+01:00' }) start: string;
  @ApiProperty({ example: '2026-12-01T13:00:00+01:00' }) end: string;
}

export class AvailabilityPage {
  @ApiProperty({ type: [AvailabilityItem] }) items: AvailabilityItem[];
  @ApiProperty() total: number;
}

/** A host or officer may tell the member why; the holder's own note is not kept (nobody else reads it). */
export class CancelBookingRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: CANCELLATION_NOTE_MAX,
    example: 'Dégât des eaux dans la salle',
    description: 'A note to the member, told in the cancellation mail (a host or an officer cancelling)',
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value))
  @IsString()
  @MaxLength(CANCELLATION_NOTE_MAX)
  @HasNoNul()
  reason?: string | null;
}
