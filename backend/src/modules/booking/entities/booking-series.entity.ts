import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Resource } from '../../sites/entities/resource.entity';
import { Site } from '../../sites/entities/site.entity';
import type { ResourceKind } from '../../sites/site-amenities';
import type { Slot } from '../booking-slots';

/** What a series could not book on one date, and why (the `type` of the problem that stopped it). */
export interface SeriesConflict {
  date: string;
  reason: string;
  detail: string;
}

/**
 * A member's weekly pattern between two dates: one booking per matching date, each made on its own (a taken
 * or closed date is a conflict, not a failure of the whole). Written and read with SQL; this entity describes
 * the table for the schema test.
 */
@Entity({ name: 'booking_series' })
@Index('booking_series_user_id_idempotency_key_key', ['userId', 'idempotencyKey'], { unique: true })
@Index('booking_series_user_id_idx', ['userId'])
@Check('booking_series_kind_check', `kind IN ('desk', 'meeting_room', 'private_office', 'phone_booth')`)
@Check('booking_series_slot_check', `slot IN ('full_day', 'morning', 'afternoon')`)
@Check(
  'booking_series_weekdays_check',
  `cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]`,
)
@Check('booking_series_dates_check', `from_date <= until_date`)
@Check('booking_series_conflicts_check', `jsonb_typeof(conflicts) = 'array'`)
export class BookingSeries {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'booking_series_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'booking_series_user_id_fkey' })
  user?: User;

  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'booking_series_site_id_fkey' })
  site?: Site;

  /** The resource asked for; null when any free resource of `kind` will do. */
  @Column({ name: 'resource_id', type: 'uuid', nullable: true })
  resourceId: string | null;

  @ManyToOne(() => Resource, { nullable: true })
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'booking_series_resource_id_fkey' })
  resource?: Resource | null;

  @Column({ type: 'text' })
  kind: ResourceKind;

  /** ISO weekdays, 1 = Monday. */
  @Column({ type: 'smallint', array: true })
  weekdays: number[];

  @Column({ type: 'text' })
  slot: Slot;

  @Column({ name: 'from_date', type: 'date' })
  fromDate: string;

  /** Inclusive. */
  @Column({ name: 'until_date', type: 'date' })
  untilDate: string;

  @Column({ type: 'jsonb', default: [] })
  conflicts: SeriesConflict[];

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** When its member cancelled what was left of it. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;
}
