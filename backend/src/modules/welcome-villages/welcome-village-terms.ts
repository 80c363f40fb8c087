/**
 * What a welcome village offers someone settling there: a school for their children, shops in the village,
 * leads to housing (lets or sales the relay knows of), fibre broadband.
 */
export const VILLAGE_OFFERS = ['school', 'shops', 'housing', 'fibre'] as const;
export type VillageOffer = (typeof VILLAGE_OFFERS)[number];

/** Who the relay is: someone at the town hall, in a local association, a resident, or otherwise. */
export const RELAY_ROLES = ['town_hall', 'association', 'resident', 'other'] as const;
export type RelayRole = (typeof RELAY_ROLES)[number];

/** `ARRAY['a', 'b']::text[]` for CHECK constraints, written the same in the entity and the migration. */
export function sqlTextArray(values: readonly string[]): string {
  return `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]::text[]`;
}

/** `'a', 'b'` for `IN (…)` checks. */
export function sqlList(values: readonly string[]): string {
  return values.map((v) => `'${v}'`).join(', ');
}
