import { DateTime } from 'luxon';
import type { Locale } from '../../identity/entities/user.entity';

export type BookingMailKind = 'confirmed' | 'cancelled';

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

/** The confirmation or cancellation mail, in the member's language, times in the site's zone. */
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
  const lines =
    locale === 'fr'
      ? kind === 'confirmed'
        ? {
            subject: `Réservation confirmée : ${facts.siteName}`,
            greeting: `Bonjour ${facts.firstName},`,
            body: `Votre réservation est confirmée : ${what}, ${when}.`,
            footer: 'Un empêchement ? Annulez depuis « Mes réservations » pour libérer la place.',
          }
        : {
            subject: `Réservation annulée : ${facts.siteName}`,
            greeting: `Bonjour ${facts.firstName},`,
            body: `Votre réservation ${what}, ${when}, a été annulée par l'équipe du lieu.`,
            footer: 'Vous pouvez réserver un autre créneau ou un autre lieu sur Bastide.',
          }
      : kind === 'confirmed'
        ? {
            subject: `Booking confirmed: ${facts.siteName}`,
            greeting: `Hello ${facts.firstName},`,
            body: `Your booking is confirmed: ${what}, ${when}.`,
            footer: 'Cannot come? Cancel it from "My bookings" to free the place.',
          }
        : {
            subject: `Booking cancelled: ${facts.siteName}`,
            greeting: `Hello ${facts.firstName},`,
            body: `Your booking ${what}, ${when}, was cancelled by the site's team.`,
            footer: 'You can book another time or another site on Bastide.',
          };
  const access = kind === 'confirmed' ? facts.accessInstructions?.trim() : undefined;
  const accessTitle = locale === 'fr' ? 'Pour entrer :' : 'Getting in:';
  return {
    subject: lines.subject,
    text:
      `${lines.greeting}\n\n${lines.body}\n\n` + (access ? `${accessTitle}\n${access}\n\n` : '') + `${lines.footer}\n`,
    html:
      `<p>${escapeHtml(lines.greeting)}</p><p>${escapeHtml(lines.body)}</p>` +
      (access
        ? `<p><strong>${escapeHtml(accessTitle)}</strong><br>${escapeHtml(access).replace(/\r?\n/g, '<br>')}</p>`
        : '') +
      `<p>${escapeHtml(lines.footer)}</p>`,
  };
}
