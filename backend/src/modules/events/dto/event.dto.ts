import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { Clearable } from '../../../common/problem/presence';
import { IsLocalDate } from '../../sites/dto/site-validators';
import { EVENT_CATEGORIES, type EventCategory, type EventVisibility } from '../entities/event.entity';
import {
  EventCapacity,
  EventCategoryField,
  EventDescription,
  EventInstant,
  EventOnlineUrl,
  EventRoomId,
  EventTitle,
  EventVisibilityField,
} from './event-fields';

const START = 'ISO 8601; without an offset, a local time in the site’s zone (Europe/Paris without a site)';

/** What an event is, whether made alone or as a weekly series. */
export class EventFieldsRequest {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The site; only a network officer may leave it out (online or network-wide event)',
  })
  @Clearable()
  @IsUUID()
  siteId?: string | null;

  @EventTitle('required') title: string;
  @EventDescription('required') description: string;
  @EventCategoryField('required') category: EventCategory;
  @EventInstant('required', '2026-12-01T09:00:00+01:00', START) start: string;
  @EventInstant('required', '2026-12-01T10:30:00+01:00', 'ISO 8601, after start') end: string;
  @EventCapacity('required') capacity: number;
  @EventVisibilityField('omittable') visibility?: EventVisibility;
  @EventRoomId('clearable') roomId?: string | null;
  @EventOnlineUrl('clearable') onlineUrl?: string | null;
}

export class CreateEventRequest extends EventFieldsRequest {
  @EventInstant(
    'clearable',
    '2026-11-30T18:00:00+01:00',
    'Registrations close then (at the latest the end); by default at the start',
  )
  registrationDeadline?: string | null;
}

/** Any field of the event; `null` clears the deadline (back to the start), the room or the online address. */
export class UpdateEventRequest {
  @EventTitle('omittable') title?: string;
  @EventDescription('omittable') description?: string;
  @EventCategoryField('omittable') category?: EventCategory;
  @EventInstant('omittable', '2026-12-01T09:00:00+01:00', START) start?: string;
  @EventInstant('omittable', '2026-12-01T10:30:00+01:00', 'ISO 8601, after start') end?: string;
  @EventCapacity('omittable') capacity?: number;
  @EventVisibilityField('omittable') visibility?: EventVisibility;
  @EventInstant('clearable', '2026-11-30T18:00:00+01:00', 'null: registrations close at the start')
  registrationDeadline?: string | null;
  @EventRoomId('clearable') roomId?: string | null;
  @EventOnlineUrl('clearable') onlineUrl?: string | null;
}

/** A copy as a new draft; by default one week later at the same local time, same length. */
export class DuplicateEventRequest {
  @EventInstant('omittable', '2026-12-08T09:00:00+01:00', 'Start of the copy; default one week after the original')
  start?: string;
  @EventInstant('omittable', '2026-12-08T10:30:00+01:00', 'End of the copy; default the original’s length after start')
  end?: string;
  @EventTitle('omittable') title?: string;
}

export const EVENT_LIST_STATUSES = ['published', 'draft', 'cancelled', 'all'] as const;
export type EventListStatus = (typeof EVENT_LIST_STATUSES)[number];

export class EventQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'Events still running on or after this local date (inclusive); default: events not over yet',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Events starting on or before this local date' })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ example: '200066926', description: 'EPCI of the event’s site' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  epciCode?: string;

  @ApiPropertyOptional({ enum: EVENT_CATEGORIES })
  @IsOptional()
  @IsIn(EVENT_CATEGORIES)
  category?: EventCategory;

  @ApiPropertyOptional({
    enum: EVENT_LIST_STATUSES,
    default: 'published',
    description:
      'Hosts and officers: anything but `published` lists only the events they manage (a host: their sites’); 403 for members',
  })
  @IsOptional()
  @IsIn(EVENT_LIST_STATUSES)
  status?: EventListStatus;
}
