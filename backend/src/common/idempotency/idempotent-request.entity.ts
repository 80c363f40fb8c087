import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../modules/identity/entities/user.entity';

/**
 * A creating request sent with an `Idempotency-Key`, and the first answer it got. `status` is null while the
 * first request is still in flight; only successful (2xx) answers are kept, so a refused request can be sent
 * again with the same key.
 */
@Entity({ name: 'idempotent_requests' })
@Check('idempotent_requests_key_check', `length(key) BETWEEN 1 AND 255`)
@Check('idempotent_requests_fingerprint_check', `fingerprint ~ '^[0-9a-f]{64}$'`)
@Check(
  'idempotent_requests_answer_check',
  `(status IS NULL) = (completed_at IS NULL) AND (status IS NULL OR status BETWEEN 200 AND 299)`,
)
@Index('idempotent_requests_created_at_idx', ['createdAt'])
export class IdempotentRequest {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'idempotent_requests_pkey' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'idempotent_requests_user_id_fkey' })
  user?: User;

  /** The header's value as sent: 1 to 255 printable ASCII characters. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'idempotent_requests_pkey' })
  key: string;

  /** SHA-256 (hex) of the method, path, query and canonical body: the same key with another request is refused. */
  @Column({ type: 'text' })
  fingerprint: string;

  /** The first answer's status; null while that request is in flight. */
  @Column({ type: 'smallint', nullable: true })
  status: number | null;

  /** The first answer's body as it was sent (`json`, not `jsonb`: the replay keeps its fields' order). */
  @Column({ type: 'json', nullable: true })
  body: unknown;

  /** From the injected clock; the key is forgotten 24 hours later. */
  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
