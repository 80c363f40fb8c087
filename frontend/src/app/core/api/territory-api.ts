import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import { CommunePage, EpciPage } from './territory.types';

export interface CommuneQuery {
  /** Absent: every French commune (a member's home may be anywhere). */
  department?: string;
  q?: string;
  limit: number;
  offset: number;
}

/** Reference data of the French administrative map: communes and their EPCIs. */
@Injectable({ providedIn: 'root' })
export class TerritoryApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  epcis(department: string, limit = 100): Observable<EpciPage> {
    const params = new HttpParams().set('department', department).set('limit', limit);
    return this.http.get<EpciPage>(`${this.baseUrl}/territory/epcis`, { params });
  }

  communes(query: CommuneQuery): Observable<CommunePage> {
    const params = new HttpParams({
      fromObject: {
        ...(query.department ? { department: query.department } : {}),
        ...(query.q ? { q: query.q } : {}),
        limit: query.limit,
        offset: query.offset,
      },
    });
    return this.http.get<CommunePage>(`${this.baseUrl}/territory/communes`, { params });
  }
}
