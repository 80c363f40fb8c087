import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { SITE_AMENITIES } from '../site-amenities';
import { ACCESS_INSTRUCTIONS_MAX_LENGTH, DEFAULT_NO_SHOW_RELEASE_TIME, LOCAL_TIME } from '../site-booking-settings';
import { CancellationCutoffDocument } from './booking-settings.dto';
import { OpeningHoursDocument } from './opening-hours.dto';
import {
  Clearable,
  HasNoNul,
  IsCancellationCutoff,
  IsFrenchPublicHoliday,
  IsOpeningHours,
  IsTimeZone,
  Omittable,
} from './site-validators';

/**
 * The fields of a site, declared once for creation (required) and for PATCH (omittable, or clearable
 * when the column may be empty). IsOptional would let `null` through every validator, and a null name
 * would reach the database as a 500.
 */
type Presence = 'required' | 'omittable' | 'clearable';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

function documented(presence: Presence, options: ApiPropertyOptions): PropertyDecorator {
  if (presence === 'required') return ApiProperty(options);
  return applyDecorators(
    ApiPropertyOptional({ ...options, ...(presence === 'clearable' ? { nullable: true } : {}) } as ApiPropertyOptions),
    presence === 'clearable' ? Clearable() : Omittable(),
  );
}

export const SiteName = (presence: Presence) =>
  applyDecorators(
    documented(presence, { example: 'Tiers-lieu d’Auch', maxLength: 120 }),
    trimmed,
    IsString(),
    Length(1, 120),
    HasNoNul(),
  );

export const CommuneCode = (presence: Presence) =>
  applyDecorators(
    documented(presence, { example: '32013', description: 'INSEE code of the commune' }),
    Matches(/^(\d{5}|2[AB]\d{3})$/, { message: 'communeCode must be an INSEE commune code such as 32013' }),
  );

export const Address = (presence: Presence) =>
  applyDecorators(
    documented(presence, { example: '12 rue Gambetta, 32000 Auch', maxLength: 300 }),
    trimmed,
    IsString(),
    Length(1, 300),
    HasNoNul(),
  );

export const Latitude = (presence: Presence) =>
  applyDecorators(documented(presence, { example: 43.6465, minimum: -90, maximum: 90 }), IsNumber(), Min(-90), Max(90));

export const Longitude = (presence: Presence) =>
  applyDecorators(
    documented(presence, { example: 0.5855, minimum: -180, maximum: 180 }),
    IsNumber(),
    Min(-180),
    Max(180),
  );

export const Description = (presence: Presence) =>
  applyDecorators(documented(presence, { type: String, maxLength: 5000 }), IsString(), MaxLength(5000), HasNoNul());

export const Amenities = (presence: Presence) =>
  applyDecorators(
    documented(presence, { enum: SITE_AMENITIES, isArray: true, example: ['fibre', 'parking', 'coffee'] }),
    IsArray(),
    ArrayUnique(),
    IsIn(SITE_AMENITIES, { each: true, message: `each of amenities must be one of ${SITE_AMENITIES.join(', ')}` }),
  );

export const FibreMbps = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: 'integer',
      example: 1000,
      minimum: 1,
      description: 'Download speed of the fibre line',
    }),
    IsInt(),
    Min(1),
    Max(100_000),
  );

export const OpeningHoursField = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: OpeningHoursDocument,
      description: 'Local times in the site’s zone; every day present, an empty list closes it',
    }),
    IsOpeningHours(),
  );

export const TimeZone = (presence: Presence) =>
  applyDecorators(documented(presence, { example: 'Europe/Paris', default: 'Europe/Paris' }), IsTimeZone());

export const OpenOnPublicHolidays = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: [String],
      example: ['2026-05-14'],
      description: 'Public holidays (YYYY-MM-DD) the site opens on; it is closed on the others',
    }),
    IsArray(),
    ArrayUnique(),
    ArrayMaxSize(100),
    IsFrenchPublicHoliday(),
  );

export const CancellationCutoffField = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: CancellationCutoffDocument,
      description:
        'Until when a member may cancel their own booking (the site’s team may cancel at any time); default until the start',
    }),
    IsCancellationCutoff(),
  );

export const CheckInRequired = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: Boolean,
      description: 'Members must check in; bookings not checked in by the release time are released (default false)',
    }),
    IsBoolean(),
  );

export const NoShowReleaseTime = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      example: DEFAULT_NO_SHOW_RELEASE_TIME,
      pattern: LOCAL_TIME.source,
      description:
        `Local HH:MM (default ${DEFAULT_NO_SHOW_RELEASE_TIME}). With check-in required, morning and full-day ` +
        'bookings not checked in by then are released; ' +
        'an afternoon booking gets the same grace after the afternoon’s start (release time minus that day’s opening)',
    }),
    IsString(),
    Matches(LOCAL_TIME, { message: 'noShowReleaseTime must be a local time written HH:MM' }),
  );

export const AccessInstructions = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: String,
      maxLength: ACCESS_INSTRUCTIONS_MAX_LENGTH,
      example: 'Code de la porte : 4721. La clé du local vélos est dans la boîte aux lettres n° 3.',
      description: 'Door code, where the key is: sent in booking confirmations, shown only to the site’s team',
    }),
    // Blank instructions are no instructions: the mail then says nothing about access.
    Transform(({ value }) => (typeof value === 'string' ? value.trim() || null : value)),
    IsString(),
    MaxLength(ACCESS_INSTRUCTIONS_MAX_LENGTH),
    HasNoNul(),
  );
