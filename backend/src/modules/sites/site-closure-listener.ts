import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';

/**
 * Told of a new closure inside the closure's transaction, so that the closure and its consequences
 * (the day's bookings cancelled, their holders told) commit together. The booking module provides it;
 * the sites module cannot import booking, which depends on sites.
 */
export abstract class SiteClosureListener {
  /** Answers how many bookings the closure cancelled. */
  abstract siteClosed(
    manager: EntityManager,
    siteId: string,
    date: string,
    timezone: string,
    actor: Principal,
  ): Promise<number>;
}
