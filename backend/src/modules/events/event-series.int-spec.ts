import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { eventRequest, postRegistration, signedInAgain } from '../../testing/events-fixtures';
import { givenHost, givenResource, givenSite, OFFICE_WEEK, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch: the spring change is on Sunday 29 March. */
const NOW = new Date('2026-03-20T10:00:00Z');

describe('weekly event series', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let host: TestAccount;
  let otherHost: TestAccount;
  let member: TestAccount;
  let site: TestSite;
  let room: { id: string };

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start() } });
    admin = await givenAdmin(t);
    member = await givenMember(t);
    site = await givenSite(t, admin, {
      name: 'Tiers-lieu de Vic',
      openingHours: { ...OFFICE_WEEK, sun: [['09:00', '18:00']] },
    });
    host = await givenHost(t, admin, site.id);
    otherHost = await givenHost(t, admin, (await givenSite(t, admin)).id);
    room = await givenResource(t, host, site.id, { name: 'Salle Garonne', kind: 'meeting_room' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const postSeries = (who: TestAccount | undefined, body: Record<string, unknown>, key?: string) => {
    const request = t.http.post('/api/v1/event-series');
    if (who) request.set('Authorization', who.bearer);
    if (key) request.set('Idempotency-Key', key);
    return request.send(body);
  };
  const weeklyCafe = (overrides: Record<string, unknown> = {}) =>
    eventRequest(site.id, {
      title: 'Café télétravail du mardi',
      start: '2026-03-24T09:00',
      end: '2026-03-24T10:00',
      until: '2026-04-14',
      ...overrides,
    });

  it('makes one event a week at the same local time across the spring change, a taken room week a conflict', async () => {
    await givenBooking(t, member, { resourceId: room.id, start: '2026-04-07T09:30', end: '2026-04-07T10:30' });
    const created = await postSeries(host, weeklyCafe({ roomId: room.id, publish: true }), 'cafe-series').expect(201);
    expect(created.body.created.map((e: { start: string }) => e.start)).toEqual([
      '2026-03-24T09:00:00+01:00',
      '2026-03-31T09:00:00+02:00',
      '2026-04-14T09:00:00+02:00',
    ]);
    expect(created.body.created.every((e: { status: string; seriesId: string }) => e.status === 'published')).toBe(
      true,
    );
    expect(created.body.created[0].seriesId).toBe(created.body.id);
    expect(created.body.conflicts).toEqual([
      { date: '2026-04-07', reason: 'room-taken', detail: expect.stringContaining('Salle Garonne') },
    ]);
    const replay = await postSeries(host, weeklyCafe({ roomId: room.id, publish: true }), 'cafe-series').expect(201);
    expect(replay.body).toEqual(created.body);
    const agenda = await t.http.get('/api/v1/events?from=2026-03-24&to=2026-04-30').expect(200);
    expect(agenda.body.items.filter((e: { seriesId: string }) => e.seriesId === created.body.id)).toHaveLength(3);
  });

  it('reports a week whose local time does not exist, and makes drafts by default', async () => {
    const nightly = await postSeries(
      admin,
      weeklyCafe({ start: '2026-03-22T02:30', end: '2026-03-22T03:30', until: '2026-04-05' }),
    ).expect(201);
    expect(nightly.body.created.map((e: { start: string; status: string }) => [e.start, e.status])).toEqual([
      ['2026-03-22T02:30:00+01:00', 'draft'],
      ['2026-04-05T02:30:00+02:00', 'draft'],
    ]);
    expect(nightly.body.conflicts).toEqual([
      expect.objectContaining({ date: '2026-03-29', reason: 'nonexistent-local-time' }),
    ]);
  });

  it('refuses a series without dates (422), longer than a year (400), and callers who do not manage the site', async () => {
    const none = await postSeries(host, weeklyCafe({ until: '2026-03-23' })).expect(422);
    expect(none.body.type).toMatch(/series-without-dates$/);
    const long = await postSeries(host, weeklyCafe({ until: '2027-06-01' })).expect(400);
    expect(long.body.errors).toEqual([expect.objectContaining({ field: 'until' })]);
    await postSeries(host, weeklyCafe({ until: 'soon' })).expect(400);
    await postSeries(undefined, weeklyCafe()).expect(401);
    await postSeries(member, weeklyCafe()).expect(403);
    await postSeries(otherHost, weeklyCafe()).expect(403);
  });

  it('shows the series to its site’s team and cancels what is left of it, telling every registrant', async () => {
    const created = await postSeries(
      host,
      weeklyCafe({
        title: 'Café du jeudi',
        start: '2026-03-26T09:00',
        end: '2026-03-26T10:00',
        until: '2026-04-09',
        publish: true,
      }),
    ).expect(201);
    const [first, second] = created.body.created;
    await postRegistration(t, member, second.id).expect(201);
    await t.http.get(`/api/v1/event-series/${created.body.id}`).set('Authorization', otherHost.bearer).expect(404);
    await t.http.get(`/api/v1/event-series/${created.body.id}`).set('Authorization', member.bearer).expect(403);
    await t.http.get(`/api/v1/event-series/${created.body.id}`).expect(401);
    await t.http.post(`/api/v1/event-series/${created.body.id}/cancel`).set('Authorization', member.bearer).expect(403);
    await t.http.post(`/api/v1/event-series/${created.body.id}/cancel`).expect(401);
    await t.http.get(`/api/v1/event-series/${created.body.id}`).set('Authorization', host.bearer).expect(200);
    const seen = await t.http
      .get(`/api/v1/event-series/${created.body.id}`)
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(seen.body).toMatchObject({ id: created.body.id, until: '2026-04-09', siteId: site.id, cancelledAt: null });
    expect(seen.body.events).toHaveLength(3);

    // The first occurrence is under way: it stays; the ones to come are cancelled.
    clock.set(new Date('2026-03-26T08:30:00Z'));
    try {
      const [hostNow, otherHostNow] = await Promise.all([host, otherHost].map((who) => signedInAgain(t, who)));
      await t.http
        .post(`/api/v1/event-series/${created.body.id}/cancel`)
        .set('Authorization', otherHostNow.bearer)
        .expect(404);
      const cancelled = await t.http
        .post(`/api/v1/event-series/${created.body.id}/cancel`)
        .set('Authorization', hostNow.bearer)
        .expect(200);
      expect(cancelled.body.cancelledAt).toEqual(expect.any(String));
      expect(cancelled.body.events.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([
        [first.id, 'published'],
        [second.id, 'cancelled'],
        [created.body.created[2].id, 'cancelled'],
      ]);
      // Mails fall due at the clock's time: waited for before the clock goes back.
      await eventually(async () => smtp.to(member.email).find((m) => m.subject === 'Événement annulé : Café du jeudi'));
    } finally {
      clock.set(NOW);
    }
  });
});
