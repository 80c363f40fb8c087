import type { UnsubscribeLinks } from './unsubscribe-tokens';

export interface AnnouncementMailFacts {
  firstName: string;
  siteName: string;
  monthsBack: number;
  /** As the host wrote it. */
  subject: string;
  body: string;
  /** This member's unsubscribe links for the announcing site (`UnsubscribeTokens.links`). */
  links: UnsubscribeLinks;
}

/**
 * A site's announcement as one member receives it, for the template `community/announcement` (wording in
 * `mail/`): the host's subject and text as written (the text shown as text, line breaks kept), why the member
 * gets it, both ways out, and the headers that let mail clients offer a one-click unsubscribe (RFC 8058),
 * pointing at the API's one-click address for this site. The same for the host's preview and the mail sent.
 */
export function announcementMail(facts: AnnouncementMailFacts): {
  template: string;
  data: object;
  headers: Record<string, string>;
} {
  return {
    template: 'community/announcement',
    data: {
      firstName: facts.firstName,
      siteName: facts.siteName,
      subject: facts.subject,
      body: facts.body,
      monthsBack: facts.monthsBack,
      lastMonth: facts.monthsBack === 1,
      unsubscribeSiteUrl: facts.links.site,
      unsubscribeAllUrl: facts.links.all,
    },
    headers: {
      'List-Unsubscribe': `<${facts.links.oneClick}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
