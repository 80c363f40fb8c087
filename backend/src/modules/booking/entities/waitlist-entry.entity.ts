import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Site } from '../../sites/entities/site.entity';
import type { ResourceKind } from '../../sites/site-amenities';
import type { Slot } from '../booking-slots';
import { Booking } from './booking.entity';

export const WAITLIST_STATUSES = ['waiting', 'promoted', 'skipped'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/**
 * A member waiting for a place of a kind at a site on a local date and slot. When one frees, the first in
 * line is booked (`promoted`); an entry whose booking breaks a rule (quota, ...) is `skipped` with the reason.
 * Written and read with SQL; this entity describes the table for the schema test.
 */
@Entity({ name: 'waitlist_entries' })
@Index('waitlist_entries_line_user_key', ['siteId', 'kind', 'date', 'slot', 'userId'], {
  unique: true,
  where: `status = 'waiting'`,
})
@Index('waitlist_entries_line_idx', ['siteId', 'kind', 'date', 'seq'], { where: `status = 'waiting'` })
@Index('waitlist_entries_booking_id_key', ['bookingId'], { unique: true })
@Index('waitlist_entries_user_id_idempotency_key_key', ['userId', 'idempotencyKey'], { unique: true })
@Index('waitlist_entries_user_id_idx', ['userId'])
@Check('waitlist_entries_kind_check', `kind IN ('desk', 'meeting_room', 'private_office', 'phone_booth')`)
@Check('waitlist_entries_slot_check', `slot IN ('full_day', 'morning', 'afternoon')`)
@Check('waitlist_entries_status_check', `status IN ('waiting', 'promoted', 'skipped')`)
@Check('waitlist_entries_promoted_check', `(status = 'promoted') = (booking_id IS NOT NULL)`)
@Check('waitlist_entries_skipped_check', `(status = 'skipped') = (reason IS NOT NULL)`)
@Check('waitlist_entries_resolved_check', `(status = 'waiting') = (resolved_at IS NULL)`)
export class WaitlistEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'waitlist_entries_pkey' })
  id: string;

  /** The order of the line: who joined first. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'waitlist_entries_user_id_fkey' })
  user?: User;

  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'waitlist_entries_site_id_fkey' })
  site?: Site;

  @Column({ type: 'text' })
  kind: ResourceKind;

  /** Local date in the site's zone. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text' })
  slot: Slot;

  @Column({ type: 'text', default: 'waiting' })
  status: WaitlistStatus;

  /** The booking made for it when promoted. */
  @Column({ name: 'booking_id', type: 'uuid', nullable: true })
  bookingId: string | null;

  @ManyToOne(() => Booking, { nullable: true })
  @JoinColumn({ name: 'booking_id', foreignKeyConstraintName: 'waitlist_entries_booking_id_fkey' })
  booking?: Booking | null;

  /** Why it was skipped: the problem type of the booking it could not have (`quota-exceeded`, ...). */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** When it was promoted or skipped. */
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
