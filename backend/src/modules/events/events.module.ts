import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BookingModule } from '../booking/booking.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SitesModule } from '../sites/sites.module';
import { EventRegistration } from './entities/event-registration.entity';
import { EventSeries } from './entities/event-series.entity';
import { Event } from './entities/event.entity';
import { EventAgendaService } from './event-agenda.service';
import { EventCalendarFile } from './event-calendar-file';
import { EventClosures } from './event-closures';
import { EventChanges } from './event-changes.service';
import { EventCreation } from './event-creation.service';
import { EventPersonalData } from './event-personal-data';
import { EventPlaces } from './event-places';
import { EventRegistrationsController } from './event-registrations.controller';
import { EventRegistrationsService } from './event-registrations.service';
import { EventSeriesController } from './event-series.controller';
import { EventSeriesService } from './event-series.service';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import {
  EventCancelledMailHandler,
  EventChangedMailHandler,
  EventMailSender,
  EventPromotedMailHandler,
  EventRegisteredMailHandler,
  EventReminderMailHandler,
  EventWaitlistedMailHandler,
} from './jobs/event-mail.handlers';

/**
 * Events of the network and their registrations. A meeting room is reserved through the booking module's
 * `EventRoomHolds` (a booking row, so the exclusion constraint covers events too); a site's zone and status
 * come from the sites module's `SiteCalendar`; names of registrants from identity's `PeopleDirectory`.
 * Documented read-only exceptions to "modules own their tables": the agenda joins `sites`, `communes`,
 * `epcis` and `resources` for names and the EPCI filter, and the mail handlers read the registrant's address
 * and language from `users`, as the booking module does.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Event, EventRegistration, EventSeries]),
    SitesModule,
    BookingModule,
    NotificationsModule,
  ],
  controllers: [EventsController, EventRegistrationsController, EventSeriesController],
  providers: [
    EventsService,
    EventCreation,
    EventChanges,
    EventAgendaService,
    EventCalendarFile,
    EventRegistrationsService,
    EventSeriesService,
    EventPlaces,
    // Registers itself with the sites module's closure listeners: a closed day cancels its events.
    EventClosures,
    EventPersonalData,
    EventMailSender,
    EventRegisteredMailHandler,
    EventWaitlistedMailHandler,
    EventReminderMailHandler,
    EventCancelledMailHandler,
    EventChangedMailHandler,
    EventPromotedMailHandler,
  ],
  // For the demo network, which makes its events through the same paths as hosts and officers.
  exports: [EventCreation, EventSeriesService, EventsService, EventRegistrationsService],
})
export class EventsModule {}
