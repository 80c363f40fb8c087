import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from '../../core/api/api-base-url';
import {
  CreateOrganizationRequest,
  OrganizationDetailView,
  OrganizationPage,
  UpdateOrganizationRequest,
} from '../../core/api/plans.types';
import { PageRequest } from '../network-api';

/** Employers, their telework contracts and their members: network officers only. */
@Injectable({ providedIn: 'root' })
export class OrganizationApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  find(q: string, page: PageRequest): Observable<OrganizationPage> {
    let params = new HttpParams().set('limit', page.limit).set('offset', page.offset);
    if (q.trim()) {
      params = params.set('q', q.trim());
    }
    return this.http.get<OrganizationPage>(`${this.baseUrl}/organizations`, { params });
  }

  get(id: string): Observable<OrganizationDetailView> {
    return this.http.get<OrganizationDetailView>(`${this.baseUrl}/organizations/${id}`);
  }

  create(request: CreateOrganizationRequest): Observable<OrganizationDetailView> {
    return this.http.post<OrganizationDetailView>(`${this.baseUrl}/organizations`, request);
  }

  update(id: string, change: UpdateOrganizationRequest): Observable<OrganizationDetailView> {
    return this.http.patch<OrganizationDetailView>(`${this.baseUrl}/organizations/${id}`, change);
  }

  attach(id: string, userId: string): Observable<void> {
    return this.http.put<void>(`${this.baseUrl}/organizations/${id}/members/${userId}`, null);
  }

  detach(id: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/organizations/${id}/members/${userId}`);
  }
}
