import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { OpeningHours } from '../opening-hours';
import { SITE_AMENITIES, SITE_STATUSES, type SiteStatus } from '../site-amenities';
import type { CancellationCutoff } from '../site-booking-settings';
import { CancellationCutoffDocument } from './booking-settings.dto';
import { ClosureView } from './closure.dto';
import { OpeningHoursDocument } from './opening-hours.dto';
import { ResourceView } from './resource.dto';

export class SiteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'tiers-lieu-d-auch' }) slug: string;
  @ApiProperty({ example: 'Tiers-lieu d’Auch' }) name: string;
  @ApiProperty({ enum: SITE_STATUSES }) status: SiteStatus;
  @ApiProperty({ example: '32013' }) communeCode: string;
  @ApiProperty({ example: 'Auch' }) communeName: string;
  @ApiProperty({ type: String, nullable: true, example: '200066926' }) epciCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CA Grand Auch Cœur de Gascogne' }) epciName: string | null;
  @ApiProperty({ example: '12 rue Gambetta, 32000 Auch' }) address: string;
  @ApiProperty({ example: 43.6465 }) latitude: number;
  @ApiProperty({ example: 0.5855 }) longitude: number;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ enum: SITE_AMENITIES, isArray: true }) amenities: string[];
  @ApiProperty({ type: Number, nullable: true, example: 1000 }) fibreMbps: number | null;
  @ApiProperty({ type: OpeningHoursDocument }) openingHours: OpeningHours;
  @ApiProperty({ example: 'Europe/Paris' }) timezone: string;
  @ApiProperty({ type: [String], example: ['2026-05-14'], description: 'Public holidays the site opens on' })
  openOnPublicHolidays: string[];
  @ApiProperty({ type: CancellationCutoffDocument, description: 'Until when a member may cancel their own booking' })
  cancellationCutoff: CancellationCutoff;
  @ApiProperty({ description: 'Members must check in, or their booking is released at the release time' })
  checkInRequired: boolean;
  @ApiProperty({ example: '10:30', description: 'Local HH:MM when bookings not checked in are released' })
  noShowReleaseTime: string;
  @ApiProperty({ example: '2026-01-05T10:00:00+01:00' }) createdAt: string;
  @ApiProperty({ example: '2026-01-05T10:00:00+01:00' }) updatedAt: string;
}

/** One site as its page shows it: with what can be booked and the days it will be closed. */
export class SiteDetailView extends SiteView {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'How to get in (door code, key): present only for the site’s hosts and network officers; members get it in ' +
      'their booking confirmation',
  })
  accessInstructions?: string | null;
  @ApiProperty({ type: [ResourceView], description: 'Active resources' }) resources: ResourceView[];
  @ApiProperty({ type: [ClosureView], description: 'Closures from today on, in date order' })
  upcomingClosures: ClosureView[];
}

export class SitePage {
  @ApiProperty({ type: [SiteView] }) items: SiteView[];
  @ApiProperty() total: number;
}
