/** A welcome village as an officer fills it in, for Mirande unless `overrides` say otherwise. */
export function welcomeVillageRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    communeCode: '32256',
    relayName: 'Martine Lacoste',
    relayRole: 'town_hall',
    relayEmail: 'accueil@mairie-mirande.fr',
    offers: ['school', 'shops'],
    descriptionFr: 'Bastide du XIIIe siècle : école, collège, marché le lundi.',
    ...overrides,
  };
}
