import { InvalidInput } from '../../common/problem/domain-error';

export const OCCUPANCY_DIMENSIONS = ['site', 'epci', 'day', 'week', 'month', 'weekday', 'halfDay', 'kind'] as const;
export type OccupancyDimension = (typeof OCCUPANCY_DIMENSIONS)[number];

export const TELEWORK_DIMENSIONS = ['organization', 'homeCommune', 'homeEpci', 'site', 'month'] as const;
export type TeleworkDimension = (typeof TELEWORK_DIMENSIONS)[number];

export const EVENT_DIMENSIONS = ['site', 'category', 'month'] as const;
export type EventDimension = (typeof EVENT_DIMENSIONS)[number];

/**
 * `groupBy` as the API takes it: one dimension or two separated by a comma (`site,month`), each known to the
 * report and not repeated. Anything else is a 400 naming the field.
 */
export function parseGroupBy<D extends string>(value: string | undefined, allowed: readonly D[], fallback: D): D[] {
  if (value === undefined || value === '') return [fallback];
  const parts = value.split(',').map((part) => part.trim());
  const problem = (message: string) => new InvalidInput([{ field: 'groupBy', message }]);
  if (parts.length > 2) throw problem('groupBy takes one dimension or two separated by a comma');
  for (const part of parts) {
    if (!(allowed as readonly string[]).includes(part)) {
      throw problem(`groupBy must be one or two of ${allowed.join(', ')}; "${part}" is not one`);
    }
  }
  if (parts.length === 2 && parts[0] === parts[1]) throw problem('groupBy names the same dimension twice');
  return parts as D[];
}

/** Separates the parts of a composite key inside the reports; the API joins them with a comma. */
export const KEY_SEPARATOR = '\u001f';

/** A row's key (`siteId,2026-03`) and label (`Tiers-lieu d'Auch · mars 2026`) from its parts. */
export function joinKey(parts: string[]): string {
  return parts.join(',');
}
export function joinLabel(parts: string[]): string {
  return parts.join(' · ');
}

const WEEKDAY_LABELS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const HALF_DAY_LABELS: Record<string, string> = { morning: 'matin', afternoon: 'après-midi' };
const KIND_LABELS: Record<string, string> = {
  desk: 'Poste de travail',
  meeting_room: 'Salle de réunion',
  private_office: 'Bureau privatif',
  phone_booth: 'Cabine téléphonique',
};
const MONTH_LABELS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/**
 * The French label of a calendar or kind key (labels are for people and CSV files; the web app translates
 * keys itself). `names` answers the keys that name a thing: a site, an EPCI, an organization, a commune.
 */
export function dimensionLabel(dimension: string, key: string, names: Map<string, string>): string {
  switch (dimension) {
    case 'weekday':
      return WEEKDAY_LABELS[Number(key) - 1] ?? key;
    case 'halfDay':
      return HALF_DAY_LABELS[key] ?? key;
    case 'kind':
      return KIND_LABELS[key] ?? key;
    case 'month':
      return `${MONTH_LABELS[Number(key.slice(5, 7)) - 1]} ${key.slice(0, 4)}`;
    case 'day':
    case 'week':
      return key;
    default:
      return names.get(`${dimension}:${key}`) ?? key;
  }
}
