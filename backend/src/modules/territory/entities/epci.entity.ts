import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An établissement public de coopération intercommunale: the group of communes reports are made by. */
@Entity({ name: 'epcis' })
export class Epci {
  /** SIREN of the EPCI (9 digits). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'epcis_pkey' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** CA, CC, CU or METRO. */
  @Column({ type: 'text' })
  kind: string;

  @Column({ type: 'integer' })
  population: number;
}
