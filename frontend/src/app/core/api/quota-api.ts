import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import { QuotaView } from './plans.types';

/** The signed-in member's employer, contract, plan and what is left of them. */
@Injectable({ providedIn: 'root' })
export class QuotaApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** `date`: the local date whose week, month or pack to look at; today by default. */
  myQuota(date?: string): Observable<QuotaView> {
    return this.http.get<QuotaView>(`${this.baseUrl}/me/quota`, date ? { params: { date } } : {});
  }
}
