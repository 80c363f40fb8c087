import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths (API.md § Newcomers).
type Schemas = components['schemas'];

export type ProjectKind = Schemas['NewcomerProjectKind'];
export type NewcomerStatus = Schemas['NewcomerStatus'];
export type HousingWish = Schemas['NewcomerHousingWish'];
export type MoveTiming = Schemas['NewcomerMoveTiming'];
export type TimelineKind = Schemas['NewcomerTimelineKind'];

/** What someone who wants to come and work from the Gers tells the agency (`POST /newcomers`). */
export type NewcomerIntake = Schemas['NewcomerIntakeRequest'];
export type PersonRef = Schemas['PersonRef'];
export type CommuneRef = Schemas['CommuneRef'];
/** One file as officers see it. */
export type NewcomerSummary = Schemas['NewcomerView'];
export type NewcomerPage = Schemas['NewcomerPage'];
/** One dated line of a file's timeline. */
export type NewcomerTimelineEntry = Schemas['NewcomerTimelineEntryView'];
/** The file with its timeline, oldest entry first. */
export type NewcomerFile = Schemas['NewcomerDetailView'];
export type NewcomerChange = Schemas['UpdateNewcomerRequest'];

/** `GET /newcomers`'s query: the filters and a page. */
export interface NewcomerQuery {
  status?: NewcomerStatus | null;
  officerId?: string | null;
  limit: number;
  offset: number;
}

// The values the pages offer, in their order on screen; `satisfies` keeps them to the API's enums.
export const PROJECT_KINDS = [
  'telework',
  'freelance',
  'business_creation',
  'business_takeover',
  'other',
] as const satisfies readonly ProjectKind[];
/** The pipeline's columns, in the order a file usually moves through them (any move is allowed). */
export const NEWCOMER_STATUSES = [
  'new',
  'contacted',
  'visiting',
  'settled',
  'dropped',
] as const satisfies readonly NewcomerStatus[];
export const HOUSING_WISHES = ['rent', 'buy', 'either'] as const satisfies readonly HousingWish[];
export const MOVE_TIMINGS = [
  'within_6_months',
  'within_a_year',
  'later',
  'undecided',
] as const satisfies readonly MoveTiming[];
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
] as const satisfies readonly TimelineKind[];
