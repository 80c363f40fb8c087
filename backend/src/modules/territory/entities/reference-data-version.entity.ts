import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which version of a reference data set is loaded, so that loading runs once per version. */
@Entity({ name: 'reference_data_versions' })
export class ReferenceDataVersion {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'reference_data_versions_pkey' })
  name: string;

  @Column({ type: 'text' })
  version: string;

  @Column({ name: 'loaded_at', type: 'timestamptz', default: () => 'now()' })
  loadedAt: Date;
}
