import { Injectable } from '@nestjs/common';
import type { Principal } from '../../common/access/principal';
import { CommunityMailChoice } from '../community/community-mail-choice';
import { MeService } from '../identity/me.service';
import {
  MailTopicChoices,
  NotificationPreferencesChange,
  NotificationPreferencesView,
  TOPIC_FIELDS,
} from './dto/notification-preferences.dto';
import { MAIL_TOPICS, type MailTopic } from './mail-topics';
import { NotificationPreferences } from './notification-preferences';

/**
 * The member's notification preferences as one resource: the optional e-mails (this module's table), all
 * community mail (the community module's unsubscription with no site) and the language of their mails
 * (their account's, through identity's `MeService`, which validates and changes it as `PATCH /me` does).
 */
@Injectable()
export class MemberNotificationPreferences {
  constructor(
    private readonly preferences: NotificationPreferences,
    private readonly community: CommunityMailChoice,
    private readonly me: MeService,
  ) {}

  async get(principal: Principal): Promise<NotificationPreferencesView> {
    const [wanted, communityAnnouncements, me] = await Promise.all([
      this.preferences.of(principal.userId),
      this.community.wantsCommunityMail(principal.userId),
      this.me.get(principal),
    ]);
    const topics = {} as MailTopicChoices;
    for (const topic of MAIL_TOPICS) topics[TOPIC_FIELDS[topic]] = wanted[topic];
    return { topics, communityAnnouncements, locale: me.locale as NotificationPreferencesView['locale'] };
  }

  /**
   * Each part is its own idempotent write (the three belong to three modules); the body was validated whole
   * before any of them, so a request is refused before anything changes, and a retry repairs an interruption.
   */
  async update(principal: Principal, change: NotificationPreferencesChange): Promise<NotificationPreferencesView> {
    if (change.topics) {
      const wanted: Partial<Record<MailTopic, boolean>> = {};
      for (const topic of MAIL_TOPICS) wanted[topic] = change.topics[TOPIC_FIELDS[topic]];
      await this.preferences.choose(principal.userId, wanted);
    }
    if (change.communityAnnouncements !== undefined) {
      await this.community.chooseCommunityMail(principal.userId, change.communityAnnouncements);
    }
    if (change.locale !== undefined) await this.me.update(principal, { locale: change.locale });
    return this.get(principal);
  }
}
