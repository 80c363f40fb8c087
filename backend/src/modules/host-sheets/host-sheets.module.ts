import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SitesModule } from '../sites/sites.module';
import { DailySheetHandler } from './daily-sheet.handler';
import { DailySheetsTask } from './daily-sheets.task';

/**
 * The hosts' sheet of tomorrow, mailed at 07:00 Paris: a module of its own because it reads both bookings
 * and events, and the booking module cannot import events (events imports booking). It owns no table; it
 * reads through the exported services: the sites module (hosts, opening, check-in), the global booking
 * module's `SiteBookers`, the events module's `EventsService`, the audit log (who booked on behalf) and
 * identity's `PeopleDirectory` for names.
 */
@Module({
  imports: [SitesModule, EventsModule, NotificationsModule],
  providers: [DailySheetsTask, DailySheetHandler],
})
export class HostSheetsModule {}
