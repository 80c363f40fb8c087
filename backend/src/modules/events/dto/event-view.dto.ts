import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  EVENT_CATEGORIES,
  EVENT_STATUSES,
  EVENT_VISIBILITIES,
  type EventCategory,
  type EventStatus,
  type EventVisibility,
} from '../entities/event.entity';
import type { RegistrationStatus } from '../entities/event-registration.entity';

/** The caller's own registration for an event: `position` only while waitlisted. */
export class OwnRegistrationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['registered', 'waitlisted', 'attended'] }) status: RegistrationStatus;
  @ApiPropertyOptional({ minimum: 1, description: 'Place in line (1 = next), while waitlisted' }) position?: number;
}

export class EventView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EVENT_STATUSES }) status: EventStatus;
  @ApiProperty({ example: 'Café télétravail' }) title: string;
  @ApiProperty({ description: 'The Markdown source, for editing' }) description: string;
  @ApiProperty({
    example: '<p>Un café et des <strong>croissants</strong>.</p>',
    description: 'The description rendered to HTML, sanitised: safe to insert as is',
  })
  descriptionHtml: string;
  @ApiProperty({ enum: EVENT_CATEGORIES }) category: EventCategory;
  @ApiProperty({ enum: EVENT_VISIBILITIES }) visibility: EventVisibility;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: online or network-wide' })
  siteId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Tiers-lieu d’Auch' }) siteName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'tiers-lieu-d-auch' }) siteSlug: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Auch' }) communeName: string | null;
  @ApiProperty({ type: String, nullable: true, example: '200066926' }) epciCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CA Grand Auch Cœur de Gascogne' }) epciName: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The meeting room it reserves' })
  roomId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Salle Garonne' }) roomName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'https://visio.example.fr/cafe' }) onlineUrl: string | null;
  @ApiProperty({ example: '2026-12-01T09:00:00+01:00', description: 'With the offset of the event’s zone' })
  start: string;
  @ApiProperty({ example: '2026-12-01T10:30:00+01:00' }) end: string;
  @ApiProperty({ example: 'Europe/Paris' }) timezone: string;
  @ApiProperty({ example: 12 }) capacity: number;
  @ApiProperty({ example: 9, description: 'Registered and attended' }) registeredCount: number;
  @ApiProperty({ example: 0 }) waitlistCount: number;
  @ApiProperty({ example: 3, description: 'capacity − registeredCount' }) placesLeft: number;
  @ApiProperty({
    example: '2026-12-01T09:00:00+01:00',
    description: 'When registrations close: the deadline set, or else the start',
  })
  registrationDeadline: string;
  @ApiProperty({ description: 'Whether the deadline was set explicitly (false: it follows the start)' })
  registrationDeadlineSet: boolean;
  @ApiProperty({ description: 'Published, not cancelled, and before the registration deadline' })
  registrationOpen: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The weekly series it belongs to' })
  seriesId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The host or officer who made it' })
  createdBy: string | null;
  @ApiProperty({ example: '2026-11-01T10:00:00+01:00' }) createdAt: string;
  @ApiProperty({ example: '2026-11-01T10:00:00+01:00' }) updatedAt: string;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) cancelledAt: string | null;
  @ApiProperty({
    type: OwnRegistrationView,
    nullable: true,
    description: 'The caller’s registration (null when none, or anonymous)',
  })
  myRegistration: OwnRegistrationView | null;
  @ApiProperty({ description: 'The caller may edit, publish, cancel it and see its registrations' })
  manageable: boolean;
}

export class EventPage {
  @ApiProperty({ type: [EventView] }) items: EventView[];
  @ApiProperty() total: number;
}

export class EventSeriesConflictView {
  @ApiProperty({ example: '2026-12-15' }) date: string;
  @ApiProperty({ example: 'room-taken', description: 'The problem type that kept that date from being made' })
  reason: string;
  @ApiProperty({ example: 'Salle Garonne is already booked from … to ….' }) detail: string;
}

export class EventSeriesCreated {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [EventView], description: 'The events made, by date' }) created: EventView[];
  @ApiProperty({ type: [EventSeriesConflictView], description: 'The dates not made, with why' })
  conflicts: EventSeriesConflictView[];
}

export class EventSeriesView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) siteId: string | null;
  @ApiProperty({ example: '2027-03-30' }) until: string;
  @ApiProperty({ type: [EventSeriesConflictView] }) conflicts: EventSeriesConflictView[];
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) cancelledAt: string | null;
  @ApiProperty({ type: [EventView], description: 'Its events, by date (cancelled ones included)' })
  events: EventView[];
}
