import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Commune } from '../../territory/entities/commune.entity';
import { Epci } from '../../territory/entities/epci.entity';
import type { OpeningHours } from '../opening-hours';
import { SITE_AMENITIES, sqlTextArray, type SiteStatus } from '../site-amenities';
import {
  CANCELLATION_CUTOFF_CHECK,
  type CancellationCutoff,
  DEFAULT_CANCELLATION_CUTOFF,
  DEFAULT_NO_SHOW_RELEASE_TIME,
} from '../site-booking-settings';

/** A tiers-lieu of the network: where members come to work. */
@Entity({ name: 'sites' })
@Index('sites_slug_key', ['slug'], { unique: true })
@Index('sites_commune_code_idx', ['communeCode'])
@Index('sites_epci_code_idx', ['epciCode'])
@Index('sites_published_name_idx', ['name', 'id'], { where: `status = 'published'` })
@Check('sites_slug_format_check', `slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
@Check('sites_latitude_check', `latitude BETWEEN -90 AND 90`)
@Check('sites_longitude_check', `longitude BETWEEN -180 AND 180`)
@Check('sites_fibre_mbps_check', `fibre_mbps > 0`)
@Check('sites_status_check', `status IN ('draft', 'published', 'archived')`)
@Check('sites_opening_hours_check', `jsonb_typeof(opening_hours) = 'object'`)
@Check('sites_amenities_check', `amenities <@ ${sqlTextArray(SITE_AMENITIES)}`)
@Check('sites_cancellation_cutoff_check', CANCELLATION_CUTOFF_CHECK)
@Check('sites_no_show_release_time_check', `no_show_release_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
export class Site {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'sites_pkey' })
  id: string;

  /** Stable address of the site's page, derived from the name at creation. */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  /** `searchKey(name)`, for the accent-insensitive public search. */
  @Column({ name: 'search_name', type: 'text' })
  searchName: string;

  @Column({ name: 'commune_code', type: 'text' })
  communeCode: string;

  @ManyToOne(() => Commune)
  @JoinColumn({ name: 'commune_code', foreignKeyConstraintName: 'sites_commune_code_fkey' })
  commune?: Commune;

  /** The commune's EPCI when the site was placed there. */
  @Column({ name: 'epci_code', type: 'text', nullable: true })
  epciCode: string | null;

  @ManyToOne(() => Epci, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'epci_code', foreignKeyConstraintName: 'sites_epci_code_fkey' })
  epci?: Epci | null;

  @Column({ type: 'text' })
  address: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  amenities: string[];

  @Column({ name: 'fibre_mbps', type: 'integer', nullable: true })
  fibreMbps: number | null;

  @Column({ name: 'opening_hours', type: 'jsonb' })
  openingHours: OpeningHours;

  /** IANA zone the opening hours are read in. */
  @Column({ type: 'text', default: 'Europe/Paris' })
  timezone: string;

  @Column({ type: 'text', default: 'draft' })
  status: SiteStatus;

  /** Public holidays (`YYYY-MM-DD`) on which the site opens anyway; it is closed on the others. */
  @Column({ name: 'open_on_public_holidays', type: 'date', array: true, default: () => "'{}'" })
  openOnPublicHolidays: string[];

  /** Until when a member may cancel their own booking (`CancellationCutoff`). */
  @Column({ name: 'cancellation_cutoff', type: 'jsonb', default: DEFAULT_CANCELLATION_CUTOFF })
  cancellationCutoff: CancellationCutoff;

  @Column({ name: 'check_in_required', type: 'boolean', default: false })
  checkInRequired: boolean;

  /** Local `HH:MM` when bookings not checked in are released (with `checkInRequired`). */
  @Column({ name: 'no_show_release_time', type: 'text', default: DEFAULT_NO_SHOW_RELEASE_TIME })
  noShowReleaseTime: string;

  /** Door code, key: told to booked members in their confirmation, never shown publicly. */
  @Column({ name: 'access_instructions', type: 'text', nullable: true })
  accessInstructions: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
