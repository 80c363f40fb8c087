import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Site } from '../../sites/entities/site.entity';

/**
 * A member who had counted bookings at a site, for a resource kind, in a local month: the unique members of
 * any grouping by site, EPCI, month and kind without reading the bookings. Kept by the bookings' trigger
 * (migration 1764412000000), never written by the application; this entity describes the table for the
 * schema test.
 */
@Entity({ name: 'reporting_site_month_members' })
@Index('reporting_site_month_members_user_id_idx', ['userId'])
@Check('reporting_site_month_members_bookings_check', `bookings >= 0`)
@Check('reporting_site_month_members_month_check', `extract(day FROM month) = 1`)
export class ReportingSiteMonthMember {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_site_month_members_pkey' })
  month: string;

  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'reporting_site_month_members_pkey' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'reporting_site_month_members_site_id_fkey' })
  site?: Site;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'reporting_site_month_members_pkey' })
  kind: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'reporting_site_month_members_pkey' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'reporting_site_month_members_user_id_fkey' })
  user?: User;

  @Column({ type: 'integer', default: 0 })
  bookings: number;
}
