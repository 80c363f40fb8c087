import { Injectable, OnModuleInit } from '@nestjs/common';
import { DateTime } from 'luxon';
import { EntityManager } from 'typeorm';
import { Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { SiteClosureListener, SiteClosureListeners } from '../sites/site-closure-listener';
import { EventPlaces } from './event-places';
import { EventsService } from './events.service';

/**
 * A closed day cancels the site's published events of that day still to come, as their host would, so
 * that nobody travels to a closed door: every registrant is told. Drafts stay drafts, for the host to move.
 */
@Injectable()
export class EventClosures extends SiteClosureListener implements OnModuleInit {
  constructor(
    private readonly listeners: SiteClosureListeners,
    private readonly places: EventPlaces,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {
    super();
  }

  onModuleInit(): void {
    this.listeners.register(this);
  }

  /** Answers 0: an event's room hold is a booking, which the booking module's listener counts. */
  async siteClosed(
    manager: EntityManager,
    siteId: string,
    date: string,
    timezone: string,
    actor: Principal,
  ): Promise<number> {
    const dayStart = DateTime.fromISO(date, { zone: timezone }).startOf('day');
    const due: { id: string }[] = await manager.query(
      `SELECT id FROM events
       WHERE site_id = $1 AND status = 'published' AND starts_at >= $2 AND starts_at < $3 AND ends_at > $4
       ORDER BY id`,
      [siteId, dayStart.toJSDate(), dayStart.plus({ days: 1 }).toJSDate(), this.clock.now()],
    );
    // In id order, as every writer that locks several events does, so that two never wait on each other.
    for (const { id } of due) {
      const event = await this.places.lock(manager, id);
      if (event) await this.events.cancelLocked(manager, event, actor);
    }
    return 0;
  }
}
