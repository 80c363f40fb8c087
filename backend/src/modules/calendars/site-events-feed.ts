import { Inject, Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { addEventEntry, calendarText, newCalendar } from '../events/event-calendar-file';
import { EventsService } from '../events/events.service';
import { FEED_PAST_DAYS } from './member-calendar-feeds';

/** A published site's public events as a calendar anyone may subscribe to, from a month ago on. */
@Injectable()
export class SiteEventsFeed {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventsService,
    private readonly clock: Clock,
  ) {}

  /** The site's feed, or 404 for an unknown or unpublished site. */
  async render(siteId: string): Promise<string> {
    const now = this.clock.now();
    const since = DateTime.fromJSDate(now).minus({ days: FEED_PAST_DAYS }).toJSDate();
    const rows = await this.events.publicEventsOfSite(siteId, since);
    if (!rows) throw new NotFound('Site', siteId);
    const calendar = newCalendar(rows[0]?.site_name ?? undefined);
    for (const row of rows) addEventEntry(calendar, row, this.config.publicUrl, now);
    return calendarText(calendar);
  }
}
