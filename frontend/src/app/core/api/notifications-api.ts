import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import { NotificationPreferences, NotificationPreferencesChange } from './notifications.types';

/** The member's notification preferences: which optional e-mails, community mail, and their language. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  myPreferences(): Observable<NotificationPreferences> {
    return this.http.get<NotificationPreferences>(`${this.baseUrl}/me/notification-preferences`);
  }

  /** Only what the change names moves; the answer is the whole set. */
  updateMyPreferences(change: NotificationPreferencesChange): Observable<NotificationPreferences> {
    return this.http.patch<NotificationPreferences>(`${this.baseUrl}/me/notification-preferences`, change);
  }
}
