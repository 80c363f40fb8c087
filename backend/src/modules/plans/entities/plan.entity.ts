import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const PLAN_KINDS = ['pack', 'weekly', 'monthly', 'unlimited'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/**
 * What the network sells or gives: a pack of N days to use while the plan is held, N days per ISO week,
 * N days per calendar month, or unlimited days.
 */
@Entity({ name: 'plans' })
@Check('plans_name_check', `length(btrim(name)) > 0`)
@Check('plans_kind_check', `kind IN ('pack', 'weekly', 'monthly', 'unlimited')`)
@Check(
  'plans_days_check',
  `CASE kind
          WHEN 'unlimited' THEN days IS NULL
          WHEN 'weekly' THEN days BETWEEN 0.5 AND 7 AND days * 2 = trunc(days * 2)
          WHEN 'monthly' THEN days BETWEEN 0.5 AND 31 AND days * 2 = trunc(days * 2)
          ELSE days BETWEEN 0.5 AND 1000 AND days * 2 = trunc(days * 2) END`,
)
export class Plan {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'plans_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: PlanKind;

  /** Null for an unlimited plan. Read back as a string by the driver (numeric). */
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true })
  days: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
