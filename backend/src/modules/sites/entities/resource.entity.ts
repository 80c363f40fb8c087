import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RESOURCE_AMENITIES, sqlTextArray, type ResourceKind } from '../site-amenities';
import { Site } from './site.entity';

/** What a member books at a site: a desk, a meeting room, a private office or a phone booth. */
@Entity({ name: 'resources' })
@Index('resources_site_id_idx', ['siteId'])
@Check('resources_kind_check', `kind IN ('desk', 'meeting_room', 'private_office', 'phone_booth')`)
@Check('resources_capacity_check', `capacity > 0`)
@Check('resources_amenities_check', `amenities <@ ${sqlTextArray(RESOURCE_AMENITIES)}`)
export class Resource {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'resources_pkey' })
  id: string;

  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'resources_site_id_fkey' })
  site?: Site;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: ResourceKind;

  /** People it seats: 1 for a desk, the table's size for a meeting room. */
  @Column({ type: 'integer', default: 1 })
  capacity: number;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  amenities: string[];

  /** False once removed: it takes no new bookings, and past ones still name it. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
