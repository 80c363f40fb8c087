import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { TerritoryModule } from '../territory/territory.module';
import { NewcomerTimelineEntry } from './entities/newcomer-timeline-entry.entity';
import { Newcomer } from './entities/newcomer.entity';
import { NewcomerAcknowledgementHandler } from './newcomer-acknowledgement.handler';
import { NewcomerNextActionHandler } from './newcomer-next-action.handler';
import { NewcomerRetentionTask } from './newcomer-retention.task';
import { NewcomersController } from './newcomers.controller';
import { NewcomersService } from './newcomers.service';
import { SettledNewcomers } from './settled-newcomers';

/**
 * The Soho Solo accompaniment: the public intake form and the officers' pipeline of newcomers' files. A
 * newcomer has no account; officers are named through identity's global `PeopleDirectory`, communes checked
 * with territory's `TerritoryService`, the acknowledgement sent by notifications' `Mailer`. Exports the settled
 * newcomers' figures for the reports (`SettledNewcomers`).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Newcomer, NewcomerTimelineEntry]), TerritoryModule, NotificationsModule],
  controllers: [NewcomersController],
  providers: [
    NewcomersService,
    NewcomerAcknowledgementHandler,
    NewcomerNextActionHandler,
    NewcomerRetentionTask,
    SettledNewcomers,
  ],
  // The reports count settled newcomers through this, not by reading the files.
  exports: [SettledNewcomers],
})
export class NewcomersModule {}
