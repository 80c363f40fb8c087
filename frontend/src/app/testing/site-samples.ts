import { SiteDetailView, SiteView } from '../core/api/sites.types';
import { GRAND_AUCH, LOMAGNE } from './territory-samples';

export function givenSite(overrides: Partial<SiteView> = {}): SiteView {
  return {
    id: '0b6c6c1e-5f1a-4f53-a1de-000000000001',
    slug: 'tiers-lieu-d-auch',
    name: 'Tiers-lieu d’Auch',
    status: 'published',
    communeCode: '32013',
    communeName: 'Auch',
    epciCode: GRAND_AUCH.code,
    epciName: GRAND_AUCH.name,
    address: '12 rue Gambetta, 32000 Auch',
    latitude: 43.6465,
    longitude: 0.5855,
    description: 'Vingt postes au cœur de la ville haute.',
    amenities: ['fibre', 'coffee', 'accessible'],
    fibreMbps: 1000,
    openingHours: {
      mon: [
        ['08:30', '12:30'],
        ['13:30', '18:00'],
      ],
      tue: [['08:30', '18:00']],
      wed: [['08:30', '18:00']],
      thu: [['08:30', '18:00']],
      fri: [['08:30', '17:00']],
      sat: [['09:00', '12:00']],
      sun: [],
    },
    timezone: 'Europe/Paris',
    openOnPublicHolidays: [],
    cancellationCutoff: { kind: 'until_start' },
    checkInRequired: false,
    noShowReleaseTime: '10:30',
    createdAt: '2026-01-05T10:00:00+01:00',
    updatedAt: '2026-01-05T10:00:00+01:00',
    ...overrides,
  };
}

export const LECTOURE_SITE = givenSite({
  id: '0b6c6c1e-5f1a-4f53-a1de-000000000002',
  slug: 'la-fabrique-de-lectoure',
  name: 'La Fabrique de Lectoure',
  communeCode: '32208',
  communeName: 'Lectoure',
  epciCode: LOMAGNE.code,
  epciName: LOMAGNE.name,
  address: '3 place de la Halle, 32700 Lectoure',
  latitude: 43.934,
  longitude: 0.621,
  amenities: ['parking', 'garden'],
  fibreMbps: null,
});

export function givenSiteDetail(overrides: Partial<SiteDetailView> = {}): SiteDetailView {
  return {
    ...givenSite(),
    resources: [
      {
        id: 'r1',
        siteId: '0b6c6c1e-5f1a-4f53-a1de-000000000001',
        name: 'Salle Armagnac',
        kind: 'meeting_room',
        capacity: 8,
        amenities: ['screen'],
        active: true,
        createdAt: '2026-01-05T10:00:00+01:00',
      },
      {
        id: 'r2',
        siteId: '0b6c6c1e-5f1a-4f53-a1de-000000000001',
        name: 'Bureau 1',
        kind: 'desk',
        capacity: 1,
        amenities: [],
        active: true,
        createdAt: '2026-01-05T10:00:00+01:00',
      },
    ],
    upcomingClosures: [
      { id: 'c1', siteId: '0b6c6c1e-5f1a-4f53-a1de-000000000001', date: '2026-12-24', reason: 'Inventaire' },
    ],
    ...overrides,
  };
}
