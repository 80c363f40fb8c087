import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { components } from '../../core/api/openapi';
import { API_BASE_URL } from '../../core/api/api-base-url';
import { ClosureView, ResourceView, SiteDetailView } from '../../core/api/sites.types';

export type CreateSiteRequest = components['schemas']['CreateSiteRequest'];
// The generated type lists `timezone` as required on a change, which the API does not ask for.
export type SiteChange = Partial<components['schemas']['UpdateSiteRequest']>;
export type CreateClosureRequest = components['schemas']['CreateClosureRequest'];
export type ClosurePage = components['schemas']['ClosurePage'];
export type CreateResourceRequest = components['schemas']['CreateResourceRequest'];
export type ResourceChange = components['schemas']['UpdateResourceRequest'];
export type ResourcePage = components['schemas']['ResourcePage'];
export type SiteStatus = SiteDetailView['status'];

export const SITE_STATUSES: readonly SiteStatus[] = ['draft', 'published', 'archived'];

/** What hosts and network officers change about a site: its description, week, closures and resources. */
@Injectable({ providedIn: 'root' })
export class SiteManagementApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** By id: unlike the public page, this also finds drafts and archives for their hosts and officers. */
  site(id: string): Observable<SiteDetailView> {
    return this.http.get<SiteDetailView>(`${this.baseUrl}/sites/${encodeURIComponent(id)}`);
  }

  createSite(request: CreateSiteRequest): Observable<SiteDetailView> {
    return this.http.post<SiteDetailView>(`${this.baseUrl}/sites`, request);
  }

  updateSite(id: string, change: SiteChange): Observable<SiteDetailView> {
    return this.http.patch<SiteDetailView>(`${this.baseUrl}/sites/${id}`, change);
  }

  /** Closures from `from` on (a local date), in date order. */
  closures(siteId: string, from: string, limit = 100): Observable<ClosurePage> {
    const params = new HttpParams().set('from', from).set('limit', limit);
    return this.http.get<ClosurePage>(`${this.baseUrl}/sites/${siteId}/closures`, { params });
  }

  addClosure(siteId: string, request: CreateClosureRequest): Observable<ClosureView> {
    return this.http.post<ClosureView>(`${this.baseUrl}/sites/${siteId}/closures`, request);
  }

  removeClosure(siteId: string, closureId: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/sites/${siteId}/closures/${closureId}`);
  }

  /** The active resources: deactivated ones keep their bookings but are no longer offered. */
  resources(siteId: string, limit = 200): Observable<ResourcePage> {
    const params = new HttpParams().set('limit', limit);
    return this.http.get<ResourcePage>(`${this.baseUrl}/sites/${siteId}/resources`, { params });
  }

  addResource(siteId: string, request: CreateResourceRequest): Observable<ResourceView> {
    return this.http.post<ResourceView>(`${this.baseUrl}/sites/${siteId}/resources`, request);
  }

  updateResource(id: string, change: ResourceChange): Observable<ResourceView> {
    return this.http.patch<ResourceView>(`${this.baseUrl}/resources/${id}`, change);
  }

  deactivateResource(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/resources/${id}`);
  }
}
