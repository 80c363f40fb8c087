import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type WelcomeVillageView = components['schemas']['WelcomeVillageView'];
export type WelcomeVillagePage = components['schemas']['WelcomeVillagePage'];
export type CreateWelcomeVillageRequest = components['schemas']['CreateWelcomeVillageRequest'];
export type UpdateWelcomeVillageRequest = components['schemas']['UpdateWelcomeVillageRequest'];
export type VillageOffer = WelcomeVillageView['offers'][number];
export type RelayRole = WelcomeVillageView['relayRole'];

/**
 * The API's offers and relay roles, in the order the pages show them. `Record` makes the compiler fail when
 * the backend adds or removes one, so the filters and their translations cannot fall behind.
 */
const OFFER_ORDER: Record<VillageOffer, number> = { school: 0, shops: 1, housing: 2, fibre: 3 };
const ROLE_ORDER: Record<RelayRole, number> = { town_hall: 0, association: 1, resident: 2, other: 3 };

function ordered<T extends string>(order: Record<T, number>): readonly T[] {
  return (Object.keys(order) as T[]).sort((a, b) => order[a] - order[b]);
}

export const VILLAGE_OFFERS: readonly VillageOffer[] = ordered(OFFER_ORDER);
export const RELAY_ROLES: readonly RelayRole[] = ordered(ROLE_ORDER);

/** Every village there is fits in one page: the Gers counts 458 communes, the API pages up to 500. */
export const ALL_VILLAGES_LIMIT = 500;
