import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { TerritoryModule } from '../territory/territory.module';
import { NewcomerTimelineEntry } from './entities/newcomer-timeline-entry.entity';
import { NewcomerTrialDay } from './entities/newcomer-trial-day.entity';
import { Newcomer } from './entities/newcomer.entity';
import { NewcomerAccountLinks } from './newcomer-account-links';
import { NewcomerAcknowledgementHandler } from './newcomer-acknowledgement.handler';
import { NewcomerNextActionHandler } from './newcomer-next-action.handler';
import { NewcomerPersonalData } from './newcomer-personal-data';
import { NewcomerRetentionTask } from './newcomer-retention.task';
import { NewcomersController } from './newcomers.controller';
import { NewcomersService } from './newcomers.service';
import { SitesModule } from '../sites/sites.module';
import { TrialDayInvitationHandler } from './trial-day-invitation.handler';
import { TrialDaysController } from './trial-days.controller';
import { TrialDaysService } from './trial-days.service';
import { SettledNewcomers } from './settled-newcomers';

/**
 * The Soho Solo accompaniment: the public intake form and the officers' pipeline of newcomers' files. A
 * newcomer has no account; officers are named through identity's global `PeopleDirectory`, communes checked
 * with territory's `TerritoryService`, the acknowledgement sent by notifications' `Mailer`. Exports the settled
 * newcomers' figures for the reports (`SettledNewcomers`). Trial days are booked through the (global)
 * booking module's `BookingService` on an account opened by identity's `AuthService`; sites are found near a
 * file's wishes with the sites module's `SiteProximity`; a sign-up with a file's address links it through
 * identity's `AccountCreatedListeners`. A linked file is in its member's GDPR export and anonymised when they erase
 * their account (`NewcomerPersonalData`, found by identity through `@HoldsPersonalData`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Newcomer, NewcomerTimelineEntry, NewcomerTrialDay]),
    TerritoryModule,
    NotificationsModule,
    SitesModule,
  ],
  controllers: [NewcomersController, TrialDaysController],
  providers: [
    NewcomersService,
    NewcomerAcknowledgementHandler,
    NewcomerNextActionHandler,
    NewcomerRetentionTask,
    SettledNewcomers,
    TrialDaysService,
    TrialDayInvitationHandler,
    NewcomerAccountLinks,
    NewcomerPersonalData,
  ],
  // The reports count settled newcomers through this, not by reading the files.
  exports: [SettledNewcomers],
})
export class NewcomersModule {}
