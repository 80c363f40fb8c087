// Mirrors backend/src/modules/newcomers/dto/newcomer.dto.ts, written before `openapi.d.ts` carried those
// schemas; to be replaced by `components['schemas'][...]` names once it does.

export const PROJECT_KINDS = ['telework', 'freelance', 'business_creation', 'business_takeover', 'other'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** The pipeline's columns, in the order a file usually moves through them (any move is allowed). */
export const NEWCOMER_STATUSES = ['new', 'contacted', 'visiting', 'settled', 'dropped'] as const;
export type NewcomerStatus = (typeof NEWCOMER_STATUSES)[number];

/** What someone who wants to come and work from the Gers tells the agency. */
export interface NewcomerIntake {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  currentCity: string;
  profession: string;
  projectKind: ProjectKind;
  wishes: string;
  consent: true;
  /** The language of the mails they get. */
  locale: 'fr' | 'en';
  /** The honeypot: people leave it empty, robots fill it. */
  website: string;
}

export interface PersonRef {
  id: string;
  firstName: string;
  lastName: string;
}

export interface CommuneRef {
  code: string;
  name: string;
}

/** One file as officers see it (`NewcomerView` of the API). */
export interface NewcomerSummary {
  id: string;
  status: NewcomerStatus;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  currentCity: string;
  profession: string;
  projectKind: ProjectKind;
  wishes: string;
  officer: PersonRef | null;
  welcomeCommune: CommuneRef | null;
  nextActionDate: string | null;
  nextActionNote: string | null;
  retainUntil: string;
  anonymised: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface NewcomerPage {
  items: NewcomerSummary[];
  total: number;
}

export const TIMELINE_KINDS = [
  'created',
  'note',
  'status',
  'officer',
  'welcome_commune',
  'next_action',
  'mail',
  'anonymised',
  'trial_day',
  'account',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * One dated line of a file's timeline: `note` has the note in `text`; `status`, `officer`, `welcome_commune`
 * carry the new value in `value`; `next_action` the date in `value` and what to do in `text`; `mail` names the
 * mail sent in `value`.
 */
export interface NewcomerTimelineEntry {
  id: string;
  kind: TimelineKind;
  at: string;
  author: PersonRef | null;
  text: string | null;
  value: string | null;
}

/** The file with its timeline, oldest entry first. */
export interface NewcomerFile extends NewcomerSummary {
  timeline: NewcomerTimelineEntry[];
}

export interface NewcomerChange {
  status?: NewcomerStatus;
  officerId?: string | null;
  welcomeCommuneCode?: string | null;
}

export interface NewcomerQuery {
  status?: NewcomerStatus | null;
  officerId?: string | null;
  limit: number;
  offset: number;
}
