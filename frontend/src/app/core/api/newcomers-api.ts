import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import {
  NewcomerChange,
  NewcomerFile,
  NewcomerIntake,
  NewcomerPage,
  NewcomerQuery,
  NewcomerTimelineEntry,
} from './newcomers.types';

/** The Soho Solo accompaniment: the public intake, and the officers' pipeline of files. */
@Injectable({ providedIn: 'root' })
export class NewcomersApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  submit(intake: NewcomerIntake): Observable<unknown> {
    return this.http.post(`${this.baseUrl}/newcomers`, intake);
  }

  list(query: NewcomerQuery): Observable<NewcomerPage> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset);
    if (query.status) {
      params = params.set('status', query.status);
    }
    if (query.officerId) {
      params = params.set('officerId', query.officerId);
    }
    return this.http.get<NewcomerPage>(`${this.baseUrl}/newcomers`, { params });
  }

  file(id: string): Observable<NewcomerFile> {
    return this.http.get<NewcomerFile>(`${this.baseUrl}/newcomers/${id}`);
  }

  change(id: string, change: NewcomerChange): Observable<NewcomerFile> {
    return this.http.patch<NewcomerFile>(`${this.baseUrl}/newcomers/${id}`, change);
  }

  /** `idempotencyKey`: one per note written, so that a retried request does not add it twice. */
  addNote(id: string, text: string, idempotencyKey: string): Observable<NewcomerTimelineEntry> {
    return this.http.post<NewcomerTimelineEntry>(
      `${this.baseUrl}/newcomers/${id}/notes`,
      { text },
      { headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }) },
    );
  }
}
