import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One action of an officer or a host on someone else's data: who, what, when. */
@Entity({ name: 'audit_log' })
@Index('audit_log_at_seq_idx', ['at', 'seq'])
@Index('audit_log_subject_id_at_seq_idx', ['subjectId', 'at', 'seq'])
@Index('audit_log_actor_id_at_seq_idx', ['actorId', 'at', 'seq'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'audit_log_pkey' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  /** The order of writing, which `at` (the clock's instant) cannot tell within one instant. */
  @Column({ type: 'bigint', generated: 'identity', generatedIdentity: 'ALWAYS' })
  seq: string;

  /** The account that acted (kept as a plain id: the log outlives erased accounts). */
  @Column({ name: 'actor_id', type: 'uuid' })
  actorId: string;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole: string;

  /** `site.update`, `site.host.appoint`, `booking.cancel`, ... */
  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  /** Ids and field names only, never personal data. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
