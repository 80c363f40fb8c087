import { Global, Module } from '@nestjs/common';
import { SiteClosureListener } from '../sites/site-closure-listener';
import { BookingClosures } from './booking-closures';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { SitesModule } from '../sites/sites.module';
import { AvailabilityService } from './availability.service';
import { BookingPersonalData } from './booking-personal-data';
import { BookingQuota } from './booking-quota';
import { CoverUsage } from '../plans/cover-usage';
import { PlansModule } from '../plans/plans.module';
import { BookingSeriesController } from './booking-series.controller';
import { BookingSeriesService } from './booking-series.service';
import { BookingService } from './booking.service';
import { BookingsController } from './bookings.controller';
import { BookingSeries } from './entities/booking-series.entity';
import { Booking } from './entities/booking.entity';
import { BookingCancelledMailHandler, BookingConfirmedMailHandler } from './jobs/booking-mail.handlers';

/**
 * Bookings of desks, rooms, offices and booths. Opening days and hours come from the sites module's
 * `SiteCalendar`. Documented exceptions to "modules own their tables", all read-only, until the owning
 * modules export a lookup: `resources` (by id, free ones of a kind), `sites` (name and zone joined into
 * booking lists, published sites for the availability search), `site_closures` (the availability search),
 * `users` (home commune snapshot at booking time, mail address and locale in the mail handlers).
 */
/**
 * Global for its `SiteClosureListener`, which the sites module calls without importing booking, and its
 * `CoverUsage`, with which the plans module (imported here for `CoverResolver`) counts booked days.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([Booking, BookingSeries]), SitesModule, NotificationsModule, PlansModule],
  controllers: [BookingsController, BookingSeriesController],
  providers: [
    BookingService,
    BookingSeriesService,
    AvailabilityService,
    BookingPersonalData,
    BookingQuota,
    // The plans module counts booked days through this, without importing booking.
    { provide: CoverUsage, useExisting: BookingQuota },
    { provide: SiteClosureListener, useClass: BookingClosures },
    BookingConfirmedMailHandler,
    BookingCancelledMailHandler,
  ],
  exports: [BookingService, SiteClosureListener, CoverUsage],
})
export class BookingModule {}
