import { Global, Module } from '@nestjs/common';
import { BookingClosures } from './booking-closures';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { SitesModule } from '../sites/sites.module';
import { AvailabilityService } from './availability.service';
import { BookingPersonalData, BookingSeriesPersonalData, WaitlistPersonalData } from './booking-personal-data';
import { BookingSeriesController } from './booking-series.controller';
import { BookingSeriesService } from './booking-series.service';
import { BookingQuota } from './booking-quota';
import { CoverUsage } from '../plans/cover-usage';
import { PlansModule } from '../plans/plans.module';
import { BookingService } from './booking.service';
import { BookingsController } from './bookings.controller';
import { EventRoomHolds } from './event-room-holds';
import { SiteBookers } from './site-bookers';
import { SiteMembers } from './site-members';
import { SiteMembersController } from './site-members.controller';
import { BookingSeries } from './entities/booking-series.entity';
import { WaitlistEntry } from './entities/waitlist-entry.entity';
import { Booking } from './entities/booking.entity';
import {
  BookingCancelledMailHandler,
  BookingConfirmedMailHandler,
  BookingMailContext,
  BookingNoShowReleasedMailHandler,
  BookingReminderMailHandler,
  BookingWaitlistPromotedMailHandler,
} from './jobs/booking-mail.handlers';
import { BookingReminders } from './booking-reminders';
import { NoShowReleaseHandler } from './jobs/no-show-release.handler';
import { WaitlistPromoteHandler } from './jobs/waitlist-promote.handler';
import { NoShowRelease } from './no-show-release';
import { WaitlistController } from './waitlist.controller';
import { WaitlistPromotion } from './waitlist-promotion';
import { WaitlistService } from './waitlist.service';

/**
 * Bookings of desks, rooms, offices and booths. Opening days and hours come from the sites module's
 * `SiteCalendar`. Documented exceptions to "modules own their tables", all read-only, until the owning
 * modules export a lookup: `resources` (by id, free ones of a kind), `sites` (name and zone joined into
 * booking lists, published sites for the availability search), `site_closures` (the availability search),
 * `users` (home commune snapshot at booking time, mail address and locale in the mail handlers).
 */
/**
 * Global for its `CoverUsage`, with which the plans module (imported here for `CoverResolver`) counts booked days.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature([Booking, BookingSeries, WaitlistEntry]),
    SitesModule,
    NotificationsModule,
    PlansModule,
  ],
  controllers: [BookingsController, BookingSeriesController, WaitlistController, SiteMembersController],
  providers: [
    BookingService,
    BookingSeriesService,
    WaitlistService,
    WaitlistPromotion,
    WaitlistPromoteHandler,
    NoShowRelease,
    NoShowReleaseHandler,
    AvailabilityService,
    BookingPersonalData,
    BookingSeriesPersonalData,
    WaitlistPersonalData,
    BookingQuota,
    // The plans module counts booked days through this, without importing booking.
    { provide: CoverUsage, useExisting: BookingQuota },
    // Registers itself with the sites module's closure listeners: a closed day cancels its bookings.
    BookingClosures,
    BookingMailContext,
    BookingConfirmedMailHandler,
    BookingCancelledMailHandler,
    BookingWaitlistPromotedMailHandler,
    BookingReminders,
    BookingReminderMailHandler,
    BookingNoShowReleasedMailHandler,
    // The events module reserves meeting rooms through this.
    EventRoomHolds,
    // The community module addresses a site's people through this.
    SiteBookers,
    SiteMembers,
  ],
  exports: [BookingService, CoverUsage, EventRoomHolds, SiteBookers],
})
export class BookingModule {}
