import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { BookingReminderMailHandler } from './jobs/booking-mail.handlers';

/** Friday 20 March 2026, 11:00 in Paris: the week before the spring change (Sunday 29 March). */
const NOW = new Date('2026-03-20T10:00:00Z');
const PUBLIC_URL = 'https://bastide.example.fr';
const MAIL_FROM = 'Bastide <ne-pas-repondre@bastide.example.fr>';

interface Invitation {
  method: string;
  contentType: string;
  event: ICAL.Event;
  vevent: ICAL.Component;
}

/** The mail's `text/calendar` part, parsed as a calendar client would. */
function invitationOf(mail: ParsedMail): Invitation {
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error(`No text/calendar part in "${mail.subject}"`);
  const contentType = part.headers.get('content-type') as { value: string; params: Record<string, string> };
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    contentType: `${contentType.value}; method=${contentType.params['method']}`,
    event: new ICAL.Event(events[0]),
    vevent: events[0],
  };
}

describe('booking notifications: calendar invitations and the evening reminder', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let site: TestSite;
  let desks: { id: string }[];

  const reminders = async (bookingId: string): Promise<{ key: string; due_at: Date }[]> =>
    t.dataSource.query(`SELECT key, due_at FROM outbox_messages WHERE kind = 'booking.reminder' AND key = $1`, [
      `booking-reminder-${bookingId}`,
    ]);
  const mailTo = (who: TestAccount, subject: string) =>
    eventually(async () => smtp.to(who.email).find((m) => m.subject === subject));
  const cancellationOf = async (bookingId: string): Promise<{ status: string; reason: string; note: string }> => {
    const [row] = await t.dataSource.query(
      `SELECT status, cancellation_reason AS reason, cancellation_note AS note FROM bookings WHERE id = $1`,
      [bookingId],
    );
    return row;
  };

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({
      clock,
      env: {
        SMTP_URL: await smtp.start(),
        BOOKING_HORIZON_DAYS: '240',
        PUBLIC_URL,
        MAIL_FROM,
      },
    });
    admin = await givenAdmin(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Mirande', address: '3 place de la Mairie, 32300 Mirande' });
    host = await givenHost(t, admin, site.id);
    desks = [];
    for (const name of ['Bureau A', 'Bureau B', 'Bureau C', 'Bureau D']) {
      desks.push(await givenResource(t, host, site.id, { name }));
    }
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('confirms with a METHOD:REQUEST invitation starting at the booking start, and schedules the reminder on the spring eve', async () => {
    const member = await givenMember(t);
    const booking = await givenBooking(t, member, { resourceId: desks[0].id, date: '2026-03-30', slot: 'full_day' });
    expect(booking.start).toBe('2026-03-30T08:30:00+02:00');

    const mail = await mailTo(member, 'Réservation confirmée : Tiers-lieu de Mirande');
    const invitation = invitationOf(mail);
    expect(invitation.contentType).toBe('text/calendar; method=REQUEST');
    expect(invitation.method).toBe('REQUEST');
    expect(invitation.event.uid).toBe(`booking-${booking.id}@bastide.example.fr`);
    expect(invitation.event.sequence).toBe(0);
    expect(invitation.event.startDate.toJSDate().toISOString()).toBe(new Date(String(booking.start)).toISOString());
    expect(invitation.event.endDate.toJSDate().toISOString()).toBe(new Date(String(booking.end)).toISOString());
    expect(invitation.event.startDate.zone.tzid).toBe('UTC');
    expect(invitation.event.summary).toBe('Bureau A · Tiers-lieu de Mirande');
    expect(invitation.event.location).toBe('Tiers-lieu de Mirande, 3 place de la Mairie, 32300 Mirande');
    expect(String(invitation.vevent.getFirstPropertyValue('organizer'))).toBe(
      'mailto:ne-pas-repondre@bastide.example.fr',
    );
    expect(invitation.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');

    // Sunday 29 March is the change day: 18:00 in Paris is then 16:00 UTC (summer time), not 17:00.
    expect((await reminders(booking.id)).map((r) => r.due_at.toISOString())).toEqual(['2026-03-29T16:00:00.000Z']);
  });

  it('schedules the reminder on the autumn eve at 18:00 winter time', async () => {
    const member = await givenMember(t);
    const booking = await givenBooking(t, member, { resourceId: desks[0].id, date: '2026-10-26', slot: 'morning' });
    // Sunday 25 October, the change day back to winter time: 18:00 in Paris is 17:00 UTC.
    expect((await reminders(booking.id)).map((r) => r.due_at.toISOString())).toEqual(['2026-10-25T17:00:00.000Z']);
  });

  it('schedules no reminder for a booking made after 18:00 the day before', async () => {
    try {
      // Tuesday 24 March, 17:59 in Paris: tomorrow's booking still gets its reminder, due one minute later.
      // (Members signed in at the clock's instant: a session from the 20th would have expired.)
      clock.set(new Date('2026-03-24T16:59:00Z'));
      const early = await givenMember(t);
      const inTime = await givenBooking(t, early, { resourceId: desks[1].id, date: '2026-03-25', slot: 'morning' });
      expect((await reminders(inTime.id)).map((r) => r.due_at.toISOString())).toEqual(['2026-03-24T17:00:00.000Z']);
      // 18:30: too late for the evening before.
      clock.set(new Date('2026-03-24T17:30:00Z'));
      const late = await givenMember(t);
      const tooLate = await givenBooking(t, late, { resourceId: desks[2].id, date: '2026-03-25', slot: 'morning' });
      expect(await reminders(tooLate.id)).toEqual([]);
      await mailTo(early, 'Rappel : demain à Tiers-lieu de Mirande');
      await mailTo(late, 'Réservation confirmée : Tiers-lieu de Mirande');
      expect(smtp.to(late.email).filter((m) => m.subject?.startsWith('Rappel'))).toHaveLength(0);
    } finally {
      clock.set(NOW);
    }
  });

  it("a host's cancellation carries METHOD:CANCEL with the same UID, and the reminder then sends nothing", async () => {
    const member = await givenMember(t);
    const booking = await givenBooking(t, member, { resourceId: desks[1].id, date: '2026-04-02', slot: 'morning' });
    const request = invitationOf(await mailTo(member, 'Réservation confirmée : Tiers-lieu de Mirande'));
    await t.http.post(`/api/v1/bookings/${booking.id}/cancel`).set('Authorization', host.bearer).expect(200);

    const mail = await mailTo(member, 'Réservation annulée : Tiers-lieu de Mirande');
    expect(mail.text).toContain("annulée par l'équipe du lieu");
    const cancel = invitationOf(mail);
    expect(cancel.contentType).toBe('text/calendar; method=CANCEL');
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.event.uid).toBe(request.event.uid);
    expect(cancel.event.sequence).toBe(1);
    expect(cancel.vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancel.event.startDate.toJSDate().toISOString()).toBe(new Date(String(booking.start)).toISOString());

    expect(await reminders(booking.id)).toHaveLength(1);
    expect(await t.app.get(BookingReminderMailHandler).handle({ bookingId: booking.id })).toBe('skipped');
  });

  it("the member's own cancellation also sends the CANCEL, worded as theirs, in their language", async () => {
    const member = await givenMember(t);
    await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [member.id]);
    const booking = await givenBooking(t, member, { resourceId: desks[3].id, date: '2026-04-03', slot: 'morning' });
    const request = invitationOf(await mailTo(member, 'Booking confirmed: Tiers-lieu de Mirande'));
    await t.http.post(`/api/v1/bookings/${booking.id}/cancel`).set('Authorization', member.bearer).expect(200);

    const mail = await mailTo(member, 'Booking cancelled: Tiers-lieu de Mirande');
    expect(mail.text).toContain('You cancelled your booking Bureau D — Tiers-lieu de Mirande');
    const cancel = invitationOf(mail);
    expect(cancel.method).toBe('CANCEL');
    expect(cancel.event.uid).toBe(request.event.uid);
    expect(cancel.event.sequence).toBe(1);
  });

  it("a host's cancellation tells the member the host's note, and keeps who and why on the booking", async () => {
    const member = await givenMember(t);
    const booking = await givenBooking(t, member, { resourceId: desks[0].id, date: '2026-04-08', slot: 'morning' });
    const cancel = () => t.http.post(`/api/v1/bookings/${booking.id}/cancel`).set('Authorization', host.bearer);
    // A note longer than 500 characters is refused before anything is cancelled.
    const refused = await cancel()
      .send({ reason: 'x'.repeat(501) })
      .expect(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body.errors.map((e: { field: string }) => e.field)).toEqual(['reason']);
    expect(await cancellationOf(booking.id)).toEqual({ status: 'confirmed', reason: null, note: null });

    await cancel().send({ reason: '  Dégât des eaux dans la salle  ' }).expect(200);
    expect(await cancellationOf(booking.id)).toEqual({
      status: 'cancelled',
      reason: 'host',
      note: 'Dégât des eaux dans la salle',
    });
    const mail = await mailTo(member, 'Réservation annulée : Tiers-lieu de Mirande');
    expect(mail.text).toContain("le mercredi 8 avril 2026 de 08h30 à 13h00, a été annulée par l'équipe du lieu.");
    expect(mail.text).toContain('Motif : Dégât des eaux dans la salle');
  });

  it("an officer's cancellation, without a body, is told as the network's", async () => {
    const member = await givenMember(t);
    const booking = await givenBooking(t, member, { resourceId: desks[1].id, date: '2026-04-08', slot: 'morning' });
    await t.http.post(`/api/v1/bookings/${booking.id}/cancel`).set('Authorization', admin.bearer).expect(200);
    expect(await cancellationOf(booking.id)).toEqual({ status: 'cancelled', reason: 'officer', note: null });
    const mail = await mailTo(member, 'Réservation annulée : Tiers-lieu de Mirande');
    expect(mail.text).toContain("a été annulée par l'équipe du réseau des tiers-lieux.");
    expect(mail.text).not.toContain('Motif');
  });

  it("a closed day's cancellation gives the closure's label, in the member's language", async () => {
    const member = await givenMember(t);
    await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [member.id]);
    const booking = await givenBooking(t, member, { resourceId: desks[2].id, date: '2026-04-09', slot: 'afternoon' });
    await t.http
      .post(`/api/v1/sites/${site.id}/closures`)
      .set('Authorization', host.bearer)
      .send({ date: '2026-04-09', reason: 'travaux' })
      .expect(201);
    expect(await cancellationOf(booking.id)).toEqual({ status: 'cancelled', reason: 'site_closed', note: 'travaux' });
    const mail = await mailTo(member, 'Booking cancelled: Tiers-lieu de Mirande');
    expect(mail.text).toContain('was cancelled because the site is closed that day.');
    expect(mail.text).toContain('Exceptional closure: travaux');
  });

  it("the member's own cancellation is kept as theirs, without their note", async () => {
    const member = await givenMember(t);
    const booking = await givenBooking(t, member, { resourceId: desks[3].id, date: '2026-04-10', slot: 'morning' });
    await t.http
      .post(`/api/v1/bookings/${booking.id}/cancel`)
      .set('Authorization', member.bearer)
      .send({ reason: 'Malade' })
      .expect(200);
    expect(await cancellationOf(booking.id)).toEqual({ status: 'cancelled', reason: 'member', note: null });
    const mail = await mailTo(member, 'Réservation annulée : Tiers-lieu de Mirande');
    expect(mail.text).toContain('Vous avez annulé votre réservation Bureau D');
  });

  it('sends the reminder at 18:00 the evening before, in the member’s language, while the booking holds', async () => {
    const member = await givenMember(t);
    const booking = await givenBooking(t, member, { resourceId: desks[2].id, date: '2026-04-07', slot: 'afternoon' });
    try {
      // Monday 6 April, 18:00 in Paris (summer time).
      clock.set(new Date('2026-04-06T16:00:00Z'));
      const mail = await mailTo(member, 'Rappel : demain à Tiers-lieu de Mirande');
      expect(mail.text).toContain('vous avez réservé Bureau C — Tiers-lieu de Mirande, le mardi 7 avril 2026 de 13h00');
      expect(mail.html).toContain('Bureau C');
      expect(mail.attachments.filter((a) => a.contentType === 'text/calendar')).toHaveLength(0);
      // The outbox marks it sent once the SMTP server accepted it, a moment after the peer parsed it.
      await eventually(async () => {
        const [row] = await t.dataSource.query(`SELECT outcome FROM outbox_messages WHERE key = $1`, [
          `booking-reminder-${booking.id}`,
        ]);
        return row.outcome === 'sent';
      });
    } finally {
      clock.set(NOW);
    }
  });
});
