import type { DemoAccount, DemoSiteKey } from './demo-network.data';

/**
 * The people who give the demo sites a life: the printed members, and regulars who are not printed at
 * start-up (they sign in with the same password). Invented people, real Gers and Toulouse-area communes.
 */
export const DEMO_REGULARS: DemoAccount[] = [
  {
    key: 'lea',
    email: 'lea.fourcade@bastide.demo',
    firstName: 'Léa',
    lastName: 'Fourcade',
    role: 'member',
    homeCommuneCode: '32013',
    label: 'graphic designer in Auch',
  },
  {
    key: 'thomas',
    email: 'thomas.laborde@bastide.demo',
    firstName: 'Thomas',
    lastName: 'Laborde',
    role: 'member',
    homeCommuneCode: '32307',
    label: 'developer living in Pavie',
  },
  {
    key: 'pauline',
    email: 'pauline.castera@bastide.demo',
    firstName: 'Pauline',
    lastName: 'Castéra',
    role: 'member',
    homeCommuneCode: '32331',
    label: 'consultant living in Preignan',
  },
  {
    key: 'karim',
    email: 'karim.benali@bastide.demo',
    firstName: 'Karim',
    lastName: 'Benali',
    role: 'member',
    homeCommuneCode: '32279',
    label: 'translator living in Montaut-les-Créneaux',
  },
  {
    key: 'nicolas',
    email: 'nicolas.barrere@bastide.demo',
    firstName: 'Nicolas',
    lastName: 'Barrère',
    role: 'member',
    homeCommuneCode: '32147',
    label: 'accountant living in Gimont',
  },
  {
    key: 'sophie',
    email: 'sophie.ducasse@bastide.demo',
    firstName: 'Sophie',
    lastName: 'Ducasse',
    role: 'member',
    homeCommuneCode: '31149',
    label: 'engineer from Colomiers, teleworking two days a week',
  },
  {
    key: 'marc',
    email: 'marc.sentex@bastide.demo',
    firstName: 'Marc',
    lastName: 'Sentex',
    role: 'member',
    homeCommuneCode: '32107',
    label: 'architect in Condom',
  },
];

/** `HH:mm` to `HH:mm`, local time: a meeting room booked by the hour. */
export interface DemoHours {
  start: string;
  end: string;
}

/**
 * A weekly habit: on `weekday` (ISO, 1 = Monday) the member comes to `site` for `slot` in `share` of the
 * weeks. Habits of one member on one weekday and kind of resource are alternatives (their shares add up
 * to at most 1): Julien is at Auch most Thursdays, at L'Isle-Jourdain on the others.
 */
export interface DemoHabit {
  weekday: number;
  site: DemoSiteKey;
  slot: 'full_day' | 'morning' | 'afternoon' | DemoHours;
  kind?: 'desk' | 'meeting_room';
  share: number;
}

const habit = (
  weekday: number,
  site: DemoSiteKey,
  slot: DemoHabit['slot'],
  share: number,
  kind: DemoHabit['kind'] = 'desk',
): DemoHabit => ({ weekday, site, slot, share, kind });

/** Mostly at Auch (the network's first site), a few elsewhere; hosts and the officer do not book. */
export const DEMO_HABITS: Record<string, DemoHabit[]> = {
  // Two telework days a week under the employer's contract.
  julien: [
    habit(1, 'auch', 'full_day', 0.9),
    habit(1, 'save', 'full_day', 0.1),
    habit(4, 'auch', 'full_day', 0.7),
    habit(4, 'save', 'full_day', 0.3),
  ],
  sophie: [habit(2, 'save', 'full_day', 0.9), habit(4, 'save', 'full_day', 0.5), habit(4, 'auch', 'full_day', 0.3)],
  // A pack of days, used about one week in two.
  camille: [habit(3, 'save', 'full_day', 0.5), habit(3, 'auch', 'full_day', 0.2)],
  // The Tuesday-morning telework café at Auch.
  ines: [habit(2, 'auch', 'morning', 0.8), habit(4, 'auch', 'afternoon', 0.3), habit(5, 'fleurance', 'full_day', 0.7)],
  lea: [
    habit(2, 'auch', 'full_day', 0.9),
    habit(4, 'auch', 'morning', 0.6),
    habit(2, 'auch', { start: '14:00', end: '16:00' }, 0.3, 'meeting_room'),
  ],
  thomas: [
    habit(2, 'auch', 'full_day', 0.85),
    habit(5, 'auch', 'full_day', 0.85),
    habit(4, 'saintClar', 'full_day', 0.2),
  ],
  pauline: [habit(1, 'auch', 'full_day', 0.7), habit(2, 'auch', 'full_day', 0.7), habit(4, 'auch', 'full_day', 0.7)],
  karim: [
    habit(1, 'auch', 'morning', 0.6),
    habit(3, 'auch', 'morning', 0.6),
    habit(5, 'auch', 'morning', 0.6),
    habit(3, 'mirande', 'afternoon', 0.1),
  ],
  nicolas: [habit(3, 'auch', 'afternoon', 0.8), habit(5, 'save', 'full_day', 0.7)],
  marc: [
    habit(1, 'condom', 'full_day', 0.8),
    habit(3, 'condom', 'morning', 0.6),
    habit(4, 'fleurance', 'full_day', 0.3),
  ],
};

/**
 * The Toulouse aerospace employer of two members, with a telework contract of two days a week at any site
 * of the network. Fictional, and without a SIREN so that no real company's number is borrowed.
 */
export const DEMO_EMPLOYER = {
  name: 'Aéro Garonne Systèmes',
  contract: { daysPerWeek: 2 },
  members: ['julien', 'sophie'],
};

/** The plans officers sell at the desk, and who holds one: Camille bought a pack four weeks ago. */
export const DEMO_PLANS = [
  { key: 'pack10', name: '10 jours', kind: 'pack', days: 10 },
  { key: 'weekly2', name: '2 jours / semaine', kind: 'weekly', days: 2 },
  { key: 'unlimited', name: 'Illimité', kind: 'unlimited' },
] as const;

export const DEMO_PLAN_HOLDERS: { member: string; plan: (typeof DEMO_PLANS)[number]['key']; startedDaysAgo: number }[] =
  [{ member: 'camille', plan: 'pack10', startedDaysAgo: 28 }];
