import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../../config/app-config';
import { MailTemplates } from '../../notifications/mail-templates';
import { bookingMailData, BookingMailFacts, cancellationMailData } from './booking-mail.handlers';

const templates = new MailTemplates({ publicUrl: 'https://bastide.example' } as AppConfig);

/** Monday 30 March 2026, 08:30 to 13:00 in Paris (summer time since the day before). */
const FACTS: BookingMailFacts = {
  firstName: 'Léa',
  siteName: 'Tiers-lieu d’Auch',
  resourceName: 'Bureau <1>',
  start: new Date('2026-03-30T06:30:00Z'),
  end: new Date('2026-03-30T11:00:00Z'),
  timezone: 'Europe/Paris',
  access: 'Code de la porte : 4721\nClé dans la boîte n° 3',
};

interface Expected {
  subject: string;
  says: string;
  /** Whether the mail tells how to get in (only the mails that give a place). */
  access: boolean;
  /** The call to action's link. */
  action: string;
}

const MAILS: Record<string, Record<'fr' | 'en', Expected>> = {
  confirmed: {
    fr: {
      subject: 'Réservation confirmée : Tiers-lieu d’Auch',
      says: 'Votre réservation est confirmée : Bureau <1> — Tiers-lieu d’Auch, le lundi 30 mars 2026 de 08h30 à 13h00.',
      access: true,
      action: 'Voir mes réservations : https://bastide.example/mon-espace/reservations',
    },
    en: {
      subject: 'Booking confirmed: Tiers-lieu d’Auch',
      says: 'Your booking is confirmed: Bureau <1> — Tiers-lieu d’Auch, on Monday 30 March 2026 from 08:30 to 13:00.',
      access: true,
      action: 'See my bookings: https://bastide.example/mon-espace/reservations',
    },
  },
  cancelled: {
    fr: {
      subject: 'Réservation annulée : Tiers-lieu d’Auch',
      says: "le lundi 30 mars 2026 de 08h30 à 13h00, a été annulée par l'équipe du lieu.",
      access: false,
      action: 'Réserver : https://bastide.example/mon-espace/reserver',
    },
    en: {
      subject: 'Booking cancelled: Tiers-lieu d’Auch',
      says: "on Monday 30 March 2026 from 08:30 to 13:00, was cancelled by the site's team.",
      access: false,
      action: 'Book: https://bastide.example/mon-espace/reserver',
    },
  },
  'self-cancelled': {
    fr: {
      subject: 'Réservation annulée : Tiers-lieu d’Auch',
      says: 'Vous avez annulé votre réservation Bureau <1> — Tiers-lieu d’Auch, le lundi 30 mars 2026 de 08h30 à 13h00.',
      access: false,
      action: 'Réserver : https://bastide.example/mon-espace/reserver',
    },
    en: {
      subject: 'Booking cancelled: Tiers-lieu d’Auch',
      says: 'You cancelled your booking Bureau <1> — Tiers-lieu d’Auch, on Monday 30 March 2026 from 08:30 to 13:00.',
      access: false,
      action: 'Book: https://bastide.example/mon-espace/reserver',
    },
  },
  'waitlist-promoted': {
    fr: {
      subject: "Une place s'est libérée : Tiers-lieu d’Auch",
      says: 'Elle vous est réservée : Bureau <1> — Tiers-lieu d’Auch, le lundi 30 mars 2026 de 08h30 à 13h00.',
      access: true,
      action: 'Voir mes réservations : https://bastide.example/mon-espace/reservations',
    },
    en: {
      subject: 'A place freed up: Tiers-lieu d’Auch',
      says: 'It is booked for you: Bureau <1> — Tiers-lieu d’Auch, on Monday 30 March 2026 from 08:30 to 13:00.',
      access: true,
      action: 'See my bookings: https://bastide.example/mon-espace/reservations',
    },
  },
  reminder: {
    fr: {
      subject: 'Rappel : demain à Tiers-lieu d’Auch',
      says: 'Petit rappel : vous avez réservé Bureau <1> — Tiers-lieu d’Auch, le lundi 30 mars 2026 de 08h30 à 13h00.',
      access: true,
      action: 'Voir mes réservations : https://bastide.example/mon-espace/reservations',
    },
    en: {
      subject: 'Reminder: tomorrow at Tiers-lieu d’Auch',
      says: 'A quick reminder: you booked Bureau <1> — Tiers-lieu d’Auch, on Monday 30 March 2026 from 08:30 to 13:00.',
      access: true,
      action: 'See my bookings: https://bastide.example/mon-espace/reservations',
    },
  },
  'no-show-released': {
    fr: {
      subject: 'Réservation libérée : Tiers-lieu d’Auch',
      says: "ce lieu demande d'enregistrer son arrivée, et la vôtre ne l'était pas à 10h30.",
      access: false,
      action: 'Voir mes réservations : https://bastide.example/mon-espace/reservations',
    },
    en: {
      subject: 'Booking released: Tiers-lieu d’Auch',
      says: 'this site asks members to check in when they arrive, and you had not checked in by 10:30.',
      access: false,
      action: 'See my bookings: https://bastide.example/mon-espace/reservations',
    },
  },
};

