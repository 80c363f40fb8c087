/**
 * A plausible Gers network for the embedded default: real communes, invented places and people.
 * Nobody here is a real person; every address is on the demo domain.
 */
export const DEMO_PASSWORD = 'bastide-demo-2026';

export interface DemoAccount {
  key: string;
  email: string;
  firstName: string;
  lastName: string;
  role: 'member' | 'admin';
  homeCommuneCode: string | null;
  /** Shown at start-up beside the address. */
  label: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    key: 'officer',
    email: 'agent.reseau@bastide.demo',
    firstName: 'Hélène',
    lastName: 'Castagnet',
    role: 'admin',
    homeCommuneCode: '32013',
    label: 'network officer',
  },
  {
    key: 'hostAuch',
    email: 'hote.auch@bastide.demo',
    firstName: 'Mathieu',
    lastName: 'Dupouy',
    role: 'member',
    homeCommuneCode: '32013',
    label: 'host of the Auch tiers-lieu',
  },
  {
    key: 'hostSave',
    email: 'hote.save@bastide.demo',
    firstName: 'Sandrine',
    lastName: 'Lafitte',
    role: 'member',
    homeCommuneCode: '32160',
    label: "host at L'Isle-Jourdain and Fleurance",
  },
  {
    key: 'camille',
    email: 'camille.toulouse@bastide.demo',
    firstName: 'Camille',
    lastName: 'Roques',
    role: 'member',
    homeCommuneCode: '31555',
    label: 'member living in Toulouse',
  },
  {
    key: 'julien',
    email: 'julien.aero@bastide.demo',
    firstName: 'Julien',
    lastName: 'Baylac',
    role: 'member',
    homeCommuneCode: '31069',
    label: 'member from Blagnac, teleworking two days a week',
  },
  {
    key: 'ines',
    email: 'ines.lectoure@bastide.demo',
    firstName: 'Inès',
    lastName: 'Soubiran',
    role: 'member',
    homeCommuneCode: '32208',
    label: 'freelance member in Lectoure',
  },
];

type Day = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
type Week = Record<Day, [string, string][]>;

function week(open: Partial<Week>): Week {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...open };
}

const OFFICE_DAYS = (ranges: [string, string][]) =>
  week({ mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges });

export interface DemoResource {
  name: string;
  kind: 'desk' | 'meeting_room' | 'private_office' | 'phone_booth';
  capacity: number;
}

export type DemoSiteKey = 'auch' | 'save' | 'fleurance' | 'condom' | 'mirande' | 'saintClar';

export interface DemoSite {
  key: DemoSiteKey;
  name: string;
  communeCode: string;
  address: string;
  latitude: number;
  longitude: number;
  description: string;
  amenities: string[];
  fibreMbps: number;
  openingHours: Week;
  hosts: string[];
  resources: DemoResource[];
}

function desks(count: number, prefix = 'Poste'): DemoResource[] {
  return Array.from({ length: count }, (_, i) => ({ name: `${prefix} ${i + 1}`, kind: 'desk' as const, capacity: 1 }));
}

