import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import {
  AvailabilityPage,
  BookingPage,
  SiteBookingPage,
  SiteMemberPage,
  BookingSeriesCreated,
  BookingSeriesPage,
  BookingView,
  CreateBookingRequest,
  CreateBookingSeriesRequest,
  DaySlot,
  JoinWaitlistRequest,
  SiteWaitlistPage,
  WaitlistEntry,
  WaitlistPage,
} from './booking.types';
import { ResourceKind } from './sites.types';

/** What is free, for a half-day or a day (`date` and `slot`), or for a span of time (`start` and `end`). */
export interface AvailabilityCriteria {
  date?: string;
  slot?: DaySlot;
  start?: string;
  end?: string;
  siteId?: string | null;
  communeCode?: string | null;
  epciCode?: string | null;
  kind?: ResourceKind | null;
}

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

/** Desks and rooms: what is free, booking, and the lists of bookings for members and for hosts. */
@Injectable({ providedIn: 'root' })
export class BookingApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** The network is a few dozen sites: one page holds every open one. */
  availability(criteria: AvailabilityCriteria, limit = 200): Observable<AvailabilityPage> {
    return this.http.get<AvailabilityPage>(`${this.baseUrl}/availability`, { params: paramsOf(criteria, limit) });
  }

  /**
   * The key makes a retry safe: a confirmation sent twice (a double click, a lost answer) books once,
   * and the second answer is the first booking.
   */
  book(request: CreateBookingRequest, idempotencyKey: string): Observable<BookingView> {
    return this.http.post<BookingView>(`${this.baseUrl}/bookings`, request, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  /** The caller's bookings whose local date is within `from`–`to` (inclusive), by start. */
  myBookings(range: { from?: string; to?: string }, limit = 200): Observable<BookingPage> {
    return this.http.get<BookingPage>(`${this.baseUrl}/me/bookings`, { params: paramsOf(range, limit) });
  }

  /** Who is booked at a site on a local date, cancelled bookings left out: for its hosts. */
  siteBookings(siteId: string, date: string, limit = 500): Observable<SiteBookingPage> {
    return this.http.get<SiteBookingPage>(`${this.baseUrl}/sites/${siteId}/bookings`, {
      params: paramsOf({ date }, limit),
    });
  }

  /**
   * The members a site's team may book for: who booked there in the last 12 months (or will) matching the
   * words of `q`, and the account whose address is `q` in full. `q` needs 2 characters.
   */
  siteMembers(siteId: string, q: string, limit = 10): Observable<SiteMemberPage> {
    return this.http.get<SiteMemberPage>(`${this.baseUrl}/sites/${siteId}/members`, {
      params: paramsOf({ q: q.trim() }, limit),
    });
  }

  /** `reason`: a host's note to the member, told in the cancellation mail. */
  cancel(bookingId: string, reason: string | null = null): Observable<BookingView> {
    return this.http.post<BookingView>(`${this.baseUrl}/bookings/${bookingId}/cancel`, reason ? { reason } : null);
  }

  checkIn(bookingId: string): Observable<BookingView> {
    return this.http.post<BookingView>(`${this.baseUrl}/bookings/${bookingId}/check-in`, null);
  }

  /** The member did not come: for the site's team, once the booking has started. The place is freed. */
  noShow(bookingId: string): Observable<BookingView> {
    return this.http.post<BookingView>(`${this.baseUrl}/bookings/${bookingId}/no-show`, null);
  }

  /** The same weekdays every week: each date is booked on its own, and the dates that could not be are told. */
  createSeries(request: CreateBookingSeriesRequest, idempotencyKey: string): Observable<BookingSeriesCreated> {
    return this.http.post<BookingSeriesCreated>(`${this.baseUrl}/booking-series`, request, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  /** Cancels the bookings of the series still to come. */
  cancelSeries(seriesId: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/booking-series/${seriesId}`);
  }

  mySeries(limit = 100): Observable<BookingSeriesPage> {
    return this.http.get<BookingSeriesPage>(`${this.baseUrl}/me/booking-series`, { params: paramsOf({}, limit) });
  }

  /** In line for a full half-day: the first in line is booked when a place frees, and told. */
  joinWaitlist(request: JoinWaitlistRequest, idempotencyKey: string): Observable<WaitlistEntry> {
    return this.http.post<WaitlistEntry>(`${this.baseUrl}/waitlist`, request, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  leaveWaitlist(entryId: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/waitlist/${entryId}`);
  }

  myWaitlist(limit = 100): Observable<WaitlistPage> {
    return this.http.get<WaitlistPage>(`${this.baseUrl}/me/waitlist`, { params: paramsOf({}, limit) });
  }

  /** A site's lines on a local date, with who waits: for its hosts. */
  siteWaitlist(siteId: string, date: string, limit = 200): Observable<SiteWaitlistPage> {
    return this.http.get<SiteWaitlistPage>(`${this.baseUrl}/sites/${siteId}/waitlist`, {
      params: paramsOf({ date }, limit),
    });
  }
}

/**
 * A fresh key per intended booking. `randomUUID` exists only on secure pages (HTTPS, localhost); a
 * network that serves Bastide over plain HTTP still gets 128 random bits.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
