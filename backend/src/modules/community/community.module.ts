import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications/notifications.module';
import { SitesModule } from '../sites/sites.module';
import { AnnouncementsController } from './announcements.controller';
import { AnnouncementsService } from './announcements.service';
import { CommunityMailChoice } from './community-mail-choice';
import { CommunityPersonalData } from './community-personal-data';
import { DirectoryController } from './directory.controller';
import { DirectoryService } from './directory.service';
import { CommunityUnsubscription } from './entities/community-unsubscription.entity';
import { DirectoryProfileSite } from './entities/directory-profile-site.entity';
import { DirectoryProfileSkill } from './entities/directory-profile-skill.entity';
import { DirectoryProfile } from './entities/directory-profile.entity';
import { SiteAnnouncement } from './entities/site-announcement.entity';
import { AnnouncementMailHandler } from './jobs/announcement-mail.handler';
import { UnsubscribeController } from './unsubscribe.controller';
import { UnsubscribeTokens } from './unsubscribe-tokens';
import { UnsubscriptionsService } from './unsubscriptions.service';

/**
 * The network's community: the members' directory (opt-in cards) and hosts' announcements to the members
 * who booked at their site, with signed unsubscribe links. Who booked where comes from the (global) booking
 * module's `SiteBookers`; a site's zone, status and name from the sites module's `SiteCalendar`; names of
 * accounts from identity's `PeopleDirectory`; the announcement body is rendered by common's
 * `renderSafeMarkdown` (a pure function). Documented read-only exceptions to "modules own their tables":
 * the directory search joins `users` (names, the addresses members chose to show) and `sites` (names), and
 * the mail handler reads the recipient's address and language from `users`, as the booking mails do.
 * It exports `CommunityMailChoice`, the "no community mail at all" switch of the notification preferences.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      DirectoryProfile,
      DirectoryProfileSkill,
      DirectoryProfileSite,
      SiteAnnouncement,
      CommunityUnsubscription,
    ]),
    SitesModule,
    NotificationsModule,
  ],
  controllers: [DirectoryController, AnnouncementsController, UnsubscribeController],
  providers: [
    DirectoryService,
    AnnouncementsService,
    UnsubscriptionsService,
    UnsubscribeTokens,
    CommunityPersonalData,
    AnnouncementMailHandler,
    CommunityMailChoice,
  ],
  exports: [CommunityMailChoice],
})
export class CommunityModule {}
