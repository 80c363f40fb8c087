import type { Locale } from '../identity/entities/user.entity';
import { renderEventMarkdown } from '../events/event-markdown';

export interface AnnouncementMailFacts {
  firstName: string;
  locale: Locale;
  siteName: string;
  monthsBack: number;
  /** As the host wrote it. */
  subject: string;
  body: string;
  /** The unsubscribe page for this site's announcements, and for every community mail. */
  unsubscribeSiteUrl: string;
  unsubscribeAllUrl: string;
  /** What `List-Unsubscribe` points to: the API's one-click (RFC 8058) address for this site. */
  oneClickUrl: string;
}

export interface AnnouncementMail {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A site's announcement as one member receives it: the frame (greeting, why they get it, how to stop) in
 * the member's language, the host's subject and text as written, the text rendered with the events' safe
 * Markdown in the HTML part, and the headers that let mail clients offer a one-click unsubscribe.
 */
export function announcementMail(facts: AnnouncementMailFacts): AnnouncementMail {
  const fr = facts.locale !== 'en';
  const months = facts.monthsBack;
  const words = fr
    ? {
        subject: `${facts.siteName} : ${facts.subject}`,
        greeting: `Bonjour ${facts.firstName},`,
        intro: `L’équipe de ${facts.siteName} vous écrit :`,
        why:
          months === 1
            ? `Vous recevez ce message parce que vous avez réservé à ${facts.siteName} le mois dernier ou que vous y avez une réservation à venir.`
            : `Vous recevez ce message parce que vous avez réservé à ${facts.siteName} ces ${months} derniers mois ou que vous y avez une réservation à venir.`,
        stopSite: `Ne plus recevoir les annonces de ${facts.siteName}`,
        stopAll: 'Ne plus recevoir aucun message de la communauté Bastide',
        colon: ' :',
      }
    : {
        subject: `${facts.siteName}: ${facts.subject}`,
        greeting: `Hello ${facts.firstName},`,
        intro: `The team of ${facts.siteName} writes to you:`,
        why:
          months === 1
            ? `You receive this message because you booked at ${facts.siteName} last month or have a booking there to come.`
            : `You receive this message because you booked at ${facts.siteName} in the last ${months} months or have a booking there to come.`,
        stopSite: `Stop announcements from ${facts.siteName}`,
        stopAll: 'Stop every message from the Bastide community',
        colon: ':',
      };
  const text =
    `${words.greeting}\n\n${words.intro}\n\n${facts.body}\n\n-- \n${words.why}\n` +
    `${words.stopSite}${words.colon} ${facts.unsubscribeSiteUrl}\n` +
    `${words.stopAll}${words.colon} ${facts.unsubscribeAllUrl}\n`;
  const html =
    `<p>${escapeHtml(words.greeting)}</p><p>${escapeHtml(words.intro)}</p>` +
    `<blockquote>${renderEventMarkdown(facts.body)}</blockquote>` +
    `<hr><p><small>${escapeHtml(words.why)}<br>` +
    `<a href="${escapeHtml(facts.unsubscribeSiteUrl)}">${escapeHtml(words.stopSite)}</a><br>` +
    `<a href="${escapeHtml(facts.unsubscribeAllUrl)}">${escapeHtml(words.stopAll)}</a></small></p>`;
  return {
    subject: words.subject,
    text,
    html,
    headers: {
      'List-Unsubscribe': `<${facts.oneClickUrl}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
