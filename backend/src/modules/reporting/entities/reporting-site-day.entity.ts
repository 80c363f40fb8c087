import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Site } from '../../sites/entities/site.entity';

/**
 * Booked time of one site on one local day for one resource kind, split at 13:00 local. Kept by triggers
 * on `bookings` (migration 1764410000000), never written by the application; this entity describes the table
 * for the schema test.
 */
@Entity({ name: 'reporting_site_days' })
@Index('reporting_site_days_site_id_day_idx', ['siteId', 'day'])
@Check(
  'reporting_site_days_counts_check',
  `morning_minutes >= 0 AND afternoon_minutes >= 0 AND bookings >= 0 AND morning_bookings >= 0
          AND afternoon_bookings >= 0 AND no_shows >= 0 AND morning_no_shows >= 0 AND afternoon_no_shows >= 0`,
)
export class ReportingSiteDay {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_site_days_pkey' })
  day: string;

  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'reporting_site_days_pkey' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'reporting_site_days_site_id_fkey' })
  site?: Site;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'reporting_site_days_pkey' })
  kind: string;

  @Column({ name: 'morning_minutes', type: 'integer', default: 0 }) morningMinutes: number;
  @Column({ name: 'afternoon_minutes', type: 'integer', default: 0 }) afternoonMinutes: number;
  @Column({ type: 'integer', default: 0 }) bookings: number;
  @Column({ name: 'morning_bookings', type: 'integer', default: 0 }) morningBookings: number;
  @Column({ name: 'afternoon_bookings', type: 'integer', default: 0 }) afternoonBookings: number;
  @Column({ name: 'no_shows', type: 'integer', default: 0 }) noShows: number;
  @Column({ name: 'morning_no_shows', type: 'integer', default: 0 }) morningNoShows: number;
  @Column({ name: 'afternoon_no_shows', type: 'integer', default: 0 }) afternoonNoShows: number;
}
