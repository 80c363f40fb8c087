import { siteInstant } from '../sites/site-time';
import type { NewcomerTimelineEntryView, NewcomerView, PersonRef } from './dto/newcomer.dto';
import { NETWORK_ZONE, type TimelineKind } from './newcomer-terms';

/** A file with the names of its communes, as `toNewcomerView` reads it. */
export const NEWCOMER_SELECT = `
  SELECT n.*, to_char(n.next_action_date, 'YYYY-MM-DD') AS next_action_day, w.name AS wished_commune_name, c.name AS welcome_commune_name
  FROM newcomers n
  LEFT JOIN communes w ON w.code = n.wished_commune_code
  LEFT JOIN communes c ON c.code = n.welcome_commune_code`;

export interface NewcomerRow {
  id: string;
  first_name: string;
  last_name: string;
  email: string;
  phone: string | null;
  current_city: string;
  profession: string;
  project_kind: NewcomerView['projectKind'];
  wishes: string;
  adults: number | null;
  children: number | null;
  wished_area: string | null;
  wished_commune_code: string | null;
  wished_commune_name: string | null;
  housing: NewcomerView['housing'];
  fibre_needed: boolean | null;
  max_minutes_to_station: number | null;
  max_minutes_to_toulouse: number | null;
  timing: NewcomerView['timing'];
  locale: 'fr' | 'en';
  status: NewcomerView['status'];
  officer_id: string | null;
  welcome_commune_code: string | null;
  welcome_commune_name: string | null;
  /** `next_action_date` as text: the driver would make a `date` a Date at the process's midnight. */
  next_action_day: string | null;
  next_action_note: string | null;
  consented_at: Date;
  retain_until: Date;
  settled_at: Date | null;
  anonymised_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface TimelineRow {
  id: string;
  kind: TimelineKind;
  at: Date;
  author_id: string | null;
  text: string | null;
  value: string | null;
}

const instant = (date: Date): string => siteInstant(date, NETWORK_ZONE);

export function toNewcomerView(row: NewcomerRow, people: Map<string, PersonRef>): NewcomerView {
  return {
    id: row.id,
    status: row.status,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    currentCity: row.current_city,
    profession: row.profession,
    projectKind: row.project_kind,
    wishes: row.wishes,
    adults: row.adults,
    children: row.children,
    wishedArea: row.wished_area,
    wishedCommune: row.wished_commune_code
      ? { code: row.wished_commune_code, name: row.wished_commune_name ?? row.wished_commune_code }
      : null,
    housing: row.housing,
    fibreNeeded: row.fibre_needed,
    maxMinutesToStation: row.max_minutes_to_station,
    maxMinutesToToulouse: row.max_minutes_to_toulouse,
    timing: row.timing,
    locale: row.locale,
    officer: (row.officer_id && people.get(row.officer_id)) || null,
    welcomeCommune: row.welcome_commune_code
      ? { code: row.welcome_commune_code, name: row.welcome_commune_name ?? row.welcome_commune_code }
      : null,
    nextActionDate: row.next_action_day,
    nextActionNote: row.next_action_note,
    consentedAt: instant(row.consented_at),
    retainUntil: instant(row.retain_until),
    settledAt: row.settled_at ? instant(row.settled_at) : null,
    anonymised: row.anonymised_at !== null,
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
  };
}

export function toTimelineEntryView(row: TimelineRow, people: Map<string, PersonRef>): NewcomerTimelineEntryView {
  return {
    id: row.id,
    kind: row.kind,
    at: instant(row.at),
    author: (row.author_id && people.get(row.author_id)) || null,
    text: row.text,
    value: row.value,
  };
}
