import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type SiteView = components['schemas']['SiteView'];
export type SiteDetailView = components['schemas']['SiteDetailView'];
export type SitePage = components['schemas']['SitePage'];
export type ResourceView = components['schemas']['ResourceView'];
export type ClosureView = components['schemas']['ClosureView'];
export type OpeningHours = components['schemas']['OpeningHoursDocument'];
export type SiteAmenity = SiteView['amenities'][number];
export type ResourceKind = ResourceView['kind'];

/**
 * The API's amenities, in the order the filter offers them. `Record` makes the compiler fail when the
 * backend adds or removes one, so the filter and its translations cannot fall behind.
 */
const AMENITY_ORDER: Record<SiteAmenity, number> = {
  fibre: 0,
  parking: 1,
  bike_shelter: 2,
  ev_charging: 3,
  kitchen: 4,
  accessible: 5,
  meeting_room: 6,
  phone_box: 7,
  printer: 8,
  showers: 9,
  coffee: 10,
  garden: 11,
  lockers: 12,
};
export const SITE_AMENITIES = (Object.keys(AMENITY_ORDER) as SiteAmenity[]).sort(
  (a, b) => AMENITY_ORDER[a] - AMENITY_ORDER[b],
);

/** Desks first: what most members come for. Same compile-time check as the amenities. */
const KIND_ORDER: Record<ResourceKind, number> = { desk: 0, meeting_room: 1, private_office: 2, phone_booth: 3 };
export const RESOURCE_KINDS = (Object.keys(KIND_ORDER) as ResourceKind[]).sort((a, b) => KIND_ORDER[a] - KIND_ORDER[b]);
