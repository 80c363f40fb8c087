import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { postBooking } from '../../testing/booking-fixtures';
import { givenMemberPlan, givenPlan } from '../../testing/plans-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { NotificationPreferences } from '../notifications/notification-preferences';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');

describe('bookings on behalf of a member (phone bookings)', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let member: TestAccount;
  let other: TestAccount;
  let site: TestSite;
  let host: TestAccount;
  let otherHost: TestAccount;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start() } });
    admin = await givenAdmin(t);
    member = await givenMember(t, { email: `paulette-${Date.now()}@example.fr`, firstName: 'Paulette' });
    other = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Samatan' });
    host = await givenHost(t, admin, site.id);
    otherHost = await givenHost(t, admin, (await givenSite(t, admin)).id);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('lets a host of the site book for a member: the booking and its mail are the member’s, the act audited', async () => {
    const desk = await givenResource(t, host, site.id, { name: 'Poste téléphone' });
    const booked = await postBooking(t, host, {
      resourceId: desk.id,
      date: '2026-03-24',
      slot: 'morning',
      userId: member.id,
    }).expect(201);
    expect(booked.body).toMatchObject({ userId: member.id, resourceId: desk.id, status: 'confirmed' });
    const mine = await t.http.get('/api/v1/me/bookings').set('Authorization', member.bearer).expect(200);
    expect(mine.body.items.map((b: { id: string }) => b.id)).toContain(booked.body.id);
    const mail = await eventually(async () =>
      smtp.to(member.email).find((m) => m.subject === 'Réservation confirmée : Tiers-lieu de Samatan'),
    );
    expect(mail.text).toContain('Bonjour Paulette');
    expect(smtp.to(host.email).filter((m) => m.subject?.startsWith('Réservation confirmée'))).toHaveLength(0);
    const audit = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId: booked.body.id })
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        action: 'booking.create-on-behalf',
        actorId: host.id,
        details: { holderId: member.id, siteId: site.id },
      }),
    ]);
    // An officer may too, for any site.
    await postBooking(t, admin, {
      siteId: site.id,
      kind: 'desk',
      date: '2026-03-25',
      slot: 'morning',
      userId: other.id,
    })
      .expect(201)
      .then((r) => expect(r.body.userId).toBe(other.id));
  });

  it('refuses anyone else with 403, and an unknown member with 404', async () => {
    const desk = await givenResource(t, host, site.id);
    const body = { resourceId: desk.id, date: '2026-03-26', slot: 'morning', userId: member.id };
    const byOtherHost = await postBooking(t, otherHost, body).expect(403);
    expect(byOtherHost.body.type).toMatch(/not-site-host$/);
    await postBooking(t, other, body).expect(403);
    await postBooking(t, undefined, body).expect(401);
    await postBooking(t, host, { ...body, userId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await postBooking(t, host, { ...body, userId: 'someone' }).expect(400);
    // Naming oneself is an ordinary booking.
    const own = await postBooking(t, member, body).expect(201);
    expect(own.body.userId).toBe(member.id);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'booking.create-on-behalf' AND subject_id = $1`,
      [own.body.id],
    );
    expect(n).toBe(0);
  });

  it('keeps the host’s Idempotency-Key apart from the member’s, and counts the member’s quota', async () => {
    const desk = await givenResource(t, host, site.id);
    const body = { resourceId: desk.id, date: '2026-03-27', slot: 'morning', userId: other.id };
    const first = await postBooking(t, host, body, 'phone-1').expect(201);
    expect((await postBooking(t, host, body, 'phone-1').expect(201)).body).toEqual(first.body);
    // The member's own request with the same key is another request.
    const theirs = await postBooking(
      t,
      other,
      { resourceId: desk.id, date: '2026-03-27', slot: 'afternoon' },
      'phone-1',
    );
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(first.body.id);

    const pack = await givenPlan(t, admin, { kind: 'pack', days: 1 });
    const limited = await givenMember(t);
    await givenMemberPlan(t, admin, limited, pack.id, '2026-03-01');
    await postBooking(t, host, { ...body, date: '2026-03-30', slot: 'full_day', userId: limited.id }).expect(201);
    const over = await postBooking(t, host, {
      ...body,
      date: '2026-03-31',
      slot: 'morning',
      userId: limited.id,
    }).expect(422);
    expect(over.body.type).toMatch(/quota-exceeded$/);
  });

  it('confirms a booking made for the member even when they turned off the confirmations of their own', async () => {
    const quiet = await givenMember(t, { firstName: 'Quentin' });
    await t.app.get(NotificationPreferences).choose(quiet.id, { 'booking-confirmations': false });
    const desk = await givenResource(t, host, site.id);
    const own = await postBooking(t, quiet, { resourceId: desk.id, date: '2026-04-01', slot: 'morning' }).expect(201);
    const forThem = await postBooking(t, host, {
      resourceId: desk.id,
      date: '2026-04-01',
      slot: 'afternoon',
      userId: quiet.id,
    }).expect(201);
    const outcome = async (bookingId: string) =>
      (
        (await t.dataSource.query(`SELECT outcome FROM outbox_messages WHERE key = $1`, [
          `booking-confirmed-${bookingId}`,
        ])) as { outcome: string | null }[]
      )[0]?.outcome;
    expect(await eventually(async () => outcome(own.body.id))).toBe('skipped');
    expect(await eventually(async () => outcome(forThem.body.id))).toBe('sent');
    const mails = smtp.to(quiet.email).filter((m) => m.subject?.startsWith('Réservation confirmée'));
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain('le mercredi 1 avril 2026 de 13h');
  });
});
