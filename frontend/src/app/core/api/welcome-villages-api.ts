import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import {
  ALL_VILLAGES_LIMIT,
  CreateWelcomeVillageRequest,
  UpdateWelcomeVillageRequest,
  WelcomeVillagePage,
  WelcomeVillageView,
} from './welcome-villages.types';

/** Communes that volunteer to welcome newcomers: published ones for anyone, all of them for officers. */
@Injectable({ providedIn: 'root' })
export class WelcomeVillagesApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** `published`: `all` and `false` are for network officers. */
  list(published: 'true' | 'false' | 'all' = 'true'): Observable<WelcomeVillagePage> {
    const params = new HttpParams().set('published', published).set('limit', ALL_VILLAGES_LIMIT);
    return this.http.get<WelcomeVillagePage>(`${this.baseUrl}/welcome-villages`, { params });
  }

  create(village: CreateWelcomeVillageRequest): Observable<WelcomeVillageView> {
    return this.http.post<WelcomeVillageView>(`${this.baseUrl}/welcome-villages`, village);
  }

  change(id: string, change: UpdateWelcomeVillageRequest): Observable<WelcomeVillageView> {
    return this.http.patch<WelcomeVillageView>(`${this.baseUrl}/welcome-villages/${id}`, change);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/welcome-villages/${id}`);
  }
}
