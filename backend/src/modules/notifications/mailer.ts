import { Injectable } from '@nestjs/common';
import type { Locale } from '../identity/entities/user.entity';
import { MailTemplates } from './mail-templates';
import type { MailTopic } from './mail-topics';
import { MailTransport, type OutgoingMail } from './mail-transport';
import { NotificationPreferences } from './notification-preferences';

export interface MailRecipient {
  email: string;
  locale: Locale;
  /** Set for a member's mail, so that their notification preferences apply. */
  userId?: string;
}

export interface TemplatedMail {
  to: MailRecipient;
  /** `<module>/<mail>`: the file `modules/<module>/mail/<mail>.<locale>.hbs`. */
  template: string;
  data: object;
  /** An optional mail the member may have turned off; without it the mail is always sent. */
  topic?: MailTopic;
  headers?: OutgoingMail['headers'];
  attachments?: OutgoingMail['attachments'];
  icalEvent?: OutgoingMail['icalEvent'];
}

/**
 * What mail handlers call: applies the member's preferences, renders the template in their language and
 * hands it to the transport. Resolves once the SMTP server accepted it (or once it was skipped).
 */
@Injectable()
export class Mailer {
  constructor(
    private readonly templates: MailTemplates,
    private readonly transport: MailTransport,
    private readonly preferences: NotificationPreferences,
  ) {}

  async send(mail: TemplatedMail): Promise<'sent' | 'skipped'> {
    if (mail.topic && mail.to.userId && !(await this.preferences.allows(mail.to.userId, mail.topic))) {
      return 'skipped';
    }
    const rendered = this.templates.render(mail.template, mail.to.locale === 'en' ? 'en' : 'fr', mail.data);
    await this.transport.send({
      to: mail.to.email,
      ...rendered,
      headers: mail.headers,
      attachments: mail.attachments,
      icalEvent: mail.icalEvent,
    });
    return 'sent';
  }
}
