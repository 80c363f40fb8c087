import { NewcomerFile, NewcomerSummary } from '../core/api/newcomers.types';

export function givenNewcomer(overrides: Partial<NewcomerSummary> = {}): NewcomerSummary {
  return {
    id: 'newcomer-claire',
    status: 'new',
    firstName: 'Claire',
    lastName: 'Dupuy',
    email: 'claire.dupuy@example.fr',
    phone: '06 12 34 56 78',
    currentCity: 'Bordeaux',
    profession: 'Graphiste',
    projectKind: 'freelance',
    wishes: 'Un village avec une école, à moins d’une heure de Toulouse.',
    adults: 2,
    children: 1,
    wishedArea: 'Astarac',
    wishedCommune: { code: '32256', name: 'Mirande' },
    housing: 'buy',
    fibreNeeded: true,
    maxMinutesToStation: 20,
    maxMinutesToToulouse: 60,
    timing: 'within_a_year',
    locale: 'fr',
    officer: null,
    welcomeCommune: null,
    nextActionDate: null,
    nextActionNote: null,
    consentedAt: '2026-11-29T14:00:00+01:00',
    retainUntil: '2029-11-29T14:00:00+01:00',
    settledAt: null,
    anonymised: false,
    createdAt: '2026-11-29T14:00:00+01:00',
    updatedAt: '2026-11-29T14:00:00+01:00',
    ...overrides,
  };
}

export function givenNewcomerFile(overrides: Partial<NewcomerFile> = {}): NewcomerFile {
  return {
    ...givenNewcomer(),
    timeline: [
      { id: 't1', kind: 'created', at: '2026-11-29T14:00:00+01:00', author: null, text: null, value: null },
      {
        id: 't2',
        kind: 'mail',
        at: '2026-11-29T14:01:00+01:00',
        author: null,
        text: null,
        value: 'acknowledgement',
      },
    ],
    ...overrides,
  };
}
