import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');
const MONDAY = '2026-03-23';

describe('no-shows', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let site: TestSite;
  let host: TestAccount;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start() } });
    admin = await givenAdmin(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Fleurance' });
    host = await givenHost(t, admin, site.id);
    await t.http
      .patch(`/api/v1/sites/${site.id}`)
      .set('Authorization', host.bearer)
      .send({ checkInRequired: true, noShowReleaseTime: '10:30' })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const status = async (bookingId: string) =>
    ((await t.dataSource.query(`SELECT status FROM bookings WHERE id = $1`, [bookingId])) as { status: string }[])[0]
      .status;
  /** Access tokens last 15 minutes: after moving the clock, sign in again as the member would. */
  const signIn = async (who: TestAccount) => {
    const response = await t.http.post('/api/v1/auth/login').send({ email: who.email, password: who.password });
    return `Bearer ${response.body.accessToken}`;
  };
  const releasedMails = (who: TestAccount) =>
    smtp.to(who.email).filter((m) => /^(Réservation libérée :|Booking released:)/.test(m.subject ?? ''));
  const markNoShow = (who: TestAccount | undefined, bookingId: string) => {
    const request = t.http.post(`/api/v1/bookings/${bookingId}/no-show`);
    return who ? request.set('Authorization', who.bearer) : request;
  };

  it('lets the site’s team mark a started booking as a no-show, which frees it for the waitlist', async () => {
    // A site of its own, so that its desk does not count in the release test below. Hosts mark no-shows by
    // hand whether or not the site requires check-in.
    const small = await givenSite(t, admin);
    const smallHost = await givenHost(t, admin, small.id);
    const desk = await givenResource(t, smallHost, small.id, { name: 'Poste unique' });
    const holder = await givenMember(t);
    const waiting = await givenMember(t);
    // This afternoon's booking has not started: too early to call it a no-show.
    const later = await givenBooking(t, holder, { resourceId: desk.id, date: '2026-03-20', slot: 'afternoon' });
    const early = await markNoShow(smallHost, later.id).expect(422);
    expect(early.body).toMatchObject({
      type: expect.stringMatching(/booking-not-started$/),
      start: '2026-03-20T13:00:00+01:00',
    });
    await t.http.post(`/api/v1/bookings/${later.id}/cancel`).set('Authorization', holder.bearer).expect(200);

    const started = await givenBooking(t, holder, { resourceId: desk.id, date: '2026-03-20', slot: 'full_day' });
    await t.http
      .post('/api/v1/waitlist')
      .set('Authorization', waiting.bearer)
      .send({ siteId: small.id, kind: 'desk', date: '2026-03-20', slot: 'afternoon' })
      .expect(201);
    await markNoShow(undefined, started.id).expect(401);
    await markNoShow(holder, started.id).expect(403);
    await markNoShow(host, started.id).expect(404);
    await markNoShow(admin, '00000000-0000-4000-8000-000000000000').expect(404);
    const marked = await markNoShow(smallHost, started.id).expect(200);
    expect(marked.body).toMatchObject({ id: started.id, status: 'no_show' });
    expect((await markNoShow(admin, started.id).expect(200)).body.status).toBe('no_show');
    const audit = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId: started.id })
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'booking.no-show', actorId: smallHost.id, details: { holderId: holder.id } }),
    ]);
    // The afternoon goes to the first in line.
    await eventually(async () => {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM bookings WHERE user_id = $1 AND resource_id = $2 AND status = 'confirmed'`,
        [waiting.id, desk.id],
      );
      return row.n === 1;
    });
    const cancelled = await givenBooking(t, holder, { resourceId: desk.id, date: '2026-03-24', slot: 'morning' });
    await t.http.post(`/api/v1/bookings/${cancelled.id}/cancel`).set('Authorization', holder.bearer).expect(200);
    await markNoShow(smallHost, cancelled.id).expect(409);
  });

  it('releases at the release time the bookings nobody checked in, and the waitlist gets the places', async () => {
    const desks: { id: string }[] = [];
    for (const name of ['Poste A', 'Poste B', 'Poste C', 'Poste D']) {
      desks.push(await givenResource(t, host, site.id, { name }));
    }
    const room = await givenResource(t, host, site.id, { name: 'Salle', kind: 'meeting_room' });
    const [absent, present, afternoon, waiting, late] = await Promise.all(
      ['Absent', 'Présente', 'Aprèm', 'Attente', 'Tardif'].map((firstName) =>
        givenMember(t, { firstName, email: `${firstName.toLowerCase()}-${Date.now()}@example.fr` }),
      ),
    );
    const absentBooking = await givenBooking(t, absent, { resourceId: desks[0].id, date: MONDAY, slot: 'full_day' });
    const presentBooking = await givenBooking(t, present, { resourceId: desks[1].id, date: MONDAY, slot: 'morning' });
    const afternoonBooking = await givenBooking(t, afternoon, {
      resourceId: desks[1].id,
      date: MONDAY,
      slot: 'afternoon',
    });
    const english = await givenMember(t, { firstName: 'Ava', locale: 'en' });
    const otherAbsent = await givenBooking(t, english, {
      resourceId: desks[2].id,
      date: MONDAY,
      slot: 'full_day',
    });
    await givenBooking(t, await givenMember(t), { resourceId: desks[3].id, date: MONDAY, slot: 'full_day' });
    // Hours in a room are never released automatically.
    const roomBooking = await givenBooking(t, absent, {
      resourceId: room.id,
      start: `${MONDAY}T09:00:00+01:00`,
      end: `${MONDAY}T10:00:00+01:00`,
    });
    await t.http
      .post('/api/v1/waitlist')
      .set('Authorization', waiting.bearer)
      .send({ siteId: site.id, kind: 'desk', date: MONDAY, slot: 'full_day' })
      .expect(201);

    // One job per site, day and release time: 10:30 for the morning and the full day, 15:00 for the afternoon
    // (13:00 plus the morning's two hours of grace).
    const jobs: { key: string; due_at: Date }[] = await t.dataSource.query(
      `SELECT key, due_at FROM outbox_messages WHERE kind = 'booking.no-show-release' AND payload->>'siteId' = $1
       AND payload->>'date' = $2 ORDER BY due_at`,
      [site.id, MONDAY],
    );
    expect(jobs.map((j) => [j.key, j.due_at.toISOString()])).toEqual([
      [`no-show-release-${site.id}-${MONDAY}-1030`, '2026-03-23T09:30:00.000Z'],
      [`no-show-release-${site.id}-${MONDAY}-1500`, '2026-03-23T14:00:00.000Z'],
    ]);

    // Monday 08:45: one member arrives and checks in.
    clock.set(new Date('2026-03-23T07:45:00Z'));
    await t.http
      .post(`/api/v1/bookings/${presentBooking.id}/check-in`)
      .set('Authorization', await signIn(present))
      .expect(200);

    // 10:30: the full day nobody checked in is released, and goes to the first in line.
    clock.set(new Date('2026-03-23T09:30:00Z'));
    await eventually(async () => (await status(absentBooking.id)) === 'no_show');
    expect(await status(otherAbsent.id)).toBe('no_show');
    expect(await status(presentBooking.id)).toBe('checked_in');
    expect(await status(afternoonBooking.id)).toBe('confirmed');
    expect(await status(roomBooking.id)).toBe('confirmed');
    const promoted = await eventually(async () => {
      const [row] = await t.dataSource.query(
        `SELECT id, resource_id FROM bookings WHERE user_id = $1 AND status = 'confirmed'`,
        [waiting.id],
      );
      return row as { id: string; resource_id: string } | undefined;
    });
    expect(promoted.resource_id).toBe(desks[0].id);
    await eventually(async () => smtp.to(waiting.email).find((m) => m.subject?.startsWith("Une place s'est libérée")));
    // Each member released is told, in their language, when and how to check in next time.
    const released = await eventually(async () => releasedMails(absent)[0]);
    expect(released.subject).toBe('Réservation libérée : Tiers-lieu de Fleurance');
    expect(released.text).toContain('Bonjour Absent,');
    expect(released.text).toContain('le lundi 23 mars 2026 de 08h30 à 18h00, a été libérée');
    expect(released.text).toContain("la vôtre ne l'était pas à 10h30");
    expect(released.text).toContain('« Je suis arrivé·e »');
    expect(released.html).toContain('<html lang="fr">');
    const inEnglish = await eventually(async () => releasedMails(english)[0]);
    expect(inEnglish.subject).toBe('Booking released: Tiers-lieu de Fleurance');
    expect(inEnglish.text).toContain('Hello Ava,');
    expect(inEnglish.text).toContain('you had not checked in by 10:30');
    // The released desk cannot be checked in any more.
    await t.http
      .post(`/api/v1/bookings/${absentBooking.id}/check-in`)
      .set('Authorization', await signIn(absent))
      .expect(409);

    // 10:45: a late booking for this morning (on the other desk released, the line being served) is not held
    // to a release time already past.
    clock.set(new Date('2026-03-23T09:45:00Z'));
    const lateBooking = (
      await t.http
        .post('/api/v1/bookings')
        .set('Authorization', await signIn(late))
        .send({ siteId: site.id, kind: 'desk', date: MONDAY, slot: 'morning' })
        .expect(201)
    ).body;
    expect(lateBooking.resourceName).toBe('Poste C');

    // 15:00: the afternoon nobody checked in is released; the late morning and the promoted day are not.
    clock.set(new Date('2026-03-23T14:00:00Z'));
    await eventually(async () => (await status(afternoonBooking.id)) === 'no_show');
    expect(await status(lateBooking.id)).toBe('confirmed');
    expect(await status(promoted.id)).toBe('confirmed');
    // The afternoon's release time is its own (13:00 plus the morning's grace); each released member gets one
    // mail, whatever the later release jobs of the day; nobody who checked in or was not released gets one.
    const afternoonMail = await eventually(async () => releasedMails(afternoon)[0]);
    expect(afternoonMail.text).toContain('de 13h00 à 18h00, a été libérée');
    expect(afternoonMail.text).toContain("la vôtre ne l'était pas à 15h00");
    expect(releasedMails(absent)).toHaveLength(1);
    expect(releasedMails(english)).toHaveLength(1);
    for (const member of [present, waiting, late]) expect(releasedMails(member)).toEqual([]);
    const keys: { key: string }[] = await t.dataSource.query(
      `SELECT key FROM outbox_messages WHERE kind = 'booking.no-show-released' AND payload->>'bookingId' = $1`,
      [absentBooking.id],
    );
    expect(keys).toEqual([{ key: `booking-no-show-${absentBooking.id}` }]);
  });
});
