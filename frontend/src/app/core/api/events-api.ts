import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EMPTY, Observable, expand, reduce } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import {
  CreateEventRequest,
  CreateEventSeriesRequest,
  DuplicateEventRequest,
  EventCategory,
  EventChange,
  EventPage,
  EventSeriesCreated,
  EventStatus,
  EventView,
  MyRegistrationPage,
  RegistrationPage,
  RegistrationResult,
  RegistrationView,
} from './events.types';

/** What the agenda asks for; every criterion is optional. Dates are inclusive local dates. */
export interface AgendaCriteria {
  from?: string | null;
  to?: string | null;
  siteId?: string | null;
  epciCode?: string | null;
  category?: EventCategory | null;
  /** Hosts and officers: anything but `published` lists the events they manage. */
  status?: EventStatus | 'all' | null;
}

/** The API's largest page. */
const REGISTRATIONS_PAGE = 500;

/** Sets the criteria that have a value; the API treats an absent one as "any". */
function paramsOf(criteria: object, limit: number): HttpParams {
  let params = new HttpParams().set('limit', limit);
  for (const [name, value] of Object.entries(criteria)) {
    if (value !== null && value !== undefined && value !== '') {
      params = params.set(name, String(value));
    }
  }
  return params;
}

/** The network's events: the agenda, registering and leaving, and what hosts and officers manage. */
@Injectable({ providedIn: 'root' })
export class EventsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /**
   * Published events by start (members-only ones when signed in: the bearer token says so). A month holds
   * far fewer than the limit: the network runs a few events a week.
   */
  agenda(criteria: AgendaCriteria, limit = 500): Observable<EventPage> {
    return this.http.get<EventPage>(`${this.baseUrl}/events`, { params: paramsOf(criteria, limit) });
  }

  event(id: string): Observable<EventView> {
    return this.http.get<EventView>(`${this.baseUrl}/events/${encodeURIComponent(id)}`);
  }

  /** The address of the event's calendar file; anonymous callers may download a public event's. */
  calendarUrl(id: string): string {
    return `${this.baseUrl}/events/${encodeURIComponent(id)}.ics`;
  }

  /** The calendar file as the signed-in caller may see it (members-only events need the bearer token). */
  calendarFile(id: string): Observable<string> {
    return this.http.get(this.calendarUrl(id), { responseType: 'text' });
  }

  /** A place, or a place in line. The key makes a retry (a double click, a lost answer) register once. */
  register(id: string, idempotencyKey: string): Observable<RegistrationResult> {
    return this.http.post<RegistrationResult>(`${this.baseUrl}/events/${id}/registrations`, null, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  /** Leaves the event or its waitlist; the first in line takes a freed place. */
  leave(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/events/${id}/registrations/me`);
  }

  /**
   * The caller's registrations to events not over yet, by start (registered, waitlisted, attended). One page
   * of the API's largest size: a member is rarely registered to more than a handful at once.
   */
  myRegistrations(): Observable<MyRegistrationPage> {
    return this.http.get<MyRegistrationPage>(`${this.baseUrl}/me/event-registrations`, {
      params: paramsOf({}, REGISTRATIONS_PAGE),
    });
  }

  /** The same event every week until a local date; the dates that could not be made come back as conflicts. */
  createSeries(request: CreateEventSeriesRequest, idempotencyKey: string): Observable<EventSeriesCreated> {
    return this.http.post<EventSeriesCreated>(`${this.baseUrl}/event-series`, request, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  create(request: CreateEventRequest, idempotencyKey: string): Observable<EventView> {
    return this.http.post<EventView>(`${this.baseUrl}/events`, request, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  update(id: string, change: EventChange): Observable<EventView> {
    return this.http.patch<EventView>(`${this.baseUrl}/events/${id}`, change);
  }

  publish(id: string): Observable<EventView> {
    return this.http.post<EventView>(`${this.baseUrl}/events/${id}/publish`, null);
  }

  /** Frees the room and tells every registrant. */
  cancel(id: string): Observable<EventView> {
    return this.http.post<EventView>(`${this.baseUrl}/events/${id}/cancel`, null);
  }

  /** A draft copy; by default one week later at the same local time. */
  duplicate(id: string, request: DuplicateEventRequest = {}): Observable<EventView> {
    return this.http.post<EventView>(`${this.baseUrl}/events/${id}/duplicate`, request);
  }

  /**
   * Registered and attended first, then the waitlist in order: every page of them (an event may hold more
   * people than the API's largest page).
   */
  registrations(id: string): Observable<RegistrationPage> {
    const page = (offset: number) =>
      this.http.get<RegistrationPage>(`${this.baseUrl}/events/${id}/registrations`, {
        params: paramsOf({ offset }, REGISTRATIONS_PAGE),
      });
    return page(0).pipe(
      expand((answer, index) =>
        (index + 1) * REGISTRATIONS_PAGE < answer.total ? page((index + 1) * REGISTRATIONS_PAGE) : EMPTY,
      ),
      reduce((all, answer) => ({ items: [...all.items, ...answer.items], total: answer.total })),
    );
  }

  attendance(id: string, registrationId: string, attended: boolean): Observable<RegistrationView> {
    return this.http.post<RegistrationView>(`${this.baseUrl}/events/${id}/registrations/${registrationId}/attendance`, {
      attended,
    });
  }

  /** The attendee list as CSV, headed in the reader's language. */
  attendeesCsv(id: string, lang: 'fr' | 'en'): Observable<string> {
    return this.http.get(`${this.baseUrl}/events/${id}/registrations/export.csv`, {
      params: new HttpParams().set('lang', lang),
      responseType: 'text',
    });
  }
}
