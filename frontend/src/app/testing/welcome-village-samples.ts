import { WelcomeVillageView } from '../core/api/welcome-villages.types';

export const ASTARAC = { code: '200030005', name: 'CC Cœur d’Astarac en Gascogne' };
export const LOMAGNE = { code: '243200458', name: 'CC de la Lomagne Gersoise' };

/** Mirande, published, offering everything, placed on the map; `overrides` make the others. */
export function givenWelcomeVillage(overrides: Partial<WelcomeVillageView> = {}): WelcomeVillageView {
  return {
    id: 'village-mirande',
    communeCode: '32256',
    communeName: 'Mirande',
    postalCodes: ['32300'],
    epciCode: ASTARAC.code,
    epciName: ASTARAC.name,
    latitude: 43.5147,
    longitude: 0.4044,
    offers: ['school', 'shops', 'housing', 'fibre'],
    descriptionFr: 'Bastide de l’Astarac : écoles, commerces, marché le lundi.',
    descriptionEn: 'A bastide town of the Astarac: schools, shops, Monday market.',
    relayName: 'Martine Lacoste',
    relayRole: 'town_hall',
    relayEmail: 'accueil.mirande@example.fr',
    relayPhone: '05 36 49 10 01',
    published: true,
    createdAt: '2026-11-29T15:00:00+01:00',
    updatedAt: '2026-11-29T15:00:00+01:00',
    ...overrides,
  };
}

export const LECTOURE_VILLAGE = givenWelcomeVillage({
  id: 'village-lectoure',
  communeCode: '32208',
  communeName: 'Lectoure',
  postalCodes: ['32700'],
  epciCode: LOMAGNE.code,
  epciName: LOMAGNE.name,
  latitude: null,
  longitude: null,
  offers: ['school', 'fibre'],
  descriptionEn: null,
  relayName: 'Lectoure Accueil',
  relayRole: 'association',
  relayEmail: 'bonjour.lectoure@example.fr',
  relayPhone: null,
});

export const SIMORRE_VILLAGE = givenWelcomeVillage({
  id: 'village-simorre',
  communeCode: '32433',
  communeName: 'Simorre',
  postalCodes: ['32420'],
  offers: ['housing'],
  relayName: 'Claude Sabathé',
  relayEmail: 'mairie.simorre@example.fr',
  published: false,
});
