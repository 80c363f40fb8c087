/**
 * What a site offers, from a fixed list so that the public search can filter on it and the front end can
 * show an icon and a translated label for each. The database checks the same list
 * (`sites_amenities_check`): adding one takes a migration that replaces that constraint.
 */
export const SITE_AMENITIES = [
  'fibre',
  'parking',
  'bike_shelter',
  'ev_charging',
  'kitchen',
  'accessible',
  'meeting_room',
  'phone_box',
  'printer',
  'showers',
  'coffee',
  'garden',
  'lockers',
] as const;
export type SiteAmenity = (typeof SITE_AMENITIES)[number];

/** What one desk or room offers; checked by `resources_amenities_check`. */
export const RESOURCE_AMENITIES = [
  'screen',
  'whiteboard',
  'videoconference',
  'standing_desk',
  'docking_station',
  'window',
  'accessible',
] as const;
export type ResourceAmenity = (typeof RESOURCE_AMENITIES)[number];

export const RESOURCE_KINDS = ['desk', 'meeting_room', 'private_office', 'phone_booth'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

export const SITE_STATUSES = ['draft', 'published', 'archived'] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

/** `ARRAY['a', 'b']::text[]` for the CHECK constraints, written once from the lists above. */
export function sqlTextArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;
}
