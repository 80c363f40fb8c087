import { Injectable } from '@nestjs/common';
import { DateTime } from 'luxon';
import { DataSource } from 'typeorm';
import { mayManageSite, type Principal } from '../../common/access/principal';
import { Clock } from '../../common/clock/clock';
import { NotFound } from '../../common/problem/domain-error';
import { PeopleDirectory } from '../identity/people-directory';
import { SiteCalendar } from '../sites/site-calendar';
import { NotSiteHost } from '../sites/sites.errors';
import type { SiteMemberPage, SiteMemberQuery } from './dto/site-member.dto';
import { SiteBookers } from './site-bookers';

/** A site's members are those who booked there within this many months, or who hold a booking to come. */
const MEMBERSHIP_MONTHS = 12;

/**
 * The site's team finds a member to book in their name (a phone booking). Hosts see the people who come
 * to their site, not the network's accounts: only those who booked there lately, and whoever gives their
 * e-mail address in full (a newcomer on the phone). Identity does the search; who booked here is ours.
 */
@Injectable()
export class SiteMembers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly calendar: SiteCalendar,
    private readonly bookers: SiteBookers,
    private readonly people: PeopleDirectory,
    private readonly clock: Clock,
  ) {}

  async find(siteId: string, query: SiteMemberQuery, principal: Principal): Promise<SiteMemberPage> {
    const schedule = await this.calendar.findSchedule(siteId);
    if (!schedule || (schedule.status !== 'published' && !mayManageSite(principal, schedule.id))) {
      throw new NotFound('Site', siteId);
    }
    if (!mayManageSite(principal, schedule.id)) throw new NotSiteHost();
    // From the start of that local day, as the site's announcements count their months.
    const since = DateTime.fromJSDate(this.clock.now(), { zone: schedule.timezone })
      .minus({ months: MEMBERSHIP_MONTHS })
      .startOf('day');
    const among = await this.bookers.memberIds(this.dataSource.manager, schedule.id, since.toJSDate());
    return this.people.search({ q: query.q, among, limit: query.limit, offset: query.offset });
  }
}
