import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { Site } from '../../sites/entities/site.entity';

/*
 * Who came where, level by level, for the unique members of the network's reports (migration 1764460000000).
 * Each row counts its present children below it and is present while that count is above zero; triggers on
 * each level keep the next one, never the application. These entities describe the tables for the schema
 * test.
 */

/** A member at a site in a local month: `kinds` = their kinds with counted bookings there. */
@Entity({ name: 'reporting_member_site_months' })
@Index('reporting_member_site_months_user_id_idx', ['userId'])
@Check('reporting_member_site_months_kinds_check', `kinds >= 0`)
export class ReportingMemberSiteMonth {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_member_site_months_pkey' })
  month: string;

  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'reporting_member_site_months_pkey' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'reporting_member_site_months_site_id_fkey' })
  site?: Site;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'reporting_member_site_months_pkey' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'reporting_member_site_months_user_id_fkey' })
  user?: User;

  @Column({ type: 'integer', default: 0 })
  kinds: number;
}

/** A member in an EPCI (`none`: outside any) in a local month: `sites` = its published sites they came to. */
@Entity({ name: 'reporting_member_epci_months' })
@Index('reporting_member_epci_months_user_id_idx', ['userId'])
@Check('reporting_member_epci_months_sites_check', `sites >= 0`)
export class ReportingMemberEpciMonth {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_member_epci_months_pkey' })
  month: string;

  @PrimaryColumn({ name: 'epci_code', type: 'text', primaryKeyConstraintName: 'reporting_member_epci_months_pkey' })
  epciCode: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'reporting_member_epci_months_pkey' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'reporting_member_epci_months_user_id_fkey' })
  user?: User;

  @Column({ type: 'integer', default: 0 })
  sites: number;
}

/** A member in the network (published sites) in a local month: `epcis` = the EPCIs they came to. */
@Entity({ name: 'reporting_member_months' })
@Index('reporting_member_months_user_id_idx', ['userId'])
@Check('reporting_member_months_epcis_check', `epcis >= 0`)
export class ReportingMemberMonth {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_member_months_pkey' })
  month: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'reporting_member_months_pkey' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'reporting_member_months_user_id_fkey' })
  user?: User;

  @Column({ type: 'integer', default: 0 })
  epcis: number;
}

/** The months of a year a member came to the network: bit 0 January … bit 11 December. */
@Entity({ name: 'reporting_member_years' })
@Index('reporting_member_years_user_id_idx', ['userId'])
@Index('reporting_member_years_year_months_idx', ['year', 'months'])
@Check('reporting_member_years_months_check', `months >= 0 AND months < 4096`)
export class ReportingMemberYear {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'reporting_member_years_pkey' })
  year: number;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'reporting_member_years_pkey' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'reporting_member_years_user_id_fkey' })
  user?: User;

  @Column({ type: 'integer', default: 0 })
  months: number;
}

/** Present members of a site in a local month. */
@Entity({ name: 'reporting_site_month_counts' })
@Check('reporting_site_month_counts_members_check', `members >= 0`)
export class ReportingSiteMonthCount {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_site_month_counts_pkey' })
  month: string;

  @PrimaryColumn({ name: 'site_id', type: 'uuid', primaryKeyConstraintName: 'reporting_site_month_counts_pkey' })
  siteId: string;

  @ManyToOne(() => Site)
  @JoinColumn({ name: 'site_id', foreignKeyConstraintName: 'reporting_site_month_counts_site_id_fkey' })
  site?: Site;

  @Column({ type: 'integer', default: 0 })
  members: number;
}

/** Present members of an EPCI's published sites in a local month. */
@Entity({ name: 'reporting_epci_month_counts' })
@Check('reporting_epci_month_counts_members_check', `members >= 0`)
export class ReportingEpciMonthCount {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'reporting_epci_month_counts_pkey' })
  month: string;

  @PrimaryColumn({ name: 'epci_code', type: 'text', primaryKeyConstraintName: 'reporting_epci_month_counts_pkey' })
  epciCode: string;

  @Column({ type: 'integer', default: 0 })
  members: number;
}
