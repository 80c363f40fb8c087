import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/access/principal';

/**
 * Told of a new closure inside the closure's transaction, so that the closure and its consequences (the
 * day's bookings and events cancelled, the people concerned told) commit together. The modules that act on
 * a closure (booking, events) provide one each and register it in `SiteClosureListeners`: the sites module
 * cannot import them, since they depend on it.
 */
export abstract class SiteClosureListener {
  /** Answers how many bookings the closure cancelled (0 for a listener that cancels none). */
  abstract siteClosed(
    manager: EntityManager,
    siteId: string,
    date: string,
    timezone: string,
    actor: Principal,
  ): Promise<number>;
}

/** The listeners registered by the modules that act on closures, each called in the closure's transaction. */
@Injectable()
export class SiteClosureListeners {
  private readonly listeners: SiteClosureListener[] = [];

  register(listener: SiteClosureListener): void {
    this.listeners.push(listener);
  }

  /** Answers how many bookings the closure cancelled, all listeners together. */
  async siteClosed(
    manager: EntityManager,
    siteId: string,
    date: string,
    timezone: string,
    actor: Principal,
  ): Promise<number> {
    let cancelled = 0;
    for (const listener of this.listeners) {
      cancelled += await listener.siteClosed(manager, siteId, date, timezone, actor);
    }
    return cancelled;
  }
}
