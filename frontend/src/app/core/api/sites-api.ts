import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import { SiteDetailView, SitePage } from './sites.types';

/** What the public search of the network asks for; every criterion is optional. */
export interface SiteCriteria {
  epciCode?: string | null;
  amenities?: readonly string[];
  q?: string | null;
}

/** The network's sites, as anyone may see them: published ones only. */
@Injectable({ providedIn: 'root' })
export class SitesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** The network is a few dozen sites: one page holds them all, so the map and the list agree. */
  sites(criteria: SiteCriteria, limit = 200): Observable<SitePage> {
    let params = new HttpParams().set('limit', limit);
    if (criteria.epciCode) {
      params = params.set('epciCode', criteria.epciCode);
    }
    for (const amenity of criteria.amenities ?? []) {
      params = params.append('amenity', amenity);
    }
    if (criteria.q) {
      params = params.set('q', criteria.q);
    }
    return this.http.get<SitePage>(`${this.baseUrl}/sites`, { params });
  }

  site(idOrSlug: string): Observable<SiteDetailView> {
    return this.http.get<SiteDetailView>(`${this.baseUrl}/sites/${encodeURIComponent(idOrSlug)}`);
  }
}
