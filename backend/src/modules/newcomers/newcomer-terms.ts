/** The kinds of project the intake form offers (API.md § Newcomers). */
export const PROJECT_KINDS = ['telework', 'freelance', 'business_creation', 'business_takeover', 'other'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** The pipeline's steps; an officer may move a file between any two (people come back, plans change). */
export const NEWCOMER_STATUSES = ['new', 'contacted', 'visiting', 'settled', 'dropped'] as const;
export type NewcomerStatus = (typeof NEWCOMER_STATUSES)[number];

/** What they mean to do about housing. */
export const HOUSING_WISHES = ['rent', 'buy', 'either'] as const;
export type HousingWish = (typeof HOUSING_WISHES)[number];

/** When they think of moving. */
export const MOVE_TIMINGS = ['within_6_months', 'within_a_year', 'later', 'undecided'] as const;
export type MoveTiming = (typeof MOVE_TIMINGS)[number];

/**
 * What a timeline entry records: `created` (the form was sent), `note` (an officer's note, in `text`),
 * `status` (`value` is the new status), `officer` (`value` is the officer's id, null when unassigned),
 * `welcome_commune` (`value` is the commune's INSEE code, or null), `next_action` (`value` is the date, `text`
 * what to do), `mail` (`value` names the mail sent: `acknowledgement`, `trial_day_invitation`), `anonymised`
 * (retention or erasure), `trial_day` (`value` is `offered`, `accepted` or `withdrawn`, `text` the site and day),
 * `account` (`value` is the member account's id the file is now linked to, `text` how: `sign_up` or `trial_day`).
 */
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
 * How long a file is kept after the newcomer's last activity (the form, a status change, a note): three years,
 * the period the form states next to the consent box. Past it, the retention task anonymises the file.
 */
export const RETENTION = { years: 3 } as const;

/**
 * A dropped file is kept six months after it was dropped rather than three years: the accompaniment is over,
 * but people often come back a season later, and an officer may reopen the file meanwhile (any status change
 * or note starts the period again).
 */
export const DROPPED_RETENTION = { months: 6 } as const;

/** The network's dates and times are Europe/Paris: a newcomer belongs to no site yet. */
export const NETWORK_ZONE = 'Europe/Paris';

const quoted = (values: readonly string[]): string => values.map((v) => `'${v}'`).join(', ');
export const SQL_PROJECT_KINDS = quoted(PROJECT_KINDS);
export const SQL_STATUSES = quoted(NEWCOMER_STATUSES);
export const SQL_HOUSING = quoted(HOUSING_WISHES);
export const SQL_TIMINGS = quoted(MOVE_TIMINGS);
export const SQL_TIMELINE_KINDS = quoted(TIMELINE_KINDS);
