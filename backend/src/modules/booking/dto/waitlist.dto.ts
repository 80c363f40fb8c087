import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID, IsOptional } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { IsLocalDate } from '../../sites/dto/site-validators';
import { RESOURCE_KINDS, type ResourceKind } from '../../sites/site-amenities';
import { SLOTS, type Slot } from '../booking-slots';
import { WAITLIST_STATUSES, type WaitlistStatus } from '../entities/waitlist-entry.entity';

export class JoinWaitlistRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  siteId: string;

  @ApiProperty({ enum: RESOURCE_KINDS })
  @IsIn(RESOURCE_KINDS)
  kind: ResourceKind;

  @ApiProperty({ example: '2026-12-01', description: 'Local date in the site’s zone' })
  @IsLocalDate()
  date: string;

  @ApiProperty({ enum: SLOTS })
  @IsIn(SLOTS)
  slot: Slot;
}

export class WaitlistEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 1,
    description: 'Place in the line, from 1, while waiting; null once promoted or skipped',
  })
  position: number | null;
  @ApiProperty({
    enum: WAITLIST_STATUSES,
    description: 'waiting; promoted (booked: see bookingId); skipped (a booking could not be made: see reason)',
  })
  status: WaitlistStatus;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty({ example: 'Tiers-lieu d’Auch' }) siteName: string;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind: ResourceKind;
  @ApiProperty({ example: '2026-12-01' }) date: string;
  @ApiProperty({ enum: SLOTS }) slot: Slot;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The booking made when promoted' })
  bookingId: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'quota-exceeded',
    description: 'Why it was skipped: the problem type of the booking it could not have',
  })
  reason: string | null;
  @ApiProperty({ example: '2026-11-20T10:00:00+01:00' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'When it was promoted or skipped' })
  resolvedAt: string | null;
}

/** A site's line as its hosts see it: who waits, to call them back. */
export class SiteWaitlistEntryView extends WaitlistEntryView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'Camille' }) firstName: string;
  @ApiProperty({ example: 'Martin' }) lastName: string;
  @ApiProperty({ example: 'camille.martin@example.fr' }) email: string;
}

export class WaitlistPage {
  @ApiProperty({ type: [WaitlistEntryView] }) items: WaitlistEntryView[];
  @ApiProperty() total: number;
}

export class SiteWaitlistPage {
  @ApiProperty({ type: [SiteWaitlistEntryView] }) items: SiteWaitlistEntryView[];
  @ApiProperty() total: number;
}

export class MyWaitlistQuery extends PageQuery {
  @ApiPropertyOptional({ example: '2026-12-01', description: 'First local date (inclusive); default today' })
  @IsOptional()
  @IsLocalDate()
  from?: string;
}

export class SiteWaitlistQuery extends PageQuery {
  @ApiProperty({ example: '2026-12-01', description: 'Local date in the site’s zone' })
  @IsLocalDate()
  date: string;
}
