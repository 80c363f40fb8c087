import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api/api-base-url';
import {
  CreatePlanRequest,
  GrantPlanRequest,
  MemberPlanPage,
  MemberPlanView,
  PlanPage,
  PlanView,
} from '../../core/api/plans.types';
import { PageRequest } from '../network-api';

/** The network's catalogue of plans, and the plans members hold. */
@Injectable({ providedIn: 'root' })
export class PlanApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(page: PageRequest): Observable<PlanPage> {
    const params = new HttpParams().set('limit', page.limit).set('offset', page.offset);
    return this.http.get<PlanPage>(`${this.baseUrl}/plans`, { params });
  }

  create(request: CreatePlanRequest): Observable<PlanView> {
    return this.http.post<PlanView>(`${this.baseUrl}/plans`, request);
  }

  grant(userId: string, request: GrantPlanRequest): Observable<MemberPlanView> {
    return this.http.put<MemberPlanView>(`${this.baseUrl}/users/${userId}/plan`, request);
  }

  /** A member's plans, the latest first. */
  heldBy(userId: string, limit = 20): Observable<MemberPlanPage> {
    const params = new HttpParams().set('limit', limit);
    return this.http.get<MemberPlanPage>(`${this.baseUrl}/users/${userId}/plans`, { params });
  }
}
