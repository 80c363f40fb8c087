import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Site } from '../../sites/entities/site.entity';
import { TeleworkContract } from './telework-contract.entity';

/** A site a telework contract covers. */
@Entity({ name: 'telework_contract_sites' })
export class TeleworkContractSite {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'telework_contract_sites_pkey' })
  organizationId: string;

  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'telework_contract_sites_pkey' })
  siteId: string;

  @ManyToOne(() => TeleworkContract, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'organization_id',
    referencedColumnName: 'organizationId',
    foreignKeyConstraintName: 'telework_contract_sites_organization_id_fkey',
  })
  contract?: TeleworkContract;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'telework_contract_sites_site_id_fkey' })
  site?: Site;
}
