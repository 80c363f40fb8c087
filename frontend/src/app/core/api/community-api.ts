import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import {
  Announcement,
  AnnouncementPage,
  AnnouncementPreview,
  AnnouncementPreviewRequest,
  AnnouncementRequest,
  DirectoryPage,
  DirectoryProfile,
  DirectoryProfileRequest,
  SkillPage,
  UnsubscribeView,
  UnsubscriptionPage,
} from './community.types';

/** What the directory is searched by; every criterion is optional. */
export interface DirectoryCriteria {
  q?: string | null;
  skill?: string | null;
  siteId?: string | null;
  limit?: number;
  offset?: number;
}

function paramsOf(criteria: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(criteria)) {
    if (value !== null && value !== undefined && value !== '') {
      params = params.set(name, String(value));
    }
  }
  return params;
}

/** The members' directory, hosts' announcements and the unsubscribe links of community mails. */
@Injectable({ providedIn: 'root' })
export class CommunityApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  myProfile(): Observable<DirectoryProfile> {
    return this.http.get<DirectoryProfile>(`${this.baseUrl}/me/directory-profile`);
  }

  saveMyProfile(request: DirectoryProfileRequest): Observable<DirectoryProfile> {
    return this.http.put<DirectoryProfile>(`${this.baseUrl}/me/directory-profile`, request);
  }

  directory(criteria: DirectoryCriteria): Observable<DirectoryPage> {
    return this.http.get<DirectoryPage>(`${this.baseUrl}/directory`, { params: paramsOf(criteria) });
  }

  /** The skills of listed cards starting with `q`, most common first. */
  skills(q: string, limit = 10): Observable<SkillPage> {
    return this.http.get<SkillPage>(`${this.baseUrl}/directory/skills`, { params: paramsOf({ q, limit }) });
  }

  previewAnnouncement(siteId: string, request: AnnouncementPreviewRequest): Observable<AnnouncementPreview> {
    return this.http.post<AnnouncementPreview>(`${this.baseUrl}/sites/${siteId}/announcements/preview`, request);
  }

  /** The key makes a retry safe: an announcement sent twice (a lost answer) goes out once. */
  sendAnnouncement(siteId: string, request: AnnouncementRequest, idempotencyKey: string): Observable<Announcement> {
    return this.http.post<Announcement>(`${this.baseUrl}/sites/${siteId}/announcements`, request, {
      headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
    });
  }

  announcements(siteId: string, limit = 50): Observable<AnnouncementPage> {
    return this.http.get<AnnouncementPage>(`${this.baseUrl}/sites/${siteId}/announcements`, {
      params: paramsOf({ limit }),
    });
  }

  /** What an unsubscribe link stops; changes nothing. */
  describeUnsubscribe(token: string): Observable<UnsubscribeView> {
    return this.http.get<UnsubscribeView>(`${this.baseUrl}/unsubscribe/${encodeURIComponent(token)}`);
  }

  unsubscribe(token: string): Observable<UnsubscribeView> {
    return this.http.post<UnsubscribeView>(`${this.baseUrl}/unsubscribe/${encodeURIComponent(token)}`, null);
  }

  myUnsubscriptions(): Observable<UnsubscriptionPage> {
    return this.http.get<UnsubscriptionPage>(`${this.baseUrl}/me/unsubscriptions`, {
      params: paramsOf({ limit: 100 }),
    });
  }

  resubscribe(id: string): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/me/unsubscriptions/${id}`);
  }
}
