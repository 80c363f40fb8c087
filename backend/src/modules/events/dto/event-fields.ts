import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { Clearable, Omittable } from '../../../common/problem/presence';
import { HasNoNul } from '../../sites/dto/site-validators';
import { EVENT_CATEGORIES, EVENT_VISIBILITIES } from '../entities/event.entity';

/**
 * The fields of an event, declared once for creation, a series and PATCH: required, omittable (may be left
 * out, never null) or clearable (null clears it). `@IsOptional` would let a null reach a NOT NULL column.
 */
type Presence = 'required' | 'omittable' | 'clearable';

export const EVENT_TITLE_MAX_LENGTH = 200;
export const EVENT_DESCRIPTION_MAX_LENGTH = 20_000;
export const EVENT_CAPACITY_MAX = 10_000;

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

function documented(presence: Presence, options: ApiPropertyOptions): PropertyDecorator {
  if (presence === 'required') return ApiProperty(options);
  return applyDecorators(
    ApiPropertyOptional({ ...options, ...(presence === 'clearable' ? { nullable: true } : {}) } as ApiPropertyOptions),
    presence === 'clearable' ? Clearable() : Omittable(),
  );
}

export const EventTitle = (presence: Presence) =>
  applyDecorators(
    documented(presence, { example: 'Café télétravail', maxLength: EVENT_TITLE_MAX_LENGTH }),
    trimmed,
    IsString(),
    Length(1, EVENT_TITLE_MAX_LENGTH),
    HasNoNul(),
  );

export const EventDescription = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: String,
      maxLength: EVENT_DESCRIPTION_MAX_LENGTH,
      example: 'Un café, des **croissants** et un tour de table.\n\n- accueil à 9h\n- [le plan](https://example.fr)',
      description:
        'Markdown: paragraphs, headings, lists, quotes, bold, italic, code and http(s) or mailto links; any HTML is shown as text',
    }),
    IsString(),
    MaxLength(EVENT_DESCRIPTION_MAX_LENGTH),
    HasNoNul(),
  );

export const EventCategoryField = (presence: Presence) =>
  applyDecorators(documented(presence, { enum: EVENT_CATEGORIES }), IsIn(EVENT_CATEGORIES));

export const EventInstant = (presence: Presence, example: string, description: string) =>
  applyDecorators(
    documented(presence, { type: String, example, description, maxLength: 40 }),
    IsString(),
    MaxLength(40),
  );

export const EventCapacity = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: 'integer',
      minimum: 1,
      maximum: EVENT_CAPACITY_MAX,
      example: 12,
      description: 'Places; beyond them people join the waitlist. 422 below the number registered',
    }),
    IsInt(),
    Min(1),
    Max(EVENT_CAPACITY_MAX),
  );

export const EventVisibilityField = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      enum: EVENT_VISIBILITIES,
      default: 'public',
      description: '`members`: shown only to signed-in accounts',
    }),
    IsIn(EVENT_VISIBILITIES),
  );

export const EventRoomId = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: String,
      format: 'uuid',
      description: 'A meeting room of the event’s site, reserved for the event’s time (409 when taken)',
    }),
    IsUUID(),
  );

export const EventOnlineUrl = (presence: Presence) =>
  applyDecorators(
    documented(presence, {
      type: String,
      maxLength: 2000,
      example: 'https://visio.example.fr/cafe-teletravail',
      description: 'Where to join an online event (http or https)',
    }),
    trimmed,
    IsString(),
    MaxLength(2000),
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
      { message: 'onlineUrl must be an http or https address' },
    ),
  );
