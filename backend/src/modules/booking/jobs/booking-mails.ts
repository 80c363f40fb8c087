import { DateTime } from 'luxon';
import type { Locale } from '../../identity/entities/user.entity';

export type BookingMailKind = 'confirmed' | 'cancelled' | 'self-cancelled' | 'waitlist-promoted' | 'reminder';

export interface BookingMailFacts {
  firstName: string;
  locale: Locale;
  siteName: string;
  resourceName: string;
  start: Date;
  end: Date;
  timezone: string;
  /** How to get in (door code, key): told in a confirmation only, never in a public page. */
  accessInstructions?: string | null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface Wording {
  subject: string;
  body: string;
  footer: string;
}

type Words = (siteName: string, what: string, when: string) => Wording;

const WORDING: Record<'fr' | 'en', Record<BookingMailKind, Words>> = {
  fr: {
    confirmed: (site, what, when) => ({
      subject: `Réservation confirmée : ${site}`,
      body: `Votre réservation est confirmée : ${what}, ${when}.`,
      footer: 'Un empêchement ? Annulez depuis « Mes réservations » pour libérer la place.',
    }),
    cancelled: (site, what, when) => ({
      subject: `Réservation annulée : ${site}`,
      body: `Votre réservation ${what}, ${when}, a été annulée par l'équipe du lieu.`,
      footer: 'Vous pouvez réserver un autre créneau ou un autre lieu sur Bastide.',
    }),
    'self-cancelled': (site, what, when) => ({
      subject: `Réservation annulée : ${site}`,
      body: `Vous avez annulé votre réservation ${what}, ${when}. La place est libérée.`,
      footer: 'Le rendez-vous est retiré de votre agenda. Vous pouvez réserver un autre créneau sur Bastide.',
    }),
    'waitlist-promoted': (site, what, when) => ({
      subject: `Une place s'est libérée : ${site}`,
      body: `Bonne nouvelle : une place s'est libérée et vous étiez en tête de la liste d'attente. Elle vous est réservée : ${what}, ${when}.`,
      footer: 'Vous ne pouvez plus venir ? Annulez depuis « Mes réservations » pour la laisser à la personne suivante.',
    }),
    reminder: (site, what, when) => ({
      subject: `Rappel : demain à ${site}`,
      body: `Petit rappel : vous avez réservé ${what}, ${when}.`,
      footer: 'Un empêchement ? Annulez depuis « Mes réservations » pour libérer la place.',
    }),
  },
  en: {
    confirmed: (site, what, when) => ({
      subject: `Booking confirmed: ${site}`,
      body: `Your booking is confirmed: ${what}, ${when}.`,
      footer: 'Cannot come? Cancel it from "My bookings" to free the place.',
    }),
    cancelled: (site, what, when) => ({
      subject: `Booking cancelled: ${site}`,
      body: `Your booking ${what}, ${when}, was cancelled by the site's team.`,
      footer: 'You can book another time or another site on Bastide.',
    }),
    'self-cancelled': (site, what, when) => ({
      subject: `Booking cancelled: ${site}`,
      body: `You cancelled your booking ${what}, ${when}. The place is free again.`,
      footer: 'It is removed from your calendar. You can book another time on Bastide.',
    }),
    'waitlist-promoted': (site, what, when) => ({
      subject: `A place freed up: ${site}`,
      body: `Good news: a place freed up and you were first on the waitlist. It is booked for you: ${what}, ${when}.`,
      footer: 'Cannot come after all? Cancel it from "My bookings" so that the next person in line gets it.',
    }),
    reminder: (site, what, when) => ({
      subject: `Reminder: tomorrow at ${site}`,
      body: `A quick reminder: you booked ${what}, ${when}.`,
      footer: 'Cannot come? Cancel it from "My bookings" to free the place.',
    }),
  },
};

/**
 * A booking mail (confirmed, cancelled by the team or by the member, booked from the waitlist, the evening
 * reminder) in the member's language, times in the site's zone.
 */
export function bookingMail(
  kind: BookingMailKind,
  facts: BookingMailFacts,
): { subject: string; text: string; html: string } {
  const locale = facts.locale === 'en' ? 'en' : 'fr';
  const start = DateTime.fromJSDate(facts.start, { zone: facts.timezone }).setLocale(locale);
  const end = DateTime.fromJSDate(facts.end, { zone: facts.timezone }).setLocale(locale);
  const when =
    locale === 'fr'
      ? `le ${start.toFormat('cccc d LLLL yyyy')} de ${start.toFormat("HH'h'mm")} à ${end.toFormat("HH'h'mm")}`
      : `on ${start.toFormat('cccc d LLLL yyyy')} from ${start.toFormat('HH:mm')} to ${end.toFormat('HH:mm')}`;
  const what = `${facts.resourceName} — ${facts.siteName}`;
  const lines = WORDING[locale][kind](facts.siteName, what, when);
  const greeting = locale === 'fr' ? `Bonjour ${facts.firstName},` : `Hello ${facts.firstName},`;
  // Only a mail that gives the member a place tells them how to get in.
  const access = kind !== 'cancelled' && kind !== 'self-cancelled' ? facts.accessInstructions?.trim() : undefined;
  const accessTitle = locale === 'fr' ? 'Pour entrer :' : 'Getting in:';
  return {
    subject: lines.subject,
    text: `${greeting}\n\n${lines.body}\n\n` + (access ? `${accessTitle}\n${access}\n\n` : '') + `${lines.footer}\n`,
    html:
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(lines.body)}</p>` +
      (access
        ? `<p><strong>${escapeHtml(accessTitle)}</strong><br>${escapeHtml(access).replace(/\r?\n/g, '<br>')}</p>`
        : '') +
      `<p>${escapeHtml(lines.footer)}</p>`,
  };
}