describe('booking mail templates', () => {
  it('exist in French and English', () => {
    expect(() => templates.check(Object.keys(MAILS).map((name) => `booking/${name}`))).not.toThrow();
  });

  for (const [name, languages] of Object.entries(MAILS)) {
    for (const locale of ['fr', 'en'] as const) {
      it(`renders booking/${name} in ${locale} with what the handler gives`, () => {
        const expected = languages[locale];
        const data = {
          ...bookingMailData({ ...FACTS, access: expected.access ? FACTS.access : null }, locale),
          // What the no-show and cancelled handlers add; extra values are harmless to the other templates.
          releaseTime: locale === 'fr' ? '10h30' : '10:30',
          ...cancellationMailData(null, null),
        };
        const mail = templates.render(`booking/${name}`, locale, data);

        expect(mail.subject).toBe(expected.subject);
        expect(mail.text).toContain(locale === 'fr' ? 'Bonjour Léa,' : 'Hello Léa,');
        expect(mail.text.replace(/\n/g, ' ')).toContain(expected.says);
        expect(mail.text).toContain(expected.action);
        expect(mail.html).toContain(`<html lang="${locale}">`);
        expect(mail.html).toContain('Bureau &lt;1&gt;');
        expect(mail.html).not.toContain('Bureau <1>');
        const getIn = locale === 'fr' ? 'Pour entrer :' : 'Getting in:';
        if (expected.access) {
          expect(mail.text).toContain(`${getIn}\nCode de la porte : 4721\nClé dans la boîte n° 3`);
          expect(mail.html).toContain('Code de la porte : 4721<br>Clé dans la boîte n° 3');
        } else {
          expect(mail.text).not.toContain(getIn);
          expect(mail.text).not.toContain('4721');
        }
        for (const part of [mail.subject, mail.text, mail.html]) {
          expect(part).not.toMatch(/undefined|\[object|\{\{/);
        }
      });
    }
  }
});

describe('booking/cancelled says who cancelled and why', () => {
  const CASES: {
    reason: Parameters<typeof cancellationMailData>[0];
    note: string | null;
    fr: string[];
    en: string[];
  }[] = [
    {
      reason: 'host',
      note: '  Dégât des eaux <b>  ',
      fr: ["a été annulée par l'équipe du lieu.", 'Motif : Dégât des eaux <b>'],
      en: ["was cancelled by the site's team.", 'Reason: Dégât des eaux <b>'],
    },
    {
      reason: 'officer',
      note: 'Lieu retiré du réseau',
      fr: ["a été annulée par l'équipe du réseau des tiers-lieux.", 'Motif : Lieu retiré du réseau'],
      en: ["was cancelled by the network's team.", 'Reason: Lieu retiré du réseau'],
    },
    {
      reason: 'site_closed',
      note: 'travaux',
      fr: ['a été annulée : le lieu est fermé ce jour-là.', 'Fermeture exceptionnelle : travaux'],
      en: ['was cancelled because the site is closed that day.', 'Exceptional closure: travaux'],
    },
    // Cancelled before reasons were kept: the general wording, and no note paragraph.
    {
      reason: null,
      note: null,
      fr: ["a été annulée par l'équipe du lieu."],
      en: ["was cancelled by the site's team."],
    },
  ];

  for (const { reason, note, fr, en } of CASES) {
    for (const locale of ['fr', 'en'] as const) {
      it(`${reason ?? 'unknown'}, in ${locale}`, () => {
        const data = { ...bookingMailData({ ...FACTS, access: null }, locale), ...cancellationMailData(reason, note) };
        const mail = templates.render('booking/cancelled', locale, data);
        const text = mail.text.replace(/\n/g, ' ');
        for (const sentence of locale === 'fr' ? fr : en) expect(text).toContain(sentence);
        const label = locale === 'fr' ? /Motif :|Fermeture exceptionnelle :/ : /Reason:|Exceptional closure:/;
        if (!note) expect(mail.text).not.toMatch(label);
        // A host's note is text: escaped in the HTML part.
        if (note?.includes('<b>')) {
          expect(mail.html).toContain('Dégât des eaux &lt;b&gt;');
          expect(mail.html).not.toContain('<b>');
        }
      });
    }
  }
});
