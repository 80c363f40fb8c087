import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityModule } from '../community/community.module';
import { NotificationOptOut } from './entities/notification-opt-out.entity';
import { MemberNotificationPreferences } from './member-notification-preferences';
import { NotificationPreferencesPersonalData } from './notification-preferences-personal-data';
import { NotificationPreferencesController } from './notification-preferences.controller';
import { NotificationsModule } from './notifications.module';

/**
 * The member's page of notification preferences (`/me/notification-preferences`). A module of its own
 * beside `NotificationsModule` because it reads the community module's switch, and the community module
 * imports `NotificationsModule` to send its mail; the language comes from identity (global).
 */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationOptOut]), NotificationsModule, CommunityModule],
  controllers: [NotificationPreferencesController],
  providers: [MemberNotificationPreferences, NotificationPreferencesPersonalData],
})
export class NotificationPreferencesModule {}
