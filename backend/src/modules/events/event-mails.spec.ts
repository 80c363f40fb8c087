import { describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type { AppConfig } from '../../config/app-config';
import type { Locale } from '../identity/entities/user.entity';
import { MailTemplates } from '../notifications/mail-templates';
import { eventInvitation } from './event-calendar-file';
import type { EventRow } from './event-records';
import { eventReminderDueAt } from './event-reminders';
import { eventMailData, EventMailFacts } from './jobs/event-mail-data';

const PUBLIC_URL = 'https://bastide.example.fr';
const templates = new MailTemplates({ publicUrl: PUBLIC_URL } as AppConfig);

const event: EventMailFacts['event'] = {
  id: '6f1c2a52-5b0e-4c55-9d52-7c8e1b2f0a11',
  title: 'Atelier <Canva>',
  // Friday 27 March 2026, 09:00 to 10:30 in Paris (winter time).
  starts_at: new Date('2026-03-27T08:00:00Z'),
  ends_at: new Date('2026-03-27T09:30:00Z'),
  timezone: 'Europe/Paris',
  site_name: 'Tiers-lieu de Vic',
  room_name: 'Salle Garonne',
  online_url: null,
};

function render(name: string, locale: Locale, overrides: Partial<EventMailFacts> = {}) {
  const facts: EventMailFacts = { firstName: 'Léa', position: null, event, ...overrides };
  return templates.render(`events/${name}`, locale, eventMailData(facts, locale, PUBLIC_URL));
}

/** Each mail in each language: its subject and the sentence that says what happened. */
const MAILS: [string, Locale, string, string][] = [
  [
    'registered',
    'fr',
    'Inscription confirmée : Atelier <Canva>',
    'Votre inscription est confirmée : « Atelier <Canva> », le vendredi 27 mars 2026 de 09h00 à 10h30 (Tiers-lieu de Vic (Salle Garonne)).',
  ],
  [
    'registered',
    'en',
    'Registration confirmed: Atelier <Canva>',
    'Your registration is confirmed: "Atelier <Canva>", on Friday 27 March 2026 from 09:00 to 10:30 (Tiers-lieu de Vic (Salle Garonne)).',
  ],
  [
    'waitlisted',
    'fr',
    'Liste d’attente : Atelier <Canva>',
    'est complet : vous êtes sur la liste d’attente, en position 3.',
  ],
  ['waitlisted', 'en', 'Waiting list: Atelier <Canva>', 'is full: you are on the waiting list, in position 3.'],
  [
    'reminder',
    'fr',
    'Rappel : demain, Atelier <Canva>',
    'Petit rappel : vous êtes inscrit·e à « Atelier <Canva> », le vendredi 27 mars 2026 de 09h00 à 10h30',
  ],
  [
    'reminder',
    'en',
    'Reminder: tomorrow, Atelier <Canva>',
    'A reminder: you are registered for "Atelier <Canva>", on Friday 27 March 2026 from 09:00 to 10:30',
  ],
  [
    'promoted',
    'fr',
    'Une place s’est libérée : Atelier <Canva>',
    'une place s’est libérée, vous êtes inscrit·e à « Atelier <Canva> », le vendredi 27 mars 2026',
  ],
  [
    'promoted',
    'en',
    'A place freed up: Atelier <Canva>',
    'a place freed up and you are registered for "Atelier <Canva>", on Friday 27 March 2026',
  ],
  ['changed', 'fr', 'Événement modifié : Atelier <Canva>', 'a changé : il aura lieu le vendredi 27 mars 2026 de 09h00'],
  [
    'changed',
    'en',
    'Event changed: Atelier <Canva>',
    'has changed: it will take place on Friday 27 March 2026 from 09:00',
  ],
  [
    'cancelled',
    'fr',
    'Événement annulé : Atelier <Canva>',
    'L’événement « Atelier <Canva> » prévu le vendredi 27 mars 2026 de 09h00 à 10h30 (Tiers-lieu de Vic (Salle Garonne)) est annulé.',
  ],
  [
    'cancelled',
    'en',
    'Event cancelled: Atelier <Canva>',
    'The event "Atelier <Canva>" planned on Friday 27 March 2026 from 09:00 to 10:30 (Tiers-lieu de Vic (Salle Garonne)) is cancelled.',
  ],
];

describe('event mails', () => {
  it.each(MAILS)('%s in %s: subject, key sentence, link, nothing undefined', (name, locale, subject, sentence) => {
    const mail = render(name, locale, { position: name === 'waitlisted' ? 3 : null });

    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(locale === 'fr' ? 'Bonjour Léa,' : 'Hello Léa,');
    expect(mail.text).toContain(sentence);
    expect(mail.text).toContain(`${PUBLIC_URL}/agenda/${event.id}`);
    expect(mail.html).toContain(`<html lang="${locale}">`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/agenda/${event.id}"`);
    // The title is a value: escaped in the HTML, as written in the text.
    expect(mail.html).toContain('Atelier &lt;Canva&gt;');
    expect(mail.html).not.toContain('<Canva>');
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toMatch(/undefined|null|\[object/);
      expect(part).not.toContain('{{');
    }
  });

  it('says where an online event or a network-wide one happens, and one running over several days', () => {
    const online = { ...event, site_name: null, room_name: null, online_url: 'https://visio.example.fr/atelier' };
    expect(render('registered', 'fr', { event: online }).text).toContain(
      '(en ligne : https://visio.example.fr/atelier).',
    );
    expect(render('registered', 'en', { event: online }).text).toContain('(online: https://visio.example.fr/atelier).');
    const nowhere = { ...event, site_name: null, room_name: null };
    expect(render('reminder', 'fr', { event: nowhere }).text).toContain('(dans le réseau des tiers-lieux).');
    expect(render('reminder', 'en', { event: nowhere }).text).toContain('(across the network of tiers-lieux).');
    const twoDays = { ...event, ends_at: new Date('2026-03-28T16:00:00Z') };
    expect(render('changed', 'fr', { event: twoDays }).text).toContain(
      'du vendredi 27 mars 2026 à 09h00 au samedi 28 mars 2026 à 17h00',
    );
    expect(render('changed', 'en', { event: twoDays }).text).toContain(
      'from Friday 27 March 2026 at 09:00 to Saturday 28 March 2026 at 17:00',
    );
  });

  it('greets a member without a first name without a blank', () => {
    expect(render('cancelled', 'fr', { firstName: null }).text).toMatch(/^Bonjour,\n/);
    expect(render('cancelled', 'en', { firstName: null }).text).toMatch(/^Hello,\n/);
  });
});

describe('event invitation', () => {
  const row = {
    ...event,
    description: 'Un atelier.',
    status: 'published',
    revision: 2,
    created_at: new Date('2026-03-01T10:00:00Z'),
    updated_at: new Date('2026-03-02T10:00:00Z'),
    commune_name: 'Vic-Fezensac',
  } as EventRow;
  const context = {
    publicUrl: PUBLIC_URL,
    mailFrom: 'Bastide <ne-pas-repondre@bastide.example.fr>',
    stamp: new Date(),
  };

  it('is the event file’s entry as a REQUEST (same UID, SEQUENCE the revision), and a CANCEL once cancelled', () => {
    const request = new ICAL.Component(ICAL.parse(eventInvitation('REQUEST', row, context).content));
    expect(request.getFirstPropertyValue('method')).toBe('REQUEST');
    const entry = new ICAL.Event(request.getFirstSubcomponent('vevent')!);
    expect(entry.uid).toBe(`event-${event.id}@bastide.example.fr`);
    expect(entry.sequence).toBe(2);
    expect(entry.startDate.toJSDate().toISOString()).toBe('2026-03-27T08:00:00.000Z');
    expect(String(request.getFirstSubcomponent('vevent')!.getFirstPropertyValue('organizer'))).toBe(
      'mailto:ne-pas-repondre@bastide.example.fr',
    );

    const cancel = new ICAL.Component(
      ICAL.parse(eventInvitation('CANCEL', { ...row, status: 'cancelled' }, context).content),
    );
    expect(cancel.getFirstPropertyValue('method')).toBe('CANCEL');
    const cancelled = cancel.getFirstSubcomponent('vevent')!;
    expect(new ICAL.Event(cancelled).uid).toBe(entry.uid);
    expect(new ICAL.Event(cancelled).sequence).toBe(3);
    expect(cancelled.getFirstPropertyValue('status')).toBe('CANCELLED');
  });
});

describe('event reminder time', () => {
  const due = (start: string) => eventReminderDueAt(new Date(start), 'Europe/Paris').toISO();

  it('is the same wall-clock time the day before, across the changes of clocks', () => {
    // Monday 30 March 09:00 (summer time) → Sunday 29 March 09:00, the day the clocks went forward: 23 hours.
    expect(due('2026-03-30T07:00:00Z')).toBe('2026-03-29T09:00:00.000+02:00');
    // Monday 26 October 09:00 (winter time) → Sunday 25 October 09:00, the day they went back: 25 hours.
    expect(due('2026-10-26T08:00:00Z')).toBe('2026-10-25T09:00:00.000+01:00');
    expect(due('2026-04-15T16:30:00Z')).toBe('2026-04-14T18:30:00.000+02:00');
  });

  it('is the moment the clocks jump when that time does not exist, the later one when it exists twice', () => {
    // Monday 30 March 02:30: Sunday 29 March has no 02:30 in Paris; the next instant that exists is 03:00.
    expect(due('2026-03-30T00:30:00Z')).toBe('2026-03-29T03:00:00.000+02:00');
    // Monday 26 October 02:30: Sunday 25 October has two; the later (winter time) is exactly 24 hours before.
    expect(due('2026-10-26T01:30:00Z')).toBe('2026-10-25T02:30:00.000+01:00');
  });
});
