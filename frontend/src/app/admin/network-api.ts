import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import type { components } from '../core/api/openapi';
import { API_BASE_URL } from '../core/api/api-base-url';
import { SitePage } from '../core/api/sites.types';

export type UserSummary = components['schemas']['UserSummary'];
export type UserPage = components['schemas']['UserPage'];
export type SiteHostView = components['schemas']['SiteHostView'];
export type SiteHostPage = components['schemas']['SiteHostPage'];
export type AuditEntryView = components['schemas']['AuditEntryView'];
export type AuditPage = components['schemas']['AuditPage'];

export interface PageRequest {
  limit: number;
  offset: number;
}

/** What only network officers call: the sites of the whole network, accounts, hosts, the audit log. */
@Injectable({ providedIn: 'root' })
export class NetworkApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** Every site of the network, drafts and archives included (`status=all` is for officers). */
  sites(limit = 200): Observable<SitePage> {
    return this.http.get<SitePage>(`${this.baseUrl}/sites`, {
      params: new HttpParams().set('limit', limit).set('status', 'all'),
    });
  }

  /** Accounts by name or e-mail; `role: 'admin'` keeps the network officers only. */
  users(q: string, page: PageRequest, role?: 'admin' | 'member'): Observable<UserPage> {
    let params = new HttpParams().set('limit', page.limit).set('offset', page.offset);
    if (q.trim()) {
      params = params.set('q', q.trim());
    }
    if (role) {
      params = params.set('role', role);
    }
    return this.http.get<UserPage>(`${this.baseUrl}/users`, { params });
  }

  hosts(siteId: string): Observable<SiteHostView[]> {
    const params = new HttpParams().set('limit', 200);
    return this.http
      .get<SiteHostPage>(`${this.baseUrl}/sites/${siteId}/hosts`, { params })
      .pipe(map((page) => page.items));
  }

  appointHost(siteId: string, userId: string): Observable<void> {
    return this.http.put<void>(`${this.baseUrl}/sites/${siteId}/hosts/${userId}`, null);
  }

  removeHost(siteId: string, userId: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/sites/${siteId}/hosts/${userId}`);
  }

  auditLog(page: PageRequest): Observable<AuditPage> {
    const params = new HttpParams().set('limit', page.limit).set('offset', page.offset);
    return this.http.get<AuditPage>(`${this.baseUrl}/audit-log`, { params });
  }
}
