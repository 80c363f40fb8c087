import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentPrincipal, Public } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { CalendarFeedView } from './dto/calendar-feed.dto';
import { MemberCalendarFeeds } from './member-calendar-feeds';
import { SiteEventsFeed } from './site-events-feed';

const CALENDAR = 'text/calendar; charset=utf-8';

@ApiTags('calendars')
@Controller()
export class CalendarsController {
  constructor(
    private readonly siteFeed: SiteEventsFeed,
    private readonly memberFeeds: MemberCalendarFeeds,
  ) {}

  @Get('sites/:id/events.ics')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The site’s published public events from 30 days ago on, one VEVENT each (cancelled ones CANCELLED)',
    schema: { type: 'string' },
  })
  @ApiNotFoundResponse({ description: 'No such published site' })
  async siteEvents(@Param('id') id: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const calendar = await this.siteFeed.render(id);
    response.setHeader('Content-Type', CALENDAR);
    response.setHeader('Content-Disposition', `inline; filename="site-${id}-events.ics"`);
    return calendar;
  }

  @Get('me/calendar-feed')
  @Authenticated()
  @ApiOkResponse({ type: CalendarFeedView, description: 'The address of the caller’s secret calendar feed' })
  @ApiNotFoundResponse({ description: 'The caller has no feed yet (POST makes one) or revoked it' })
  feed(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedView> {
    return this.memberFeeds.url(principal.userId);
  }

  @Post('me/calendar-feed')
  @Authenticated()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: CalendarFeedView,
    description: 'A new address for the caller’s feed; the previous address stops working at once',
  })
  renew(@CurrentPrincipal() principal: Principal): Promise<CalendarFeedView> {
    return this.memberFeeds.renew(principal.userId);
  }

  @Delete('me/calendar-feed')
  @Authenticated()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The feed is revoked: its address answers 404 from now on' })
  async revoke(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.memberFeeds.revoke(principal.userId);
  }

  @Get('calendar/:token.ics')
  @Public()
  @ApiParam({ name: 'token', description: 'The secret of the feed’s address (the only credential)' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The member’s bookings and registered events from 30 days ago on (cancelled bookings CANCELLED)',
    schema: { type: 'string' },
  })
  @ApiNotFoundResponse({ description: 'Unknown or revoked token' })
  async memberFeed(@Param('token') token: string, @Res({ passthrough: true }) response: Response): Promise<string> {
    const calendar = await this.memberFeeds.render(token);
    response.setHeader('Content-Type', CALENDAR);
    response.setHeader('Content-Disposition', 'inline; filename="bastide.ics"');
    // The address is a credential: no shared cache may keep the member's agenda.
    response.setHeader('Cache-Control', 'private, no-store');
    return calendar;
  }
}
