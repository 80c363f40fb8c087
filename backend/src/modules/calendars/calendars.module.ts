import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { CalendarFeedPersonalData } from './calendar-feed-personal-data';
import { CalendarsController } from './calendars.controller';
import { CalendarFeed } from './entities/calendar-feed.entity';
import { MemberCalendarFeeds } from './member-calendar-feeds';
import { SiteEventsFeed } from './site-events-feed';

/**
 * Calendars to subscribe to: a site's public events, and a member's secret feed of their bookings and
 * registered events. It owns only the feeds' tokens; the items come from the booking module's
 * `BookingService.calendarOf` (global module) and the events module's `EventsService` read methods, written
 * as VEVENTs by the events module's builder so that an event has the same UID and SEQUENCE everywhere.
 */
@Module({
  imports: [TypeOrmModule.forFeature([CalendarFeed]), EventsModule],
  controllers: [CalendarsController],
  providers: [SiteEventsFeed, MemberCalendarFeeds, CalendarFeedPersonalData],
})
export class CalendarsModule {}
