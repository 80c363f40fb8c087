import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An employer whose staff work from the network's sites, sometimes under a telework contract. */
@Entity({ name: 'organizations' })
@Index('organizations_siren_key', ['siren'], { unique: true })
@Check('organizations_name_check', `length(btrim(name)) > 0`)
@Check('organizations_siren_check', `siren ~ '^[0-9]{9}$'`)
export class Organization {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organizations_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The name folded for search (`searchKey`): "societe" finds "Société". */
  @Column({ name: 'search_name', type: 'text' })
  searchName: string;

  /** The 9-digit company number of the SIRENE register, when known. */
  @Column({ type: 'text', nullable: true })
  siren: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
