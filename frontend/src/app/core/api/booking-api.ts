import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import { AvailabilityPage, BookingPage, BookingView, CreateBookingRequest, DaySlot } from './booking.types';
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
  siteBookings(siteId: string, date: string, limit = 500): Observable<BookingPage> {
    return this.http.get<BookingPage>(`${this.baseUrl}/sites/${siteId}/bookings`, {
      params: paramsOf({ date }, limit),
    });
  }

  cancel(bookingId: string): Observable<BookingView> {
    return this.http.post<BookingView>(`${this.baseUrl}/bookings/${bookingId}/cancel`, null);
  }

  checkIn(bookingId: string): Observable<BookingView> {
    return this.http.post<BookingView>(`${this.baseUrl}/bookings/${bookingId}/check-in`, null);
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
