export type Role = 'member' | 'host' | 'admin';

/**
 * The caller of a request, loaded afresh on every request so that appointing or removing a host, or
 * revoking a session, takes effect at once, even for access tokens issued before.
 */
export interface Principal {
  userId: string;
  sessionId: string;
  role: Role;
  hostedSiteIds: string[];
}

/** A network officer manages every site; a host, the sites they host. */
export function mayManageSite(principal: Principal | undefined, siteId: string): boolean {
  if (!principal) return false;
  return principal.role === 'admin' || principal.hostedSiteIds.includes(siteId);
}

/**
 * Turns a bearer token into a principal. Provided by the identity module, which owns accounts and
 * sessions; the access guard in `common/` only knows this contract.
 */
export abstract class PrincipalResolver {
  /** Throws `Unauthenticated` for a bad, expired or revoked token. */
  abstract resolve(bearerToken: string): Promise<Principal>;

  /**
   * The caller of a credential other than a bearer token that names a session (the queue dashboard's
   * cookie), as they are now: throws `Unauthenticated` once that session ended or the account is gone.
   */
  abstract resolveSession(userId: string, sessionId: string): Promise<Principal>;
}

/** Which sites a user hosts. Provided by the sites module, which owns the appointments. */
export abstract class HostedSitesLookup {
  abstract hostedSiteIds(userId: string): Promise<string[]>;
}
