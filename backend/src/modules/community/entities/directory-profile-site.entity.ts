import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Site } from '../../sites/entities/site.entity';
import { DirectoryProfile } from './directory-profile.entity';

/**
 * A site the member attaches their card to, by their own choice: where they booked is not shown to others
 * unless they say so (the profile form suggests those sites).
 */
@Entity({ name: 'directory_profile_sites' })
@Index('directory_profile_sites_site_id_idx', ['siteId'])
export class DirectoryProfileSite {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'directory_profile_sites_pkey' })
  userId: string;

  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'directory_profile_sites_pkey' })
  siteId: string;

  @ManyToOne(() => DirectoryProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'directory_profile_sites_user_id_fkey' })
  profile?: DirectoryProfile;

  @ManyToOne(() => Site, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'directory_profile_sites_site_id_fkey' })
  site?: Site;
}
