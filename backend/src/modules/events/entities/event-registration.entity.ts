import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Event } from './event.entity';

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled', 'attended'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * A member's place at an event, or place in its line. One row per registration: cancelling keeps the row,
 * registering again makes a new one; the partial unique index lets a member hold one active row per event.
 * `queue_number` orders the waitlist as people joined it; positions (1, 2, …) are counted from it, so they
 * stay contiguous as people leave. Written and read with SQL; this entity describes the table.
 */
@Entity({ name: 'event_registrations' })
@Index('event_registrations_active_key', ['eventId', 'userId'], { unique: true, where: `status <> 'cancelled'` })
@Index('event_registrations_line_idx', ['eventId', 'queueNumber'], { where: `status = 'waitlisted'` })
@Index('event_registrations_user_id_idx', ['userId'])
@Index('event_registrations_user_id_idempotency_key_key', ['userId', 'idempotencyKey'], { unique: true })
@Check('event_registrations_status_check', `status IN ('registered', 'waitlisted', 'cancelled', 'attended')`)
@Check('event_registrations_cancelled_check', `(status = 'cancelled') = (cancelled_at IS NOT NULL)`)
@Check('event_registrations_attended_check', `(status = 'attended') = (attended_at IS NOT NULL)`)
export class EventRegistration {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'event_registrations_pkey' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => Event)
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'event_registrations_event_id_fkey' })
  event?: Event;

  /** Null once the member erased their account: past attendance stays as an anonymous figure. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'event_registrations_user_id_fkey' })
  user?: User | null;

  @Column({ type: 'text' })
  status: RegistrationStatus;

  /** The order of arrival, whatever the clocks say: the waitlist is served in this order. */
  @Column({ name: 'queue_number', type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  queueNumber: string;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'registered_at', type: 'timestamptz', default: () => 'now()' })
  registeredAt: Date;

  /** When a place freed for them and they left the waitlist. */
  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'attended_at', type: 'timestamptz', nullable: true })
  attendedAt: Date | null;
}
