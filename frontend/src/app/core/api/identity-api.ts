import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_BASE_URL } from './api-base-url';
import {
  AuthResponse,
  EmailChange,
  LoginRequest,
  MfaChallenge,
  MfaSetupView,
  MfaSignInRequest,
  MeView,
  PasswordChange,
  PasswordResetConfirmation,
  PersonalDataExport,
  RecoveryCodesView,
  RegisterRequest,
  TokenPairView,
  UpdateMeRequest,
} from './identity.types';

/**
 * Accounts and sessions: sign-up, sign-in (with its two-factor step), token rotation, the links mailed
 * to the member, and the signed-in member's profile, security settings and personal data.
 */
@Injectable({ providedIn: 'root' })
export class IdentityApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  register(request: RegisterRequest): Observable<AuthResponse> {
    return this.http.post<AuthResponse>(`${this.baseUrl}/auth/register`, request);
  }

  /** An account with two-factor sign-in answers a challenge instead of a session. */
  login(request: LoginRequest): Observable<AuthResponse | MfaChallenge> {
    return this.http.post<AuthResponse | MfaChallenge>(`${this.baseUrl}/auth/login`, request);
  }

  refresh(refreshToken: string): Observable<TokenPairView> {
    return this.http.post<TokenPairView>(`${this.baseUrl}/auth/refresh`, { refreshToken });
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/auth/logout`, null);
  }

  me(): Observable<MeView> {
    return this.http.get<MeView>(`${this.baseUrl}/me`);
  }

  updateMe(change: UpdateMeRequest): Observable<MeView> {
    return this.http.patch<MeView>(`${this.baseUrl}/me`, change);
  }

  /** Second step of a sign-in with two-factor on: a 6-digit code or a recovery code. */
  completeMfa(request: MfaSignInRequest): Observable<AuthResponse> {
    return this.http.post<AuthResponse>(`${this.baseUrl}/auth/mfa`, request);
  }

  verifyEmail(token: string): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/auth/verify-email`, { token });
  }

  /** Always accepted: the answer never tells whether the address has an account. */
  requestPasswordReset(email: string): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/auth/password-reset`, { email });
  }

  /** Then every session of the account is signed out. */
  resetPassword(confirmation: PasswordResetConfirmation): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/auth/password-reset/confirm`, confirmation);
  }

  changePassword(change: PasswordChange): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/me/password`, change);
  }

  /** The new address is used once the link mailed to it is followed. */
  changeEmail(change: EmailChange): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/me/email`, change);
  }

  exportPersonalData(): Observable<PersonalDataExport> {
    return this.http.get<PersonalDataExport>(`${this.baseUrl}/me/export`);
  }

  deleteAccount(): Observable<void> {
    return this.http.delete<void>(`${this.baseUrl}/me`);
  }

  /** A new secret for the authenticator app, pending a first code. */
  setUpMfa(): Observable<MfaSetupView> {
    return this.http.post<MfaSetupView>(`${this.baseUrl}/auth/mfa/setup`, null);
  }

  enableMfa(code: string): Observable<RecoveryCodesView> {
    return this.http.post<RecoveryCodesView>(`${this.baseUrl}/auth/mfa/enable`, { code });
  }

  disableMfa(code: string): Observable<void> {
    return this.http.post<void>(`${this.baseUrl}/auth/mfa/disable`, { code });
  }
}
