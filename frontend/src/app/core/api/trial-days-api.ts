import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import {
  SuggestedSitesPage,
  TrialDay,
  TrialDayAcceptance,
  TrialDayInvitation,
  TrialDayOffer,
  TrialDayPage,
} from './trial-days.types';

/** A newcomer's tiers-lieux: the suggested sites, the trial days offered, and the invitation's public link. */
@Injectable({ providedIn: 'root' })
export class TrialDaysApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  suggestedSites(newcomerId: string, limit: number): Observable<SuggestedSitesPage> {
    return this.http.get<SuggestedSitesPage>(`${this.baseUrl}/newcomers/${newcomerId}/suggested-sites`, {
      params: new HttpParams().set('limit', limit),
    });
  }

  list(newcomerId: string): Observable<TrialDayPage> {
    return this.http.get<TrialDayPage>(`${this.baseUrl}/newcomers/${newcomerId}/trial-days`);
  }

  /** `idempotencyKey`: one per offer, so that a retried request does not offer twice. */
  offer(newcomerId: string, offer: TrialDayOffer, idempotencyKey: string): Observable<TrialDay> {
    return this.http.post<TrialDay>(`${this.baseUrl}/newcomers/${newcomerId}/trial-days`, offer, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  withdraw(newcomerId: string, trialDayId: string): Observable<TrialDay> {
    return this.http.post<TrialDay>(`${this.baseUrl}/newcomers/${newcomerId}/trial-days/${trialDayId}/withdraw`, {});
  }

  invitation(token: string): Observable<TrialDayInvitation> {
    return this.http.get<TrialDayInvitation>(`${this.baseUrl}/trial-day-invitations/${encodeURIComponent(token)}`);
  }

  /** With a password, opens the account; signed in (the interceptor adds the token), books on it. */
  accept(token: string, password?: string): Observable<TrialDayAcceptance> {
    return this.http.post<TrialDayAcceptance>(
      `${this.baseUrl}/trial-day-invitations/${encodeURIComponent(token)}/accept`,
      password ? { password } : {},
    );
  }
}
