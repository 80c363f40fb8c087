import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { components } from '../../core/api/openapi';
import { API_BASE_URL } from '../../core/api/api-base-url';
import { PageRequest } from '../network-api';

export type JobView = components['schemas']['JobView'];
export type JobPage = components['schemas']['JobPage'];
export type JobsSummary = components['schemas']['JobsSummary'];
export type JobState = JobView['state'];

export const JOB_STATES: readonly JobState[] = ['failed', 'pending', 'scheduled', 'sent'];

/** The outbox as officers see it: mails and tasks, their failures, a retry, and the BullMQ dashboard's door. */
@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  list(state: JobState | null, page: PageRequest): Observable<JobPage> {
    let params = new HttpParams().set('limit', page.limit).set('offset', page.offset);
    if (state) {
      params = params.set('state', state);
    }
    return this.http.get<JobPage>(`${this.baseUrl}/admin/jobs`, { params });
  }

  summary(): Observable<JobsSummary> {
    return this.http.get<JobsSummary>(`${this.baseUrl}/admin/jobs/summary`);
  }

  retry(id: string): Observable<JobView> {
    return this.http.post<JobView>(`${this.baseUrl}/admin/jobs/${id}/retry`, null);
  }

  /** Sets the short-lived cookie that opens the dashboard (a browser tab cannot carry our bearer token). */
  openDashboardSession(): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/admin/jobs/dashboard-session`, null);
  }
}
