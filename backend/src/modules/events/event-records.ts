import { mayManageSite, type Principal } from '../../common/access/principal';
import { siteInstant } from '../sites/site-time';
import type { EventView } from './dto/event-view.dto';
import type { RegistrationStatus } from './entities/event-registration.entity';
import type { EventCategory, EventStatus, EventVisibility } from './entities/event.entity';
import { renderSafeMarkdown } from '../../common/text/safe-markdown';

/**
 * A waitlisted registration's place in line, counted from the order of arrival: it stays 1, 2, 3… however
 * many leave. `r` is the registration's alias.
 */
export const POSITION_OF = (r: string) => `(SELECT count(*)::int FROM event_registrations w
  WHERE w.event_id = ${r}.event_id AND w.status = 'waitlisted' AND w.queue_number <= ${r}.queue_number)`;

/**
 * An event as the API shows it, with the caller's own registration (`$1`: the caller's id, or null). The
 * names of the site, its commune and EPCI and the room are joined from the sites and territory tables: a
 * documented read-only exception to "modules own their tables", as in the booking module, because the
 * agenda filters and sorts on them in one query.
 */
export const EVENT_SELECT = `
  SELECT e.id, e.site_id, e.room_id, e.series_id, e.created_by, e.title, e.description, e.category,
         e.starts_at, e.ends_at, e.timezone, e.online_url, e.capacity, e.taken, e.registration_deadline,
         e.visibility, e.status, e.revision, e.created_at, e.updated_at, e.published_at, e.cancelled_at,
         s.name AS site_name, s.slug AS site_slug, s.epci_code, ep.name AS epci_name, c.name AS commune_name,
         room.name AS room_name,
         (SELECT count(*)::int FROM event_registrations w
          WHERE w.event_id = e.id AND w.status = 'waitlisted') AS waitlist_count,
         mine.id AS my_id, mine.status AS my_status, mine.position AS my_position
  FROM events e
  LEFT JOIN sites s ON s.id = e.site_id
  LEFT JOIN communes c ON c.code = s.commune_code
  LEFT JOIN epcis ep ON ep.code = s.epci_code
  LEFT JOIN resources room ON room.id = e.room_id
  LEFT JOIN LATERAL (
    SELECT r.id, r.status, CASE WHEN r.status = 'waitlisted' THEN ${POSITION_OF('r')} END AS position
    FROM event_registrations r
    WHERE r.event_id = e.id AND r.user_id = $1::uuid AND r.status <> 'cancelled'
  ) mine ON true`;

export interface EventRow {
  id: string;
  site_id: string | null;
  room_id: string | null;
  series_id: string | null;
  created_by: string | null;
  title: string;
  description: string;
  category: EventCategory;
  starts_at: Date;
  ends_at: Date;
  timezone: string;
  online_url: string | null;
  capacity: number;
  taken: number;
  registration_deadline: Date | null;
  visibility: EventVisibility;
  status: EventStatus;
  /** Counts changes of time or place (a calendar's SEQUENCE follows it). */
  revision: number;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
  cancelled_at: Date | null;
  site_name: string | null;
  site_slug: string | null;
  epci_code: string | null;
  epci_name: string | null;
  commune_name: string | null;
  room_name: string | null;
  waitlist_count: number;
  my_id: string | null;
  my_status: RegistrationStatus | null;
  my_position: number | null;
}

/** What the rules about one event need to know of it. */
export interface EventFacts {
  site_id: string | null;
  status: EventStatus;
  visibility: EventVisibility;
  published_at: Date | null;
  starts_at: Date;
  registration_deadline: Date | null;
}

/** A network officer manages every event; a host, the events of the sites they host. */
export function mayManageEvent(principal: Principal | undefined, event: { site_id: string | null }): boolean {
  if (principal?.role === 'admin') return true;
  return event.site_id !== null && mayManageSite(principal, event.site_id);
}

/**
 * Who may know an event exists: those who manage it; otherwise once published (it stays visible, as
 * cancelled, to those who could see it), members-only events to signed-in accounts only.
 */
export function maySeeEvent(principal: Principal | undefined, event: EventFacts): boolean {
  if (mayManageEvent(principal, event)) return true;
  return event.published_at !== null && (event.visibility === 'public' || principal !== undefined);
}

/** Registrations close at the deadline set, or else at the start. */
export function registrationDeadlineOf(event: Pick<EventFacts, 'starts_at' | 'registration_deadline'>): Date {
  return event.registration_deadline ?? event.starts_at;
}

export function toEventView(row: EventRow, principal: Principal | undefined, now: Date): EventView {
  const zone = row.timezone;
  const deadline = registrationDeadlineOf(row);
  return {
    id: row.id,
    status: row.status,
    title: row.title,
    description: row.description,
    descriptionHtml: renderSafeMarkdown(row.description),
    category: row.category,
    visibility: row.visibility,
    siteId: row.site_id,
    siteName: row.site_name,
    siteSlug: row.site_slug,
    communeName: row.commune_name,
    epciCode: row.epci_code,
    epciName: row.epci_name,
    roomId: row.room_id,
    roomName: row.room_name,
    onlineUrl: row.online_url,
    start: siteInstant(row.starts_at, zone),
    end: siteInstant(row.ends_at, zone),
    timezone: zone,
    capacity: row.capacity,
    registeredCount: row.taken,
    waitlistCount: row.waitlist_count,
    placesLeft: row.capacity - row.taken,
    registrationDeadline: siteInstant(deadline, zone),
    registrationDeadlineSet: row.registration_deadline !== null,
    registrationOpen: row.status === 'published' && now < deadline,
    seriesId: row.series_id,
    createdBy: row.created_by,
    createdAt: siteInstant(row.created_at, zone),
    updatedAt: siteInstant(row.updated_at, zone),
    publishedAt: row.published_at ? siteInstant(row.published_at, zone) : null,
    cancelledAt: row.cancelled_at ? siteInstant(row.cancelled_at, zone) : null,
    myRegistration: row.my_id
      ? {
          id: row.my_id,
          status: row.my_status!,
          ...(row.my_status === 'waitlisted' ? { position: row.my_position! } : {}),
        }
      : null,
    manageable: mayManageEvent(principal, row),
  };
}

/** TypeORM answers `[rows, count]` to an UPDATE … RETURNING on PostgreSQL, and `rows` to a SELECT. */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
