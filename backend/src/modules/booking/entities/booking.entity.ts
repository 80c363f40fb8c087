import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Resource } from '../../sites/entities/resource.entity';
import { Site } from '../../sites/entities/site.entity';
import { Organization } from '../../organizations/entities/organization.entity';
import { BookingSeries } from './booking-series.entity';

export const BOOKING_STATUSES = ['confirmed', 'checked_in', 'cancelled', 'no_show'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** The statuses that hold the resource: the exclusion constraint only sees these. */
/**
 * Why a booking was cancelled: by its holder, a host of its site, a network officer, a closed day, the
 * holder's erased account, or the event that held the room letting it go. Bookings cancelled before the
 * reason was kept have none (unknown).
 */
export const CANCELLATION_REASONS = [
  'member',
  'host',
  'officer',
  'site_closed',
  'account_erased',
  'event_released',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];
/** The longest note a host or officer may leave the member when cancelling. */
export const CANCELLATION_NOTE_MAX = 500;
export const ACTIVE_STATUSES: readonly BookingStatus[] = ['confirmed', 'checked_in'];

/**
 * A resource held by a member for a half-open time range. Written and read with SQL (the range is a
 * `tstzrange`); this entity describes the table so that the schema test can compare it with the migration.
 */
@Entity({ name: 'bookings' })
@Index('bookings_user_id_idempotency_key_key', ['userId', 'idempotencyKey'], { unique: true })
@Index('bookings_user_id_idx', ['userId'])
@Index('bookings_site_id_idx', ['siteId'])
@Index('bookings_series_id_idx', ['seriesId'])
@Index('bookings_event_id_active_key', ['eventId'], { unique: true, where: `status IN ('confirmed', 'checked_in')` })
// On (resource_id, upper(during)) INCLUDE (during): an expression @Index cannot describe, so its migration
// (1764390900000) alone defines it and the schema comparison leaves it be.
@Index('bookings_resource_id_upper_during_idx', { synchronize: false })
// The reporting module's read of a period's counted bookings, on lower(during) INCLUDE (...): its migration
// (reporting, 1764410000000) alone defines it.
@Index('bookings_reporting_idx', { synchronize: false })
@Check('bookings_during_check', `lower(during) < upper(during)`)
@Check('bookings_during_bounds_check', `lower_inc(during) AND NOT upper_inc(during)`)
@Check('bookings_slot_check', `slot IN ('full_day', 'morning', 'afternoon', 'custom')`)
@Check('bookings_status_check', `status IN ('confirmed', 'checked_in', 'cancelled', 'no_show')`)
@Check(
  'bookings_cancellation_reason_check',
  `cancellation_reason IN ('member', 'host', 'officer', 'site_closed', 'account_erased', 'event_released')`,
)
@Check('bookings_cancellation_note_check', `char_length(cancellation_note) <= 500`)
@Check('bookings_cover_kind_check', `cover_kind IN ('contract', 'plan', 'pay_as_you_go')`)
@Check('bookings_cover_id_check', `(cover_kind = 'pay_as_you_go') = (cover_id IS NULL)`)
@Exclusion(
  'bookings_no_overlap',
  `USING gist (during WITH &&, resource_id WITH =) WHERE (status IN ('confirmed', 'checked_in'))`,
)
export class Booking {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'bookings_pkey' })
  id: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @ManyToOne(() => Resource)
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'bookings_resource_id_fkey' })
  resource?: Resource;

  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'bookings_site_id_fkey' })
  site?: Site;

  /** Null once the member erased their account: past bookings stay as anonymous figures. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'bookings_user_id_fkey' })
  user?: User | null;

  /** `[start, end)`. */
  @Column({ type: 'tstzrange' })
  during: string;

  @Column({ type: 'text' })
  slot: string;

  @Column({ type: 'text', default: 'confirmed' })
  status: BookingStatus;

  /** The member's home commune when they booked, so that past figures never move. */
  @Column({ name: 'home_commune_code', type: 'text', nullable: true })
  homeCommuneCode: string | null;

  /** The member's employer when they booked, so that past figures never move. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { nullable: true })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'bookings_organization_id_fkey' })
  organization?: Organization | null;

  /** What the booking was counted against (`booking-quota.ts`): a contract, a plan, or pay-as-you-go. */
  @Column({ name: 'cover_kind', type: 'text', default: 'pay_as_you_go' })
  coverKind: 'contract' | 'plan' | 'pay_as_you_go';

  /** The organization (contract) or the member plan (plan); null for pay-as-you-go. */
  @Column({ name: 'cover_id', type: 'uuid', nullable: true })
  coverId: string | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  /** The series that made it, if any. */
  @Column({ name: 'series_id', type: 'uuid', nullable: true })
  seriesId: string | null;

  @ManyToOne(() => BookingSeries, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'series_id', foreignKeyConstraintName: 'bookings_series_id_fkey' })
  series?: BookingSeries | null;

  /**
   * The event that holds this meeting room (`EventRoomHolds`); such a booking has no member. Known by id only:
   * the booking module never reads the events tables.
   */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancelled_by', type: 'uuid', nullable: true })
  cancelledBy: string | null;

  /**
   * Required once cancelled, from migration 1764420000000 on: a trigger refuses the change to `cancelled`
   * without it (older rows keep NULL).
   */
  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: CancellationReason | null;

  /** The host's or officer's note to the member, or the closure's label. */
  @Column({ name: 'cancellation_note', type: 'text', nullable: true })
  cancellationNote: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cancelled_by', foreignKeyConstraintName: 'bookings_cancelled_by_fkey' })
  canceller?: User | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;
}
