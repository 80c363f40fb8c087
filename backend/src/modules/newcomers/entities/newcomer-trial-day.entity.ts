import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Booking } from '../../booking/entities/booking.entity';
import { User } from '../../identity/entities/user.entity';
import { Resource } from '../../sites/entities/resource.entity';
import { Site } from '../../sites/entities/site.entity';
import { Newcomer } from './newcomer.entity';

/** `expired`: its link ran out unanswered; closed so when another is offered (a `pending` one may be past too). */
export const TRIAL_DAY_STATUSES = ['pending', 'accepted', 'withdrawn', 'expired'] as const;
export type TrialDayStatus = (typeof TRIAL_DAY_STATUSES)[number];

/**
 * A trial day an officer offered a newcomer at a tiers-lieu: the invitation mailed with a single-use link,
 * and once accepted the account and booking it made. Written and read with SQL; this entity describes the
 * table. Only the SHA-256 of the link's secret is kept (`token_hash`), set by the mail job when it sends.
 */
@Entity({ name: 'newcomer_trial_days' })
@Unique('newcomer_trial_days_token_hash_key', ['tokenHash'])
@Index('newcomer_trial_days_one_pending_key', ['newcomerId'], { unique: true, where: "status = 'pending'" })
@Index('newcomer_trial_days_newcomer_id_idx', ['newcomerId', 'offeredAt'])
@Check('newcomer_trial_days_kind_check', `kind IN ('desk', 'meeting_room', 'private_office', 'phone_booth')`)
@Check('newcomer_trial_days_slot_check', `slot IN ('full_day', 'morning', 'afternoon')`)
@Check('newcomer_trial_days_status_check', `status IN ('pending', 'accepted', 'withdrawn', 'expired')`)
@Check('newcomer_trial_days_accepted_check', `(status = 'accepted') = (accepted_at IS NOT NULL)`)
@Check('newcomer_trial_days_withdrawn_check', `(status = 'withdrawn') = (withdrawn_at IS NOT NULL)`)
export class NewcomerTrialDay {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'newcomer_trial_days_pkey' })
  id: string;

  @Column({ name: 'newcomer_id', type: 'uuid' }) newcomerId: string;

  @ManyToOne(() => Newcomer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'newcomer_id', foreignKeyConstraintName: 'newcomer_trial_days_newcomer_id_fkey' })
  newcomer?: Newcomer;

  @Column({ name: 'site_id', type: 'uuid' }) siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'newcomer_trial_days_site_id_fkey' })
  site?: Site;

  /** The desk offered, or null for any free one of `kind` chosen at acceptance. */
  @Column({ name: 'resource_id', type: 'uuid', nullable: true }) resourceId: string | null;

  @ManyToOne(() => Resource)
  @JoinColumn({ name: 'resource_id', foreignKeyConstraintName: 'newcomer_trial_days_resource_id_fkey' })
  resource?: Resource;

  @Column({ type: 'text' }) kind: string;
  @Column({ type: 'date' }) date: string;
  @Column({ type: 'text' }) slot: string;
  @Column({ type: 'text', default: 'pending' }) status: TrialDayStatus;
  @Column({ name: 'token_hash', type: 'text', nullable: true }) tokenHash: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;

  @Column({ name: 'offered_by', type: 'uuid', nullable: true }) offeredBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'offered_by', foreignKeyConstraintName: 'newcomer_trial_days_offered_by_fkey' })
  offeredByUser?: User;

  @Column({ name: 'offered_at', type: 'timestamptz' }) offeredAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true }) withdrawnBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'withdrawn_by', foreignKeyConstraintName: 'newcomer_trial_days_withdrawn_by_fkey' })
  withdrawnByUser?: User;

  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'newcomer_trial_days_user_id_fkey' })
  user?: User;

  @Column({ name: 'booking_id', type: 'uuid', nullable: true }) bookingId: string | null;

  @ManyToOne(() => Booking, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'newcomer_trial_days_booking_id_fkey' })
  booking?: Booking;
}
