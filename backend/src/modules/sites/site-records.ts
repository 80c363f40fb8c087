import type { ClosureView } from './dto/closure.dto';
import type { ResourceView } from './dto/resource.dto';
import type { SiteView } from './dto/site-view.dto';
import type { OpeningHours } from './opening-hours';
import type { ResourceKind, SiteStatus } from './site-amenities';
import type { CancellationCutoff } from './site-booking-settings';
import { siteInstant } from './site-time';

/**
 * The rows the sites module reads with raw SQL, and how each becomes its API view. Dates are read as
 * text: the pg driver would turn a `date` into a midnight in the server's zone.
 */
export const SITE_SELECT = `
  SELECT s.id, s.slug, s.name, s.status, s.commune_code, c.name AS commune_name, s.epci_code,
         e.name AS epci_name, s.address, s.latitude, s.longitude, s.description, s.amenities, s.fibre_mbps,
         s.opening_hours, s.timezone, s.open_on_public_holidays::text[] AS open_on_public_holidays,
         s.cancellation_cutoff, s.check_in_required, s.no_show_release_time, s.access_instructions,
         s.created_at, s.updated_at
  FROM sites s
  JOIN communes c ON c.code = s.commune_code
  LEFT JOIN epcis e ON e.code = s.epci_code`;

export interface SiteRow {
  id: string;
  slug: string;
  name: string;
  status: SiteStatus;
  commune_code: string;
  commune_name: string;
  epci_code: string | null;
  epci_name: string | null;
  address: string;
  latitude: number;
  longitude: number;
  description: string | null;
  amenities: string[];
  fibre_mbps: number | null;
  opening_hours: OpeningHours;
  timezone: string;
  open_on_public_holidays: string[];
  cancellation_cutoff: CancellationCutoff;
  check_in_required: boolean;
  no_show_release_time: string;
  /** Never in `toSiteView`: only the site's team sees it, and booked members in their confirmation. */
  access_instructions: string | null;
  created_at: Date;
  updated_at: Date;
}

export function toSiteView(row: SiteRow): SiteView {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    communeCode: row.commune_code,
    communeName: row.commune_name,
    epciCode: row.epci_code,
    epciName: row.epci_name,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    description: row.description,
    amenities: row.amenities,
    fibreMbps: row.fibre_mbps,
    openingHours: row.opening_hours,
    timezone: row.timezone,
    openOnPublicHolidays: row.open_on_public_holidays,
    cancellationCutoff: row.cancellation_cutoff,
    checkInRequired: row.check_in_required,
    noShowReleaseTime: row.no_show_release_time,
    createdAt: siteInstant(row.created_at, row.timezone),
    updatedAt: siteInstant(row.updated_at, row.timezone),
  };
}

export const RESOURCE_SELECT = `
  SELECT r.id, r.site_id, r.name, r.kind, r.capacity, r.amenities, r.active, r.created_at, s.timezone
  FROM resources r JOIN sites s ON s.id = r.site_id`;

export interface ResourceRow {
  id: string;
  site_id: string;
  name: string;
  kind: ResourceKind;
  capacity: number;
  amenities: string[];
  active: boolean;
  created_at: Date;
  timezone: string;
}

export function toResourceView(row: ResourceRow): ResourceView {
  return {
    id: row.id,
    siteId: row.site_id,
    name: row.name,
    kind: row.kind,
    capacity: row.capacity,
    amenities: row.amenities,
    active: row.active,
    createdAt: siteInstant(row.created_at, row.timezone),
  };
}

export const CLOSURE_COLUMNS = `id, site_id, date::text AS date, reason`;

export interface ClosureRow {
  id: string;
  site_id: string;
  date: string;
  reason: string | null;
}

export function toClosureView(row: ClosureRow): ClosureView {
  return { id: row.id, siteId: row.site_id, date: row.date, reason: row.reason };
}

/** `%key%` for a LIKE on a search column, with LIKE's own wildcards taken literally. */
export function likePattern(key: string): string {
  return `%${key.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}
