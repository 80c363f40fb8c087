import { Module } from '@nestjs/common';
import { MailTemplates } from './mail-templates';
import { MailTransport } from './mail-transport';
import { Mailer } from './mailer';
import { NotificationPreferences } from './notification-preferences';

/**
 * E-mail for every module: the transport, the templates and the member's preferences. What each mail says
 * belongs to the module that sends it, in its own `mail/` folder of template files.
 */
@Module({
  providers: [MailTransport, MailTemplates, NotificationPreferences, Mailer],
  exports: [Mailer, MailTemplates, NotificationPreferences, MailTransport],
})
export class NotificationsModule {}
