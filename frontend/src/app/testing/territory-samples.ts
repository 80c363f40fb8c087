import { CommunePage, CommuneView, EpciPage } from '../core/api/territory.types';

/** Figures from the reference data (@etalab/decoupage-administratif), so specs read like the real screen. */
export const GRAND_AUCH = {
  code: '200066926',
  name: 'CA Grand Auch Coeur de Gascogne',
  communeCount: 34,
  population: 39177,
};
export const LOMAGNE = { code: '243200391', name: 'CC de la Lomagne Gersoise', communeCount: 43, population: 19335 };

export const EPCI_PAGE: EpciPage = { items: [GRAND_AUCH, LOMAGNE], total: 2 };

export function givenCommune(overrides: Partial<CommuneView> = {}): CommuneView {
  return {
    code: '32013',
    name: 'Auch',
    postalCodes: ['32000'],
    epciCode: GRAND_AUCH.code,
    epciName: GRAND_AUCH.name,
    population: 22428,
    ...overrides,
  };
}

export function givenCommunePage(items: CommuneView[], total = items.length): CommunePage {
  return { items, total };
}
