import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Organization } from './organization.entity';

/**
 * An employer's telework agreement with the network: each employee may book this many days per ISO week
 * at the contract's sites (all sites when it lists none).
 */
@Entity({ name: 'telework_contracts' })
@Check(
  'telework_contracts_days_per_week_check',
  `days_per_week BETWEEN 0.5 AND 7 AND days_per_week * 2 = trunc(days_per_week * 2)`,
)
export class TeleworkContract {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'telework_contracts_pkey' })
  organizationId: string;

  @OneToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'telework_contracts_organization_id_fkey' })
  organization?: Organization;

  /** Read back as a string by the driver (numeric). */
  @Column({ name: 'days_per_week', type: 'numeric', precision: 3, scale: 1 })
  daysPerWeek: string;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
