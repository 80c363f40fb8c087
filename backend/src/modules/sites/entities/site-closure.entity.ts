import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Site } from './site.entity';

/** A day a site is closed although its week says open (works, a local holiday, the host's leave). */
@Entity({ name: 'site_closures' })
@Index('site_closures_site_id_date_key', ['siteId', 'date'], { unique: true })
export class SiteClosure {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'site_closures_pkey' })
  id: string;

  @Column({ name: 'site_id', type: 'uuid' })
  siteId: string;

  @ManyToOne(() => Site, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'site_closures_site_id_fkey' })
  site?: Site;

  /** Local date in the site's zone. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
