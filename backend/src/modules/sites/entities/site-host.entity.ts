import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Site } from './site.entity';

/** A user appointed by the network to run a site. Hosting any site makes a member a host. */
@Entity({ name: 'site_hosts' })
@Index('site_hosts_user_id_idx', ['userId'])
export class SiteHost {
  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'site_hosts_pkey' })
  siteId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'site_hosts_pkey' })
  userId: string;

  @ManyToOne(() => Site, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'site_hosts_site_id_fkey' })
  site?: Site;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'site_hosts_user_id_fkey' })
  user?: User;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