export const DEMO_SITES: DemoSite[] = [
  {
    key: 'auch',
    name: "Tiers-lieu d'Auch",
    communeCode: '32013',
    address: '3 place de la Libération, 32000 Auch',
    latitude: 43.6459,
    longitude: 0.5857,
    description:
      "Au cœur de la ville haute, à deux pas de l'agence de développement : un grand plateau lumineux, deux salles de réunion et une cuisine partagée. Cafés télétravail le mardi matin.",
    amenities: ['fibre', 'kitchen', 'meeting_room', 'printer', 'accessible', 'bike_shelter', 'coffee'],
    fibreMbps: 1000,
    openingHours: OFFICE_DAYS([
      ['08:30', '12:30'],
      ['13:30', '18:30'],
    ]),
    hosts: ['hostAuch'],
    resources: [
      ...desks(12),
      { name: 'Salle Armagnac', kind: 'meeting_room', capacity: 10 },
      { name: 'Salle Pyrénées', kind: 'meeting_room', capacity: 6 },
    ],
  },
  {
    key: 'save',
    name: 'Espace Save',
    communeCode: '32160',
    address: '18 avenue de Toulouse, 32600 L’Isle-Jourdain',
    latitude: 43.6138,
    longitude: 1.0818,
    description:
      'À trente minutes de Toulouse par le train : des postes au calme, deux bureaux fermés pour les équipes et un jardin. Apprécié des salariés toulousains en télétravail.',
    amenities: ['fibre', 'parking', 'kitchen', 'meeting_room', 'garden', 'phone_box'],
    fibreMbps: 500,
    openingHours: OFFICE_DAYS([['08:00', '19:00']]),
    hosts: ['hostSave'],
    resources: [
      ...desks(10),
      { name: 'Salle Save', kind: 'meeting_room', capacity: 8 },
      { name: 'Bureau 1', kind: 'private_office', capacity: 3 },
      { name: 'Bureau 2', kind: 'private_office', capacity: 2 },
      { name: 'Cabine', kind: 'phone_booth', capacity: 1 },
    ],
  },
  {
    key: 'fleurance',
    name: 'La Grange numérique',
    communeCode: '32132',
    address: '7 rue de la République, 32500 Fleurance',
    latitude: 43.8484,
    longitude: 0.6634,
    description:
      'Une ancienne grange rénovée au centre de Fleurance, avec un atelier de fabrication et un espace de coworking.',
    amenities: ['fibre', 'parking', 'kitchen', 'printer'],
    fibreMbps: 300,
    openingHours: week({
      mon: [['09:00', '17:30']],
      tue: [['09:00', '17:30']],
      wed: [['09:00', '12:30']],
      thu: [['09:00', '17:30']],
      fri: [['09:00', '17:00']],
    }),
    hosts: ['hostSave'],
    resources: [...desks(8), { name: 'Salle de la grange', kind: 'meeting_room', capacity: 12 }],
  },
  {
    key: 'condom',
    name: "L'Atelier de la Baïse",
    communeCode: '32107',
    address: '2 quai Bossuet, 32100 Condom',
    latitude: 43.9583,
    longitude: 0.3721,
    description:
      'Au bord de la Baïse, un petit tiers-lieu associatif : coworking, café associatif et ateliers numériques.',
    amenities: ['fibre', 'coffee', 'accessible', 'phone_box'],
    fibreMbps: 300,
    openingHours: OFFICE_DAYS([
      ['09:00', '12:30'],
      ['14:00', '18:00'],
    ]),
    hosts: [],
    resources: [
      ...desks(6),
      { name: 'Petite salle', kind: 'meeting_room', capacity: 5 },
      { name: 'Cabine', kind: 'phone_booth', capacity: 1 },
    ],
  },
  {
    key: 'mirande',
    name: "Le Relais d'Astarac",
    communeCode: '32256',
    address: '10 rue de l’Évêché, 32300 Mirande',
    latitude: 43.5151,
    longitude: 0.4039,
    description: 'Dans la bastide de Mirande, un relais pour travailler au calme entre Auch et les Pyrénées.',
    amenities: ['fibre', 'kitchen', 'showers', 'bike_shelter'],
    fibreMbps: 200,
    openingHours: week({
      tue: [['09:00', '17:00']],
      wed: [['09:00', '17:00']],
      thu: [['09:00', '17:00']],
      fri: [['09:00', '16:00']],
    }),
    hosts: [],
    resources: [...desks(5), { name: 'Salle du Relais', kind: 'meeting_room', capacity: 6 }],
  },
  {
    key: 'saintClar',
    name: 'La Halle aux idées',
    communeCode: '32370',
    address: '1 place de la Halle, 32380 Saint-Clar',
    latitude: 43.8905,
    longitude: 0.7718,
    description: 'Sous la halle de Saint-Clar, quatre postes et un grand café télétravail chaque jeudi.',
    amenities: ['fibre', 'coffee'],
    fibreMbps: 100,
    openingHours: week({ tue: [['09:00', '17:00']], thu: [['09:00', '17:00']] }),
    hosts: [],
    resources: desks(4),
  },
];
