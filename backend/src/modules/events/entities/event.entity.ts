import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Resource } from '../../sites/entities/resource.entity';
import { Site } from '../../sites/entities/site.entity';
import { EventSeries } from './event-series.entity';

export const EVENT_CATEGORIES = [
  'workshop',
  'afterwork',
  'training',
  'telework_cafe',
  'open_day',
  'talk',
  'other',
] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const EVENT_VISIBILITIES = ['public', 'members'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * An event at a site (optionally in one of its meeting rooms, held through a booking), online, or
 * network-wide. `taken` counts the places held (registered and attended); the CHECK keeps it within the
 * capacity whatever any number of API processes do. Written and read with SQL; this entity describes the
 * table for the schema test.
 */
@Entity({ name: 'events' })
@Index('events_starts_at_idx', ['startsAt'])
@Index('events_site_id_idx', ['siteId'])
@Index('events_series_id_idx', ['seriesId'])
@Index('events_created_by_idempotency_key_key', ['createdBy', 'idempotencyKey'], { unique: true })
@Check(
  'events_category_check',
  `category IN ('workshop', 'afterwork', 'training', 'telework_cafe', 'open_day', 'talk', 'other')`,
)
@Check('events_visibility_check', `visibility IN ('public', 'members')`)
@Check('events_status_check', `status IN ('draft', 'published', 'cancelled')`)
@Check('events_times_check', `starts_at < ends_at`)
@Check('events_deadline_check', `registration_deadline <= ends_at`)
@Check('events_capacity_check', `capacity > 0`)
@Check('events_taken_check', `taken >= 0 AND taken <= capacity`)
@Check('events_room_site_check', `room_id IS NULL OR site_id IS NOT NULL`)
@Check(
  'events_published_check',
  `(status <> 'draft' OR published_at IS NULL) AND (status <> 'published' OR published_at IS NOT NULL)`,
)
@Check('events_cancelled_check', `(status = 'cancelled') = (cancelled_at IS NOT NULL)`)
export class Event {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'events_pkey' })
  id: string;

  /** Null for an online or network-wide event (an officer's). */
  @Column({ name: 'site_id', type: 'uuid', nullable: true })
  siteId: string | null;

  @ManyToOne(() => Site, { nullable: true })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'events_site_id_fkey' })
  site?: Site | null;

  /** The meeting room of the site the event reserves; the reservation itself is a booking row. */
  @Column({ name: 'room_id', type: 'uuid', nullable: true })
  roomId: string | null;

  @ManyToOne(() => Resource, { nullable: true })
  @JoinColumn({ name: 'room_id', foreignKeyConstraintName: 'events_room_id_fkey' })
  room?: Resource | null;

  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => EventSeries, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'events_series_id_fkey' })
  series?: EventSeries | null;

  /** The host or officer who made it; null once their account is erased. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'events_created_by_fkey' })
  creator?: User | null;

  @Column({ type: 'text' })
  title: string;

  /** Markdown source; rendered to sanitised HTML on output. */
  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text' })
  category: EventCategory;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** The site's zone when the event was made (the network's for an event without a site). */
  @Column({ type: 'text', default: 'Europe/Paris' })
  timezone: string;

  /** Where to join an online event. */
  @Column({ name: 'online_url', type: 'text', nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'integer' })
  capacity: number;

  /** Places held: registered and attended registrations. */
  @Column({ type: 'integer', default: 0 })
  taken: number;

  /** Null: registration is open until the start. */
  @Column({ name: 'registration_deadline', type: 'timestamptz', nullable: true })
  registrationDeadline: Date | null;

  @Column({ type: 'text', default: 'public' })
  visibility: EventVisibility;

  @Column({ type: 'text', default: 'draft' })
  status: EventStatus;

  /** Counts changes of time or place, so that each change's mails have keys of their own. */
  @Column({ type: 'integer', default: 0 })
  revision: number;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** When it was first published; a cancelled event that was published stays visible by its id. */
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
