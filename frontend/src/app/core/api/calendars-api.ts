import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import type { components } from './openapi';

export type CalendarFeed = components['schemas']['CalendarFeedView'];

/** The member's secret calendar feed: its address, a new one (the old one dies), or none. */
@Injectable({ providedIn: 'root' })
export class CalendarsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** 404 while the member has no feed. */
  myFeed(): Observable<CalendarFeed> {
    return this.http.get<CalendarFeed>(`${this.baseUrl}/me/calendar-feed`);
  }

  renewMyFeed(): Observable<CalendarFeed> {
    return this.http.post<CalendarFeed>(`${this.baseUrl}/me/calendar-feed`, null);
  }

  revokeMyFeed(): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/me/calendar-feed`);
  }
}
