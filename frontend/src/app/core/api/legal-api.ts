import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { components } from './openapi';
import { API_BASE_URL } from './api-base-url';

export type LegalPageView = components['schemas']['LegalPageView'];
export type LegalPageName = LegalPageView['page'];

/** The accessibility statement, privacy notice and legal notices: texts the network writes, served by the API. */
@Injectable({ providedIn: 'root' })
export class LegalApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  page(page: LegalPageName, lang: LegalPageView['lang']): Observable<LegalPageView> {
    return this.http.get<LegalPageView>(`${this.baseUrl}/legal/${page}`, {
      params: new HttpParams().set('lang', lang),
    });
  }
}
