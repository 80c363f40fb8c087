import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Site } from '../../sites/entities/site.entity';

/**
 * Booked time of one site in one local month for one resource kind: the sums of its `reporting_site_days`
 * rows, kept by a trigger on that table (migration 1764460000000), never written by the application; this
 * entity describes the table for the schema test.
 */
@Entity({ name: 'reporting_site_months' })
@Check(
  'reporting_site_months_counts_check',
  `morning_minutes >= 0 AND afternoon_minutes >= 0 AND bookings >= 0 AND morning_bookings >= 0 AND afternoon_bookings >= 0 AND no_shows >= 0 AND morning_no_shows >= 0 AND afternoon_no_shows >= 0`,
)
@Check('reporting_site_months_month_check', `extract(day FROM month) = 1`)
export class ReportingSiteMonth {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_site_months_pkey' })
  month: string;

  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'reporting_site_months_pkey' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'reporting_site_months_site_id_fkey' })
  site?: Site;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'reporting_site_months_pkey' })
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

/**
 * Booked time of one EPCI's published sites in one local month for one resource kind: the sums of their
 * `reporting_site_months` rows (a site without an EPCI under 'none'), kept by triggers on that table and on
 * `sites` (migration 1764476000000), never written by the application; this entity describes the table for
 * the schema test.
 */
@Entity({ name: 'reporting_epci_months' })
@Check(
  'reporting_epci_months_counts_check',
  `morning_minutes >= 0 AND afternoon_minutes >= 0 AND bookings >= 0 AND morning_bookings >= 0 AND afternoon_bookings >= 0 AND no_shows >= 0 AND morning_no_shows >= 0 AND afternoon_no_shows >= 0`,
)
@Check('reporting_epci_months_month_check', `extract(day FROM month) = 1`)
export class ReportingEpciMonth {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_epci_months_pkey' })
  month: string;

  @PrimaryColumn({ name: 'epci_code', type: 'text', primaryKeyConstraintName: 'reporting_epci_months_pkey' })
  epciCode: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'reporting_epci_months_pkey' })
  kind: string;

  /** Minutes can outgrow an integer summed over a large EPCI's sites; TypeORM reads a bigint as a string. */
  @Column({ name: 'morning_minutes', type: 'bigint', default: 0 }) morningMinutes: string;
  @Column({ name: 'afternoon_minutes', type: 'bigint', default: 0 }) afternoonMinutes: string;
  @Column({ type: 'integer', default: 0 }) bookings: number;
  @Column({ name: 'morning_bookings', type: 'integer', default: 0 }) morningBookings: number;
  @Column({ name: 'afternoon_bookings', type: 'integer', default: 0 }) afternoonBookings: number;
  @Column({ name: 'no_shows', type: 'integer', default: 0 }) noShows: number;
  @Column({ name: 'morning_no_shows', type: 'integer', default: 0 }) morningNoShows: number;
  @Column({ name: 'afternoon_no_shows', type: 'integer', default: 0 }) afternoonNoShows: number;
}
