import { Check, Column, Entity, Exclusion, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Plan } from './plan.entity';

/** A plan held by a member from one local date to another (inclusive; open-ended while `validUntil` is null). */
@Entity({ name: 'member_plans' })
@Check('member_plans_validity_check', `valid_until IS NULL OR valid_until >= valid_from`)
@Exclusion(
  'member_plans_one_at_a_time',
  `USING gist (user_id WITH =, daterange(valid_from, valid_until, '[]') WITH &&)`,
)
export class MemberPlan {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'member_plans_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'member_plans_user_id_fkey' })
  user?: User;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => Plan)
  @JoinColumn({ name: 'plan_id', foreignKeyConstraintName: 'member_plans_plan_id_fkey' })
  plan?: Plan;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom: string;

  @Column({ name: 'valid_until', type: 'date', nullable: true })
  validUntil: string | null;

  /** The officer or host who granted it (null once their account is erased). */
  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'granted_by', foreignKeyConstraintName: 'member_plans_granted_by_fkey' })
  granter?: User | null;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt: Date;
}
