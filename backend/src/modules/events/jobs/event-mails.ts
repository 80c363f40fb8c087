import { DateTime } from 'luxon';
import type { Locale } from '../../identity/entities/user.entity';

export type EventMailKind = 'cancelled' | 'changed' | 'promoted';

export interface EventMailFacts {
  firstName: string;
  locale: Locale;
  title: string;
  start: Date;
  end: Date;
  timezone: string;
  siteName: string | null;
  roomName: string | null;
  onlineUrl: string | null;
  /** The event's page in the web app. */
  link: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function whenOf(facts: EventMailFacts, locale: 'fr' | 'en'): string {
  const start = DateTime.fromJSDate(facts.start, { zone: facts.timezone }).setLocale(locale);
  const end = DateTime.fromJSDate(facts.end, { zone: facts.timezone }).setLocale(locale);
  const sameDay = start.toISODate() === end.toISODate();
  if (locale === 'fr') {
    return sameDay
      ? `le ${start.toFormat('cccc d LLLL yyyy')} de ${start.toFormat("HH'h'mm")} à ${end.toFormat("HH'h'mm")}`
      : `du ${start.toFormat("cccc d LLLL yyyy 'à' HH'h'mm")} au ${end.toFormat("cccc d LLLL yyyy 'à' HH'h'mm")}`;
  }
  return sameDay
    ? `on ${start.toFormat('cccc d LLLL yyyy')} from ${start.toFormat('HH:mm')} to ${end.toFormat('HH:mm')}`
    : `from ${start.toFormat("cccc d LLLL yyyy 'at' HH:mm")} to ${end.toFormat("cccc d LLLL yyyy 'at' HH:mm")}`;
}

function whereOf(facts: EventMailFacts, locale: 'fr' | 'en'): string {
  if (facts.siteName) return facts.roomName ? `${facts.siteName} (${facts.roomName})` : facts.siteName;
  if (facts.onlineUrl) return locale === 'fr' ? `en ligne : ${facts.onlineUrl}` : `online: ${facts.onlineUrl}`;
  return locale === 'fr' ? 'dans le réseau des tiers-lieux' : 'across the network of tiers-lieux';
}

/** The mail that tells a registrant of a cancellation, a change or a freed place, in their language. */
export function eventMail(kind: EventMailKind, facts: EventMailFacts): { subject: string; text: string; html: string } {
  const locale = facts.locale === 'en' ? 'en' : 'fr';
  const when = whenOf(facts, locale);
  const where = whereOf(facts, locale);
  const title = facts.title;
  const lines =
    locale === 'fr'
      ? {
          cancelled: {
            subject: `Événement annulé : ${title}`,
            body: `L’événement « ${title} » prévu ${when} (${where}) est annulé.`,
            footer: 'Retrouvez les autres événements du réseau dans l’agenda de Bastide.',
          },
          changed: {
            subject: `Événement modifié : ${title}`,
            body: `L’événement « ${title} » a changé : il aura lieu ${when} (${where}).`,
            footer: 'Un empêchement ? Annulez votre inscription pour laisser la place à quelqu’un d’autre.',
          },
          promoted: {
            subject: `Une place s’est libérée : ${title}`,
            body: `Bonne nouvelle : une place s’est libérée, vous êtes inscrit·e à « ${title} », ${when} (${where}).`,
            footer: 'Un empêchement ? Annulez votre inscription pour laisser la place à la personne suivante.',
          },
        }[kind]
      : {
          cancelled: {
            subject: `Event cancelled: ${title}`,
            body: `The event "${title}" planned ${when} (${where}) is cancelled.`,
            footer: 'Find the network’s other events in the Bastide agenda.',
          },
          changed: {
            subject: `Event changed: ${title}`,
            body: `The event "${title}" has changed: it will take place ${when} (${where}).`,
            footer: 'Cannot come? Cancel your registration to free the place for someone else.',
          },
          promoted: {
            subject: `A place freed up: ${title}`,
            body: `Good news: a place freed up and you are registered for "${title}", ${when} (${where}).`,
            footer: 'Cannot come? Cancel your registration to free the place for the next person.',
          },
        }[kind];
  const greeting = locale === 'fr' ? `Bonjour ${facts.firstName},` : `Hello ${facts.firstName},`;
  const linkLabel = locale === 'fr' ? 'Voir l’événement' : 'See the event';
  return {
    subject: lines.subject,
    // French puts a space before a colon, English does not.
    text: `${greeting}\n\n${lines.body}\n\n${linkLabel}${locale === 'fr' ? ' :' : ':'} ${facts.link}\n\n${lines.footer}\n`,
    html:
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(lines.body)}</p>` +
      `<p><a href="${escapeHtml(facts.link)}">${escapeHtml(linkLabel)}</a></p>` +
      `<p>${escapeHtml(lines.footer)}</p>`,
  };
}
