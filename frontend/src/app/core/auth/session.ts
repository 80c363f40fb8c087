import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  Observable,
  catchError,
  finalize,
  firstValueFrom,
  map,
  of,
  shareReplay,
  switchMap,
  tap,
  throwError,
} from 'rxjs';
import { ApiProblem, asApiProblem } from '../api/api-problem';
import { IdentityApi } from '../api/identity-api';
import { AuthResponse, MeView, Role, TokenPairView } from '../api/identity.types';
import { LanguageService } from '../i18n/language';

export const REFRESH_TOKEN_STORAGE_KEY = 'bastide.refreshToken';

/**
 * Who is signed in, and the tokens that prove it.
 *
 * Where the tokens live, and why:
 * - the access token only in memory: it opens every API call, so it never touches disk, and a reload
 *   simply asks for a new one; it is short-lived, so losing it costs one refresh;
 * - the refresh token in localStorage: without it every reload or new tab would sign the member out.
 *   The API sends it in a JSON body (not an httpOnly cookie), so the browser has nowhere safer to keep
 *   it; the risk is bounded because it rotates on every use (a stolen, already-used token is refused),
 *   sign-out revokes it server-side, and the app's Content-Security-Policy refuses injected scripts.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly api = inject(IdentityApi);
  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);

  private currentAccessToken: string | null = null;
  private refreshInFlight: Observable<string> | null = null;
  private readonly currentUser = signal<MeView | null>(null);

  readonly user = this.currentUser.asReadonly();
  readonly signedIn = computed(() => this.currentUser() !== null);
  readonly role = computed<Role | null>(() => this.currentUser()?.role ?? null);

  get accessToken(): string | null {
    return this.currentAccessToken;
  }

  hasRefreshToken(): boolean {
    return this.storedRefreshToken() !== null;
  }

  hasRole(roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /**
   * At start-up: turns a remembered refresh token back into a session, so guards and the header know
   * the member before the first page shows. Never fails: at worst the visitor is signed out.
   */
  restore(): Promise<void> {
    if (!this.hasRefreshToken()) {
      return Promise.resolve();
    }
    return firstValueFrom(
      this.refreshAccessToken().pipe(
        switchMap(() => this.api.me()),
        map((user) => this.currentUser.set(user)),
        catchError(() => of(undefined)),
      ),
    );
  }

  /** After sign-in or sign-up: keeps the pair and speaks the member's language. */
  start(response: AuthResponse): void {
    this.keep(response);
    this.currentUser.set(response.user);
    this.language.use(response.user.locale);
  }

  /** After the profile changed. */
  updateUser(user: MeView): void {
    this.currentUser.set(user);
  }

  /** After a change the server made on its side (address confirmed, two-factor switched): reads the account again. */
  reloadUser(): Observable<MeView> {
    return this.api.me().pipe(tap((user) => this.currentUser.set(user)));
  }

  /** Revokes the refresh token on the server, then forgets the session here whatever the server said. */
  signOut(): Observable<void> {
    if (!this.signedIn() && !this.hasRefreshToken()) {
      return of(undefined);
    }
    return this.api.logout().pipe(
      catchError(() => of(undefined)),
      finalize(() => this.end()),
      map(() => undefined),
    );
  }

  /** Forgets the session locally (the server has already refused it). */
  end(): void {
    this.currentAccessToken = null;
    this.currentUser.set(null);
    this.forgetRefreshToken();
  }

  /**
   * A fresh access token. Single flight: every caller that asks while a refresh is on its way shares it,
   * because the refresh token rotates and a second refresh with the same token would be refused (and
   * could be taken by the server for a stolen token).
   */
  refreshAccessToken(): Observable<string> {
    if (this.refreshInFlight) {
      return this.refreshInFlight;
    }
    const refreshToken = this.storedRefreshToken();
    if (!refreshToken) {
      return throwError(() => new ApiProblem({ title: 'Unauthorized', status: 401 }));
    }
    this.refreshInFlight = this.api.refresh(refreshToken).pipe(
      tap((pair) => this.keep(pair)),
      map((pair) => pair.accessToken),
      catchError((error: unknown) => {
        const problem = asApiProblem(error);
        // Refused (expired, revoked, already used): the session is over. Unreachable or failing server:
        // the token may still be good, so it is kept for the next try.
        if (problem.status >= 400 && problem.status < 500) {
          this.end();
        }
        return throwError(() => problem);
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  private keep(pair: TokenPairView): void {
    this.currentAccessToken = pair.accessToken;
    try {
      this.storage()?.setItem(REFRESH_TOKEN_STORAGE_KEY, pair.refreshToken);
    } catch {
      // Storage refused (privacy settings): the session lasts until the tab closes.
    }
  }

  private storedRefreshToken(): string | null {
    try {
      return this.storage()?.getItem(REFRESH_TOKEN_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  }

  private forgetRefreshToken(): void {
    try {
      this.storage()?.removeItem(REFRESH_TOKEN_STORAGE_KEY);
    } catch {
      // Nothing was stored.
    }
  }

  private storage(): Storage | undefined {
    return this.document.defaultView?.localStorage;
  }
}
