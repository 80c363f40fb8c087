import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Site } from '../../sites/entities/site.entity';

/**
 * A member who asked for no more announcements from one site (`site_id`), or for no community mail at all
 * (`site_id` null). At most one of each per member; the announcement mails skip them at send time.
 */
@Entity({ name: 'community_unsubscriptions' })
@Index('community_unsubscriptions_site_key', ['userId', 'siteId'], { unique: true, where: 'site_id IS NOT NULL' })
@Index('community_unsubscriptions_all_key', ['userId'], { unique: true, where: 'site_id IS NULL' })
export class CommunityUnsubscription {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'community_unsubscriptions_pkey' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'community_unsubscriptions_user_id_fkey' })
  user?: User;

  @Column({ name: 'site_id', type: 'uuid', nullable: true })
  siteId: string | null;

  @ManyToOne(() => Site, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'community_unsubscriptions_site_id_fkey' })
  site?: Site | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
