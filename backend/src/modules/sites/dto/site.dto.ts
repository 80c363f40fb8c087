import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import type { OpeningHours } from '../opening-hours';
import type { CancellationCutoff } from '../site-booking-settings';
import { SITE_AMENITIES, SITE_STATUSES, type SiteStatus } from '../site-amenities';
import { NOT_A_UUID, SLUG_MAX_LENGTH, SLUG_PATTERN } from '../site-slug';
import {
  AccessInstructions,
  Address,
  Amenities,
  CancellationCutoffField,
  CheckInRequired,
  CommuneCode,
  Description,
  FibreMbps,
  Latitude,
  Longitude,
  NoShowReleaseTime,
  OpenOnPublicHolidays,
  OpeningHoursField,
  SiteName,
  TimeZone,
} from './site-fields';
import { HasNoNul, Omittable } from './site-validators';

export class CreateSiteRequest {
  @SiteName('required') name: string;
  @CommuneCode('required') communeCode: string;
  @Address('required') address: string;
  @Latitude('required') latitude: number;
  @Longitude('required') longitude: number;
  @Description('clearable') description?: string | null;
  @Amenities('omittable') amenities?: string[];
  @FibreMbps('clearable') fibreMbps?: number | null;
  @OpeningHoursField('required') openingHours: OpeningHours;
  @TimeZone('omittable') timezone?: string;
  @OpenOnPublicHolidays('omittable') openOnPublicHolidays?: string[];
  @CancellationCutoffField('omittable') cancellationCutoff?: CancellationCutoff;
  @CheckInRequired('omittable') checkInRequired?: boolean;
  @NoShowReleaseTime('omittable') noShowReleaseTime?: string;
  @AccessInstructions('clearable') accessInstructions?: string | null;
}

/** Any field of a site. `status`, `communeCode` and `slug` are a network officer's to change. */
export class UpdateSiteRequest {
  @SiteName('omittable') name?: string;
  @CommuneCode('omittable') communeCode?: string;
  @Address('omittable') address?: string;
  @Latitude('omittable') latitude?: number;
  @Longitude('omittable') longitude?: number;
  @Description('clearable') description?: string | null;
  @Amenities('omittable') amenities?: string[];
  @FibreMbps('clearable') fibreMbps?: number | null;
  @OpeningHoursField('omittable') openingHours?: OpeningHours;
  @TimeZone('omittable') timezone?: string;
  @OpenOnPublicHolidays('omittable') openOnPublicHolidays?: string[];
  @CancellationCutoffField('omittable') cancellationCutoff?: CancellationCutoff;
  @CheckInRequired('omittable') checkInRequired?: boolean;
  @NoShowReleaseTime('omittable') noShowReleaseTime?: string;
  @AccessInstructions('clearable') accessInstructions?: string | null;

  @ApiPropertyOptional({ enum: SITE_STATUSES, description: 'Only a network officer publishes or archives' })
  @Omittable()
  @IsIn(SITE_STATUSES)
  status?: SiteStatus;

  @ApiPropertyOptional({ example: 'auch-tiers-lieu', description: 'Only a network officer changes it' })
  @Omittable()
  @IsString()
  @MaxLength(SLUG_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'slug must be lower-case letters and digits joined by hyphens' })
  // Sites are addressed by id or slug in one path segment, so a slug never reads as an id.
  @Matches(NOT_A_UUID, { message: 'slug must not have the form of an id' })
  slug?: string;
}

const asList = Transform(({ value }) => (value === undefined || Array.isArray(value) ? value : [value]));

export class SiteQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['published', 'draft', 'archived', 'all'],
    default: 'published',
    description: 'Anything but published is for network officers (403 otherwise)',
  })
  @IsOptional()
  @IsIn(['published', 'draft', 'archived', 'all'], { message: 'status must be published, draft, archived or all' })
  status?: SiteStatus | 'all';

  @ApiPropertyOptional({ example: '32013', description: 'INSEE code of the commune' })
  @IsOptional()
  @Matches(/^(\d{5}|2[AB]\d{3})$/, { message: 'communeCode must be an INSEE commune code such as 32013' })
  communeCode?: string;

  @ApiPropertyOptional({ example: '200066926', description: 'SIREN of the EPCI' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'epciCode must be the 9-digit SIREN of an EPCI' })
  epciCode?: string;

  @ApiPropertyOptional({
    enum: SITE_AMENITIES,
    isArray: true,
    description: 'Repeat to ask for several: only sites offering all of them',
  })
  @IsOptional()
  @asList
  @IsIn(SITE_AMENITIES, { each: true, message: `amenity must be one of ${SITE_AMENITIES.join(', ')}` })
  amenity?: string[];

  @ApiPropertyOptional({ description: 'Part of the site’s or its commune’s name; accents and case ignored' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @HasNoNul()
  q?: string;
}
