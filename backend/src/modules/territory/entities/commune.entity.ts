import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Epci } from './epci.entity';

/** A current French commune (INSEE code), from `@etalab/decoupage-administratif`. */
@Entity({ name: 'communes' })
@Index('communes_department_idx', ['department'])
@Index('communes_epci_idx', ['epciCode'])
export class Commune {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'communes_pkey' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** Lower case, unaccented name, for search. */
  @Column({ name: 'search_name', type: 'text' })
  searchName: string;

  @Column({ type: 'text' })
  department: string;

  @Column({ type: 'text' })
  region: string;

  @Column({ name: 'postal_codes', type: 'text', array: true, default: () => "'{}'" })
  postalCodes: string[];

  @Column({ name: 'epci_code', type: 'text', nullable: true })
  epciCode: string | null;

  @ManyToOne(() => Epci, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'epci_code', foreignKeyConstraintName: 'communes_epci_code_fkey' })
  epci?: Epci | null;

  @Column({ type: 'integer', nullable: true })
  population: number | null;
}
