import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
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
import { OpeningHoursDocument } from './opening-hours.dto';
import { Clearable, HasNoNul, IsFrenchPublicHoliday, IsOpeningHours, IsTimeZone, Omittable } from './site-validators';

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
