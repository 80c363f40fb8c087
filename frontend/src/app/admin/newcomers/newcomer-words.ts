import { NewcomerSummary } from '../../core/api/newcomers.types';

/** "12 nov. 2026" in the reader's language, in the network's time zone. */
export function shortDate(at: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Europe/Paris' }).format(new Date(at));
}

/** "12 nov. 2026, 09:30": when a line of the timeline happened. */
export function dateTime(at: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(at));
}

export function fullName(newcomer: Pick<NewcomerSummary, 'firstName' | 'lastName'>): string {
  return `${newcomer.firstName} ${newcomer.lastName}`;
}

/** A calendar date of the API (`2026-12-04`) as "4 déc. 2026", whatever the reader's time zone. */
export function localDate(date: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
