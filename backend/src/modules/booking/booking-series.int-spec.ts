import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking } from '../../testing/booking-fixtures';
import { givenMemberPlan, givenPlan } from '../../testing/plans-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch. Easter Monday is 6 April 2026. */
const NOW = new Date('2026-03-20T10:00:00Z');

interface Created {
  id: string;
  created: { id: string; date: string; resourceId: string; resourceName: string; seriesId: string; status: string }[];
  conflicts: { date: string; reason: string; detail: string }[];
}

describe('booking series over HTTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let member: TestAccount;
  let other: TestAccount;
  let site: TestSite;
  let host: TestAccount;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start() } });
    admin = await givenAdmin(t);
    member = await givenMember(t, { email: `lou-${Date.now()}@example.fr` });
    other = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Mirande' });
    host = await givenHost(t, admin, site.id);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const postSeries = (who: TestAccount | undefined, body: Record<string, unknown>, key?: string) => {
    const request = t.http.post('/api/v1/booking-series');
    if (who) request.set('Authorization', who.bearer);
    if (key) request.set('Idempotency-Key', key);
    return request.send(body);
  };
  const deleteSeries = (who: TestAccount | undefined, id: string, query: Record<string, string> = {}) => {
    const request = t.http.delete(`/api/v1/booking-series/${id}`).query(query);
    if (who) request.set('Authorization', who.bearer);
    return request;
  };
  const statuses = async (ids: string[]) => {
    const rows: { id: string; status: string }[] = await t.dataSource.query(
      `SELECT id, status FROM bookings WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.status]));
  };

  it('books every free date and reports a taken date and a public holiday as conflicts, each with its reason', async () => {
    const desk = await givenResource(t, host, site.id, { name: 'Bureau du lundi' });
    await givenBooking(t, other, { resourceId: desk.id, date: '2026-04-13', slot: 'full_day' });
    const response = await postSeries(member, {
      resourceId: desk.id,
      weekdays: [1],
      slot: 'full_day',
      from: '2026-03-23',
      until: '2026-04-20',
    }).expect(201);
    const body = response.body as Created;
    expect(body.created.map((b) => b.date)).toEqual(['2026-03-23', '2026-03-30', '2026-04-20']);
    expect(body.created.every((b) => b.seriesId === body.id && b.status === 'confirmed')).toBe(true);
    expect(body.conflicts).toEqual([
      { date: '2026-04-06', reason: 'site-closed', detail: expect.stringContaining('public holiday') },
      { date: '2026-04-13', reason: 'booking-conflict', detail: expect.stringContaining('already booked') },
    ]);
    // Each booking is a booking like any other: confirmed by mail.
    await eventually(
      async () => smtp.to(member.email).filter((m) => m.subject?.startsWith('Réservation confirmée')).length >= 3,
    );
    const mine = await t.http.get('/api/v1/me/booking-series').set('Authorization', member.bearer).expect(200);
    expect(mine.body.items[0]).toMatchObject({
      id: body.id,
      siteId: site.id,
      siteName: 'Tiers-lieu de Mirande',
      resourceId: desk.id,
      resourceName: 'Bureau du lundi',
      kind: 'desk',
      weekdays: [1],
      slot: 'full_day',
      from: '2026-03-23',
      until: '2026-04-20',
      nextDates: ['2026-03-23', '2026-03-30', '2026-04-20'],
      upcomingCount: 3,
      cancelledAt: null,
      conflicts: body.conflicts,
    });
  });

  it('takes any free desk of a kind date by date, the same one whenever it is free, and skips days already booked', async () => {
    const small = await givenSite(t, admin);
    const a = await givenResource(t, admin, small.id, { name: 'A' });
    await givenResource(t, admin, small.id, { name: 'B' });
    await givenBooking(t, other, { resourceId: a.id, date: '2026-03-26', slot: 'morning' });
    await givenBooking(t, member, { siteId: small.id, kind: 'desk', date: '2026-03-31', slot: 'morning' });
    const body = (
      await postSeries(member, {
        siteId: small.id,
        kind: 'desk',
        weekdays: [2, 4, 6],
        slot: 'morning',
        from: '2026-03-24',
        until: '2026-04-02',
      }).expect(201)
    ).body as Created;
    expect(body.created.map((b) => [b.date, b.resourceName])).toEqual([
      ['2026-03-24', 'A'],
      ['2026-03-26', 'B'],
      ['2026-04-02', 'A'],
    ]);
    expect(body.conflicts.map((c) => [c.date, c.reason])).toEqual([
      ['2026-03-28', 'site-closed'],
      ['2026-03-31', 'already-booked'],
    ]);
  });

  it('reports the dates beyond the member’s quota as conflicts', async () => {
    const pack = await givenPlan(t, admin, { kind: 'pack', days: 1.5 });
    const limited = await givenMember(t);
    await givenMemberPlan(t, admin, limited, pack.id, '2026-03-01');
    const desk = await givenResource(t, host, site.id);
    const body = (
      await postSeries(limited, {
        resourceId: desk.id,
        weekdays: [2],
        slot: 'full_day',
        from: '2026-03-24',
        until: '2026-04-07',
      }).expect(201)
    ).body as Created;
    expect(body.created.map((b) => b.date)).toEqual(['2026-03-24']);
    expect(body.conflicts.map((c) => [c.date, c.reason])).toEqual([
      ['2026-03-31', 'quota-exceeded'],
      ['2026-04-07', 'quota-exceeded'],
    ]);
    expect(body.conflicts[0].detail).toContain('0.5 day left');
  });

  it('replays an Idempotency-Key, also for two identical requests at once', async () => {
    const desk = await givenResource(t, host, site.id);
    const request = { resourceId: desk.id, weekdays: [3], slot: 'afternoon', from: '2026-03-25', until: '2026-04-15' };
    const [first, second] = await Promise.all([
      postSeries(member, request, 'weds-1'),
      postSeries(member, request, 'weds-1'),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body).toEqual(first.body);
    const again = await postSeries(member, request, 'weds-1').expect(201);
    expect(again.body.id).toBe(first.body.id);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM bookings WHERE resource_id = $1`, [
      desk.id,
    ]);
    expect(n).toBe(4);
  });

  it('refuses a malformed request with 400, and one against the rules with 422', async () => {
    const desk = await givenResource(t, host, site.id);
    const base = { resourceId: desk.id, weekdays: [1], slot: 'morning', from: '2026-04-01', until: '2026-04-30' };
    for (const [change, field] of [
      [{ weekdays: [] }, 'weekdays'],
      [{ weekdays: [0] }, 'weekdays'],
      [{ weekdays: [8] }, 'weekdays'],
      [{ weekdays: [1, 1] }, 'weekdays'],
      [{ slot: 'evening' }, 'slot'],
      [{ from: '2026-04-31' }, 'from'],
      [{ until: '2026-03-31' }, 'until'],
      [{ siteId: site.id }, 'siteId'],
    ] as const) {
      const refused = await postSeries(member, { ...base, ...change }).expect(400);
      expect(refused.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const beyond = await postSeries(member, { ...base, until: '2026-12-31' }).expect(422);
    expect(beyond.body).toMatchObject({
      type: expect.stringMatching(/beyond-booking-horizon$/),
      lastDate: '2026-09-16',
    });
    const past = await postSeries(member, { ...base, from: '2026-03-16' }).expect(422);
    expect(past.body.type).toMatch(/booking-in-past$/);
    const none = await postSeries(member, { ...base, weekdays: [7], from: '2026-04-01', until: '2026-04-03' }).expect(
      422,
    );
    expect(none.body.type).toMatch(/series-without-dates$/);
    await postSeries(member, { ...base, resourceId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    const draft = await givenSite(t, admin, {}, 'draft');
    await postSeries(member, { ...base, resourceId: undefined, siteId: draft.id, kind: 'desk' }).expect(404);
    await postSeries(undefined, base).expect(401);
  });

  it('cancels a range of dates (a holiday), one date, then the rest; only its member may', async () => {
    const desk = await givenResource(t, host, site.id);
    const body = (
      await postSeries(member, {
        resourceId: desk.id,
        weekdays: [2, 4],
        slot: 'morning',
        from: '2026-03-24',
        until: '2026-04-16',
      }).expect(201)
    ).body as Created;
    const byDate = new Map(body.created.map((b) => [b.date, b.id]));
    expect([...byDate.keys()]).toEqual([
      '2026-03-24',
      '2026-03-26',
      '2026-03-31',
      '2026-04-02',
      '2026-04-07',
      '2026-04-09',
      '2026-04-14',
      '2026-04-16',
    ]);

    await deleteSeries(undefined, body.id).expect(401);
    await deleteSeries(other, body.id).expect(404);
    await deleteSeries(host, body.id).expect(404);
    await deleteSeries(admin, body.id).expect(404);
    await deleteSeries(member, '00000000-0000-4000-8000-000000000000').expect(404);
    await deleteSeries(member, 'not-an-id').expect(404);
    await deleteSeries(member, body.id, { from: '2026-04-10', to: '2026-04-01' }).expect(400);

    await deleteSeries(member, body.id, { from: '2026-03-30', to: '2026-04-03' }).expect(204);
    let now = await statuses(body.created.map((b) => b.id));
    expect(body.created.filter((b) => now.get(b.id) === 'cancelled').map((b) => b.date)).toEqual([
      '2026-03-31',
      '2026-04-02',
    ]);
    await deleteSeries(member, body.id, { from: '2026-04-09', to: '2026-04-09' }).expect(204);
    expect((await statuses([byDate.get('2026-04-09')!])).get(byDate.get('2026-04-09')!)).toBe('cancelled');
    const [listed] = (await t.http.get('/api/v1/me/booking-series').set('Authorization', member.bearer).expect(200))
      .body.items;
    expect(listed).toMatchObject({ id: body.id, upcomingCount: 5, cancelledAt: null });
    expect(listed.nextDates).toEqual(['2026-03-24', '2026-03-26', '2026-04-07', '2026-04-14', '2026-04-16']);

    await deleteSeries(member, body.id).expect(204);
    now = await statuses(body.created.map((b) => b.id));
    expect(body.created.every((b) => now.get(b.id) === 'cancelled')).toBe(true);
    const [ended] = (await t.http.get('/api/v1/me/booking-series').set('Authorization', member.bearer).expect(200)).body
      .items;
    expect(ended).toMatchObject({
      id: body.id,
      upcomingCount: 0,
      nextDates: [],
      cancelledAt: '2026-03-20T11:00:00+01:00',
    });
    await deleteSeries(member, body.id).expect(204); // nothing left: still done
    // The freed desk can be booked again.
    await givenBooking(t, other, { resourceId: desk.id, date: '2026-04-07', slot: 'morning' });
  });

  it('keeps the bookings past the cancellation cut-off, and refuses a range that holds one', async () => {
    const strict = await givenSite(t, admin);
    await t.http
      .patch(`/api/v1/sites/${strict.id}`)
      .set('Authorization', admin.bearer)
      .send({ cancellationCutoff: { kind: 'day_before_at', time: '18:00' } })
      .expect(200);
    const desk = await givenResource(t, admin, strict.id);
    const body = (
      await postSeries(member, {
        resourceId: desk.id,
        weekdays: [5],
        slot: 'afternoon',
        from: '2026-03-20',
        until: '2026-04-03',
      }).expect(201)
    ).body as Created;
    expect(body.created.map((b) => b.date)).toEqual(['2026-03-20', '2026-03-27', '2026-04-03']);
    const late = await deleteSeries(member, body.id, { from: '2026-03-20', to: '2026-03-27' }).expect(422);
    expect(late.body.type).toMatch(/cancellation-cutoff$/);
    await deleteSeries(member, body.id).expect(204);
    const now = await statuses(body.created.map((b) => b.id));
    expect(body.created.map((b) => now.get(b.id))).toEqual(['confirmed', 'cancelled', 'cancelled']);
  });

  it('lists only the caller’s own series', async () => {
    const theirs = await t.http.get('/api/v1/me/booking-series').set('Authorization', other.bearer).expect(200);
    expect(theirs.body).toEqual({ items: [], total: 0 });
    const mine = await t.http.get('/api/v1/me/booking-series?limit=2').set('Authorization', member.bearer).expect(200);
    expect(mine.body.items).toHaveLength(2);
    expect(mine.body.total).toBeGreaterThan(2);
    await t.http.get('/api/v1/me/booking-series').expect(401);
  });

  // Each series books its dates inside one transaction: a lookup there through the pool instead of the
  // transaction waits for a second connection, and with more series at once than the pool has connections
  // (20) every connection waits for another and the API hangs.
  it('books 30 series of named desks sent at once, more than the pool has connections', async () => {
    const crowdSite = await givenSite(t, admin, { name: 'Tiers-lieu de Vic-Fezensac' });
    const crowd = await Promise.all(Array.from({ length: 30 }, () => givenMember(t)));
    const desks: { id: string }[] = [];
    for (let i = 0; i < crowd.length; i++)
      desks.push(await givenResource(t, admin, crowdSite.id, { name: `Bureau ${i}` }));
    const responses = await Promise.all(
      crowd.map((who, i) =>
        postSeries(who, {
          resourceId: desks[i].id,
          weekdays: [2, 4],
          slot: 'morning',
          from: '2026-03-24',
          until: '2026-04-02',
        }).timeout(20_000),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(crowd.length).fill(201));
    expect(responses.map((r) => (r.body as Created).created.length)).toEqual(Array(crowd.length).fill(4));
  });
});
