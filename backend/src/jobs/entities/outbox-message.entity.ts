import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message to act on later (a mail, a reminder), written in the same transaction as the business
 * change it follows from, so that what the API confirmed always has its notification.
 */
@Entity({ name: 'outbox_messages' })
@Index('outbox_messages_key_key', ['key'], { unique: true })
@Index('outbox_messages_due_idx', ['dueAt'], { where: 'sent_at IS NULL AND failed_at IS NULL' })
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'outbox_messages_pkey' })
  id: string;

  /** A job name of the catalogue. */
  @Column({ type: 'text' })
  kind: string;

  /** Deterministic, for deduplication and as the BullMQ job id (`welcome-user-<id>`). */
  @Column({ type: 'text' })
  key: string;

  /** Ids only: handlers reload the current state. */
  @Column({ type: 'jsonb' })
  payload: Record<string, string>;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  /** When the relay handed it to BullMQ (null without Redis, or when it must be handed again). */
  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** A worker's lease: nobody else takes the message before this instant. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Set only once the work is done (SMTP accepted the mail) or found needless. */
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** `sent`, or `skipped` when the handler found the state had moved on. */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ name: 'failed_at', type: 'timestamptz', nullable: true })
  failedAt: Date | null;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
