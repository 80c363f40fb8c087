import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { invitationOf } from '../../testing/calendar-invitation';
import { deleteRegistration, givenEvent, postRegistration } from '../../testing/events-fixtures';
import { givenHost, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { NotificationPreferences } from '../notifications/notification-preferences';
import { EventReminderMailHandler } from './jobs/event-mail.handlers';

/** Friday 20 March 2026, 11:00 in Paris: the week before the spring change (Sunday 29 March). */
const NOW = new Date('2026-03-20T10:00:00Z');
const PUBLIC_URL = 'https://bastide.example.fr';

describe('event notifications: confirmations, waiting line, invitations and the reminder the day before', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let host: TestAccount;
  let site: TestSite;

  const outboxRow = async (key: string): Promise<{ due_at: Date; outcome: string | null } | undefined> =>
    (await t.dataSource.query(`SELECT due_at, outcome FROM outbox_messages WHERE key = $1`, [key]))[0];
  /** The reminders scheduled for a registration, every revision, by due time. */
  const reminders = async (registrationId: string): Promise<{ key: string; due_at: Date; outcome: string | null }[]> =>
    t.dataSource.query(
      `SELECT key, due_at, outcome FROM outbox_messages WHERE kind = 'event.reminder'
         AND payload->>'registrationId' = $1 ORDER BY due_at`,
      [registrationId],
    );
  const handled = (key: string) => eventually(async () => (await outboxRow(key))?.outcome);
  const mailsTo = (who: TestAccount, subject: string) => smtp.to(who.email).filter((m) => m.subject === subject);
  const mailTo = (who: TestAccount, subject: string) => eventually(async () => mailsTo(who, subject)[0]);
  const register = async (who: TestAccount, eventId: string): Promise<{ id: string; status: string }> =>
    (await postRegistration(t, who, eventId).expect(201)).body;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start(), PUBLIC_URL } });
    const admin = await givenAdmin(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Condom' });
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('confirms a registration once, in the member’s language, with a REQUEST whose DTSTART is the event’s start', async () => {
    const event = await givenEvent(t, host, site.id, {
      title: 'Atelier Canva',
      start: '2026-03-30T09:00:00+02:00',
      end: '2026-03-30T11:00:00+02:00',
    });
    const member = await givenMember(t, { locale: 'en', firstName: 'Jane' });
    const registration = await register(member, event.id);
    expect(registration.status).toBe('registered');

    expect(await handled(`event-registered-${registration.id}`)).toBe('sent');
    const mails = mailsTo(member, 'Registration confirmed: Atelier Canva');
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('Hello Jane,');
    expect(mails[0].text).toContain(
      'Your registration is confirmed: "Atelier Canva", on Monday 30 March 2026 from 09:00 to 11:00 (Tiers-lieu de Condom).',
    );
    const invitation = invitationOf(mails[0])!;
    expect(invitation.contentType).toBe('text/calendar; method=REQUEST');
    expect(invitation.method).toBe('REQUEST');
    expect(invitation.event.startDate.toJSDate().toISOString()).toBe('2026-03-30T07:00:00.000Z');
    expect(invitation.event.endDate.toJSDate().toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(invitation.event.sequence).toBe(0);
    expect(invitation.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    // The same entry as the event's own .ics: a calendar holding one updates it from the other.
    const file = await t.http.get(`/api/v1/events/${event.id}.ics`).expect(200);
    const entry = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent')!);
    expect(invitation.event.uid).toBe(entry.uid);
    expect(invitation.event.uid).toBe(`event-${event.id}@bastide.example.fr`);
    expect(mailsTo(member, 'Waiting list: Atelier Canva')).toHaveLength(0);
  });

  it('tells a member in the waiting line their position, without an invitation', async () => {
    const event = await givenEvent(t, host, site.id, { title: 'Atelier RGPD', capacity: 1 });
    await register(await givenMember(t), event.id);
    const first = await givenMember(t, { firstName: 'Lou' });
    const second = await givenMember(t, { locale: 'en' });
    const firstInLine = await register(first, event.id);
    expect(firstInLine).toMatchObject({ status: 'waitlisted', position: 1 });
    const secondInLine = await register(second, event.id);
    expect(secondInLine).toMatchObject({ status: 'waitlisted', position: 2 });

    const french = await mailTo(first, 'Liste d’attente : Atelier RGPD');
    expect(french.text).toContain('Bonjour Lou,');
    expect(french.text).toContain('est complet : vous êtes sur la liste d’attente, en position 1.');
    expect(invitationOf(french)).toBeUndefined();
    const english = await mailTo(second, 'Waiting list: Atelier RGPD');
    expect(english.text).toContain('is full: you are on the waiting list, in position 2.');
    // In line, no confirmation and no reminder.
    expect(await outboxRow(`event-registered-${firstInLine.id}`)).toBeUndefined();
    expect(await reminders(firstInLine.id)).toEqual([]);
  });

  it('schedules the reminder at the same local time the day before, on both eves of a change of clocks', async () => {
    // Monday 30 March 09:00 (summer time): Sunday 29 March 09:00 is 07:00 UTC, 23 hours before.
    const spring = await givenEvent(t, host, site.id, {
      title: 'Café du lundi',
      start: '2026-03-30T09:00:00+02:00',
      end: '2026-03-30T10:00:00+02:00',
    });
    const springRegistration = await register(await givenMember(t), spring.id);
    expect((await reminders(springRegistration.id)).map((r) => r.due_at.toISOString())).toEqual([
      '2026-03-29T07:00:00.000Z',
    ]);
    // Monday 26 October 09:00 (winter time): Sunday 25 October 09:00 is 08:00 UTC, 25 hours before.
    const autumn = await givenEvent(t, host, site.id, {
      title: 'Café d’automne',
      start: '2026-10-26T09:00:00+01:00',
      end: '2026-10-26T10:00:00+01:00',
    });
    const autumnRegistration = await register(await givenMember(t), autumn.id);
    expect((await reminders(autumnRegistration.id)).map((r) => r.due_at.toISOString())).toEqual([
      '2026-10-25T08:00:00.000Z',
    ]);
  });

  it('schedules no reminder for a registration made less than a day before', async () => {
    // Thursday 26 March 10:00 in Paris, for Friday 27 March 09:00: the reminder time has passed.
    const event = await givenEvent(t, host, site.id, { title: 'Café de dernière minute' });
    try {
      clock.set(new Date('2026-03-26T09:00:00Z'));
      const late = await givenMember(t);
      const registration = await register(late, event.id);
      expect(await reminders(registration.id)).toEqual([]);
      expect(await handled(`event-registered-${registration.id}`)).toBe('sent');
    } finally {
      clock.set(NOW);
    }
  });

  it('sends the reminder at its time, and not to a member who cancelled', async () => {
    const event = await givenEvent(t, host, site.id, {
      title: 'Atelier CV',
      start: '2026-04-07T14:00',
      end: '2026-04-07T16:00',
    });
    const staying = await givenMember(t);
    const leaving = await givenMember(t);
    const kept = await register(staying, event.id);
    const left = await register(leaving, event.id);
    await deleteRegistration(t, leaving, event.id).expect(204);
    const [due] = await reminders(kept.id);
    expect(due.due_at.toISOString()).toBe('2026-04-06T12:00:00.000Z');
    try {
      clock.set(due.due_at);
      expect(await handled(due.key)).toBe('sent');
      expect(await handled(`event-reminder-${left.id}-0`)).toBe('skipped');
      const mail = await mailTo(staying, 'Rappel : demain, Atelier CV');
      expect(mail.text).toContain('vous êtes inscrit·e à « Atelier CV », le mardi 7 avril 2026 de 14h00 à 16h00');
      expect(invitationOf(mail)).toBeUndefined();
      expect(mailsTo(leaving, 'Rappel : demain, Atelier CV')).toHaveLength(0);
      expect(await t.app.get(EventReminderMailHandler).handle({ registrationId: left.id, revision: '0' })).toBe(
        'skipped',
      );
    } finally {
      clock.set(NOW);
    }
  });

  it('moves the reminder with the event: one reminder, at the new time, and the change carries the updated invitation', async () => {
    const event = await givenEvent(t, host, site.id, {
      title: 'Atelier LinkedIn',
      start: '2026-04-02T10:00',
      end: '2026-04-02T12:00',
      capacity: 1,
    });
    const member = await givenMember(t);
    const waiting = await givenMember(t);
    const registration = await register(member, event.id);
    await register(waiting, event.id);
    const request = invitationOf(await mailTo(member, 'Inscription confirmée : Atelier LinkedIn'))!;
    await t.http
      .patch(`/api/v1/events/${event.id}`)
      .set('Authorization', host.bearer)
      .send({ start: '2026-04-03T14:00', end: '2026-04-03T16:00' })
      .expect(200);

    const changed = await mailTo(member, 'Événement modifié : Atelier LinkedIn');
    const update = invitationOf(changed)!;
    expect(update.method).toBe('REQUEST');
    expect(update.event.uid).toBe(request.event.uid);
    expect(update.event.sequence).toBe(1);
    expect(update.event.startDate.toJSDate().toISOString()).toBe('2026-04-03T12:00:00.000Z');
    // Those in line hold no place in their calendar: told, without an invitation.
    expect(invitationOf(await mailTo(waiting, 'Événement modifié : Atelier LinkedIn'))).toBeUndefined();

    const scheduled = await reminders(registration.id);
    expect(scheduled.map((r) => [r.key, r.due_at.toISOString()])).toEqual([
      [`event-reminder-${registration.id}-0`, '2026-04-01T08:00:00.000Z'],
      [`event-reminder-${registration.id}-1`, '2026-04-02T12:00:00.000Z'],
    ]);
    try {
      // Past both times: the old one finds the event moved and sends nothing, the new one is the reminder.
      clock.set(new Date('2026-04-02T12:00:00Z'));
      expect(await handled(`event-reminder-${registration.id}-0`)).toBe('skipped');
      expect(await handled(`event-reminder-${registration.id}-1`)).toBe('sent');
      const sent = mailsTo(member, 'Rappel : demain, Atelier LinkedIn');
      expect(sent).toHaveLength(1);
      expect(sent[0].text).toContain('le vendredi 3 avril 2026 de 14h00 à 16h00');
    } finally {
      clock.set(NOW);
    }
  });

  it('gives a member promoted from the line the invitation and a reminder', async () => {
    const event = await givenEvent(t, host, site.id, {
      title: 'Atelier Photo',
      start: '2026-04-09T18:00',
      end: '2026-04-09T20:00',
      capacity: 1,
    });
    const leaving = await givenMember(t);
    const next = await givenMember(t);
    await register(leaving, event.id);
    const inLine = await register(next, event.id);
    expect(await reminders(inLine.id)).toEqual([]);
    await deleteRegistration(t, leaving, event.id).expect(204);

    const promoted = invitationOf(await mailTo(next, 'Une place s’est libérée : Atelier Photo'))!;
    expect(promoted.method).toBe('REQUEST');
    expect(promoted.event.uid).toBe(`event-${event.id}@bastide.example.fr`);
    expect(promoted.event.startDate.toJSDate().toISOString()).toBe('2026-04-09T16:00:00.000Z');
    expect((await reminders(inLine.id)).map((r) => r.due_at.toISOString())).toEqual(['2026-04-08T16:00:00.000Z']);
  });

  it('cancels the invitation with the same UID when the event is cancelled', async () => {
    const event = await givenEvent(t, host, site.id, { title: 'Conférence fibre', capacity: 1 });
    const member = await givenMember(t);
    const waiting = await givenMember(t);
    await register(member, event.id);
    await register(waiting, event.id);
    const request = invitationOf(await mailTo(member, 'Inscription confirmée : Conférence fibre'))!;
    await t.http.post(`/api/v1/events/${event.id}/cancel`).set('Authorization', host.bearer).expect(200);

    const cancel = invitationOf(await mailTo(member, 'Événement annulé : Conférence fibre'))!;
    expect(cancel.contentType).toBe('text/calendar; method=CANCEL');
    expect(cancel.event.uid).toBe(request.event.uid);
    expect(cancel.event.sequence).toBe(request.event.sequence + 1);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(invitationOf(await mailTo(waiting, 'Événement annulé : Conférence fibre'))).toBeUndefined();
  });

  it('sends no reminder to a member who turned reminders off, and still confirms their registration', async () => {
    const event = await givenEvent(t, host, site.id, {
      title: 'Atelier Compta',
      start: '2026-04-14T09:00',
      end: '2026-04-14T10:00',
    });
    const member = await givenMember(t);
    await t.app.get(NotificationPreferences).choose(member.id, { 'event-reminders': false });
    const registration = await register(member, event.id);
    await mailTo(member, 'Inscription confirmée : Atelier Compta');
    const [due] = await reminders(registration.id);
    try {
      clock.set(due.due_at);
      expect(await handled(due.key)).toBe('skipped');
      expect(mailsTo(member, 'Rappel : demain, Atelier Compta')).toHaveLength(0);
    } finally {
      clock.set(NOW);
    }
  });
});
