import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking, postBooking } from '../../testing/booking-fixtures';
import { givenMemberPlan, givenPlan } from '../../testing/plans-fixtures';
import { givenHost, givenResource, givenSite, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { WaitlistService } from './waitlist.service';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');
const PROMOTED = "Une place s'est libérée";

describe('waitlists over HTTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let site: TestSite;
  let host: TestAccount;
  let otherHost: TestAccount;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start() } });
    admin = await givenAdmin(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Condom' });
    host = await givenHost(t, admin, site.id);
    otherHost = await givenHost(t, admin, (await givenSite(t, admin)).id);
    await t.http
      .patch(`/api/v1/sites/${site.id}`)
      .set('Authorization', host.bearer)
      .send({ accessInstructions: 'Sonnez à l’interphone « Bastide ».' })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  const join = (who: TestAccount | undefined, body: Record<string, unknown>, key?: string) => {
    const request = t.http.post('/api/v1/waitlist');
    if (who) request.set('Authorization', who.bearer);
    if (key) request.set('Idempotency-Key', key);
    return request.send(body);
  };
  const myWaitlist = async (who: TestAccount) =>
    (await t.http.get('/api/v1/me/waitlist').set('Authorization', who.bearer).expect(200)).body;
  const cancel = (who: TestAccount, bookingId: string) =>
    t.http.post(`/api/v1/bookings/${bookingId}/cancel`).set('Authorization', who.bearer).expect(200);
  const activeBookings = async (who: TestAccount, date: string) => {
    const rows: { id: string; resource_id: string }[] = await t.dataSource.query(
      `SELECT b.id, b.resource_id FROM bookings b JOIN sites s ON s.id = b.site_id
       WHERE b.user_id = $1 AND b.status IN ('confirmed', 'checked_in')
         AND (lower(b.during) AT TIME ZONE s.timezone)::date = $2::date`,
      [who.id, date],
    );
    return rows;
  };
  const promotedMails = (who: TestAccount) => smtp.to(who.email).filter((m) => m.subject?.startsWith(PROMOTED));

  /** A site with `desks` desks, all booked on `date` (full day) by members of their own. */
  const givenFullSite = async (desks: number, date: string) => {
    const full = await givenSite(t, admin, { name: `Tiers-lieu plein ${desks}` });
    const holders: { who: TestAccount; bookingId: string }[] = [];
    for (let i = 0; i < desks; i++) {
      const desk = await givenResource(t, admin, full.id, { name: `Poste ${i + 1}` });
      const who = await givenMember(t);
      holders.push({
        who,
        bookingId: (await givenBooking(t, who, { resourceId: desk.id, date, slot: 'full_day' })).id,
      });
    }
    return { full, holders };
  };

  it('books the first in line when places free, in order and exactly once, and tells them by mail', async () => {
    const date = '2026-03-24';
    const desks: { id: string }[] = [];
    for (const name of ['Poste 1', 'Poste 2']) desks.push(await givenResource(t, host, site.id, { name }));
    const holders = [await givenMember(t), await givenMember(t)];
    const booked: { id: string }[] = [];
    for (const [i, holder] of holders.entries()) {
      booked.push(await givenBooking(t, holder, { resourceId: desks[i].id, date, slot: 'full_day' }));
    }
    const line: TestAccount[] = [];
    for (const name of ['Inès', 'Jules', 'Karim']) {
      line.push(await givenMember(t, { firstName: name, email: `${name.toLowerCase()}-${Date.now()}@example.fr` }));
    }
    const entries: Record<string, unknown>[] = [];
    for (const who of line) {
      entries.push((await join(who, { siteId: site.id, kind: 'desk', date, slot: 'full_day' }).expect(201)).body);
    }
    expect(entries.map((e) => e.position)).toEqual([1, 2, 3]);
    expect(entries[0]).toMatchObject({ status: 'waiting', siteId: site.id, kind: 'desk', date, slot: 'full_day' });

    await cancel(holders[0], booked[0].id);
    await eventually(async () => (await activeBookings(line[0], date)).length === 1);
    expect((await myWaitlist(line[1])).items[0]).toMatchObject({ status: 'waiting', position: 1 });
    await cancel(holders[1], booked[1].id);
    await eventually(async () => (await activeBookings(line[1], date)).length === 1);

    const first = (await myWaitlist(line[0])).items[0];
    expect(first).toMatchObject({
      id: entries[0].id,
      status: 'promoted',
      position: null,
      bookingId: expect.any(String),
    });
    expect((await myWaitlist(line[2])).items[0]).toMatchObject({ status: 'waiting', position: 1 });
    const mail = await eventually(async () => promotedMails(line[0])[0]);
    expect(mail.subject).toBe(`${PROMOTED} : Tiers-lieu de Condom`);
    expect(mail.text).toContain('Bonjour Inès');
    expect(mail.text).toContain('Sonnez à l’interphone « Bastide ».');
    expect(mail.html).toContain('liste d&#39;attente');
    await eventually(async () => promotedMails(line[1]).length === 1);

    // Running the promotion again, even many times at once, books no one twice.
    const waitlist = t.app.get(WaitlistService);
    expect(await Promise.all(Array.from({ length: 5 }, () => waitlist.promoteLine(site.id, 'desk', date)))).toEqual([
      0, 0, 0, 0, 0,
    ]);
    expect(await activeBookings(line[0], date)).toHaveLength(1);
    expect(await activeBookings(line[1], date)).toHaveLength(1);
    expect(await activeBookings(line[2], date)).toHaveLength(0);
    expect(promotedMails(line[0])).toHaveLength(1);
    expect(promotedMails(line[2])).toHaveLength(0);
  });

  it('promotes each entry once when several workers race for the places freed', async () => {
    const date = '2026-03-25';
    // More places free than people waiting: a worker that did not wait for another could book one twice.
    const { full, holders } = await givenFullSite(3, date);
    const line = [await givenMember(t), await givenMember(t)];
    for (const who of line) await join(who, { siteId: full.id, kind: 'desk', date, slot: 'morning' }).expect(201);
    // Freed behind the outbox's back, so that only the racing promotions below can fill the desks.
    await t.dataSource.query(
      `UPDATE bookings SET status = 'cancelled', cancellation_reason = 'member' WHERE id = ANY($1::uuid[])`,
      [holders.map((h) => h.bookingId)],
    );
    const waitlist = t.app.get(WaitlistService);
    const promoted = await Promise.all(Array.from({ length: 6 }, () => waitlist.promoteLine(full.id, 'desk', date)));
    expect(promoted.reduce((a, b) => a + b, 0)).toBe(2);
    expect((await activeBookings(line[0], date)).length).toBe(1);
    expect((await activeBookings(line[1], date)).length).toBe(1);
  });

  it('frees places for the line on a series cancellation and on an account erasure, and skips who holds one', async () => {
    const date = '2026-03-26';
    const { full, holders } = await givenFullSite(2, date);
    const [alreadyBooked, waiting, last] = [await givenMember(t), await givenMember(t), await givenMember(t)];
    for (const who of [alreadyBooked, waiting, last]) {
      await join(who, { siteId: full.id, kind: 'desk', date, slot: 'afternoon' }).expect(201);
    }
    // The first in line found a desk elsewhere at the site meanwhile: skipped, with the reason.
    const extra = await givenResource(t, admin, full.id, { name: 'Poste ajouté' });
    await givenBooking(t, alreadyBooked, { resourceId: extra.id, date, slot: 'afternoon' });

    await t.http.delete('/api/v1/me').set('Authorization', holders[0].who.bearer).expect(204);
    await eventually(async () => (await activeBookings(waiting, date)).length === 1);
    expect((await myWaitlist(alreadyBooked)).items[0]).toMatchObject({
      status: 'skipped',
      reason: 'already-booked',
      position: null,
    });
    expect((await myWaitlist(last)).items[0]).toMatchObject({ status: 'waiting', position: 1 });

    // A series cut short frees its dates too.
    const seriesSite = await givenSite(t, admin);
    const desk = await givenResource(t, admin, seriesSite.id);
    const regular = await givenMember(t);
    const series = await t.http
      .post('/api/v1/booking-series')
      .set('Authorization', regular.bearer)
      .send({ resourceId: desk.id, weekdays: [5], slot: 'morning', from: '2026-03-27', until: '2026-04-10' })
      .expect(201);
    await join(last, { siteId: seriesSite.id, kind: 'desk', date: '2026-04-03', slot: 'morning' }).expect(201);
    await t.http
      .delete(`/api/v1/booking-series/${series.body.id}`)
      .query({ from: '2026-04-03', to: '2026-04-03' })
      .set('Authorization', regular.bearer)
      .expect(204);
    await eventually(async () => (await activeBookings(last, '2026-04-03')).length === 1);
  });

  it('skips, and marks with the reason, the first in line whose quota is used up', async () => {
    const date = '2026-03-31';
    const { full, holders } = await givenFullSite(1, date);
    const pack = await givenPlan(t, admin, { kind: 'pack', days: 1 });
    const [limited, next] = [await givenMember(t), await givenMember(t)];
    await givenMemberPlan(t, admin, limited, pack.id, '2026-03-01');
    for (const who of [limited, next]) {
      await join(who, { siteId: full.id, kind: 'desk', date, slot: 'morning' }).expect(201);
    }
    // The pack's only day goes elsewhere meanwhile.
    await givenBooking(t, limited, { siteId: site.id, kind: 'desk', date: '2026-04-01', slot: 'full_day' });
    await cancel(holders[0].who, holders[0].bookingId);
    await eventually(async () => (await activeBookings(next, date)).length === 1);
    expect((await myWaitlist(limited)).items.find((e: { date: string }) => e.date === date)).toMatchObject({
      status: 'skipped',
      reason: 'quota-exceeded',
      position: null,
    });
    expect(await activeBookings(limited, date)).toHaveLength(0);
  });

  it('gives positions, lets a member leave the line, and refuses what cannot be waited for', async () => {
    const date = '2026-03-27';
    const { full, holders } = await givenFullSite(1, date);
    const body = { siteId: full.id, kind: 'desk', date, slot: 'full_day' };
    const [a, b, c] = [await givenMember(t), await givenMember(t), await givenMember(t)];
    const first = (await join(a, body, 'line-a').expect(201)).body;
    expect((await join(a, body, 'line-a').expect(201)).body).toEqual(first);
    const second = (await join(b, body).expect(201)).body;
    await join(c, body).expect(201);
    const again = await join(b, body).expect(409);
    expect(again.body.type).toMatch(/already-in-line$/);
    const holding = await join(holders[0].who, body).expect(409);
    expect(holding.body.type).toMatch(/already-booked$/);

    await t.http.delete(`/api/v1/waitlist/${second.id}`).set('Authorization', a.bearer).expect(404);
    await t.http.delete(`/api/v1/waitlist/${second.id}`).expect(401);
    await t.http.delete(`/api/v1/waitlist/${second.id}`).set('Authorization', b.bearer).expect(204);
    await t.http.delete(`/api/v1/waitlist/${second.id}`).set('Authorization', b.bearer).expect(404);
    await t.http.delete('/api/v1/waitlist/nope').set('Authorization', b.bearer).expect(404);
    expect((await myWaitlist(c)).items[0].position).toBe(2);
    // Back in line: at the end.
    expect((await join(b, body).expect(201)).body.position).toBe(3);

    const expect422 = async (change: Record<string, unknown>, type: string) => {
      const refused = await join(a, { ...body, ...change }).expect(422);
      expect(refused.body.type).toMatch(new RegExp(`${type}$`));
    };
    await expect422({ date: '2026-03-28' }, 'site-closed');
    await expect422({ date: '2026-03-19' }, 'booking-in-past');
    await expect422({ date: '2026-12-01' }, 'beyond-booking-horizon');
    await expect422({ kind: 'meeting_room' }, 'no-resource-of-kind');
    await expect422({ date: '2026-03-30' }, 'place-available');
    const invalid = await join(a, { siteId: full.id, kind: 'sofa', date: '2026-03-32', slot: 'evening' }).expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['date', 'kind', 'slot']);
    await join(a, { ...body, siteId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    await join(a, { ...body, siteId: (await givenSite(t, admin, {}, 'draft')).id }).expect(404);
    await join(undefined, body).expect(401);

    // A closure ends the day's lines: nobody will be booked that day.
    await t.http
      .post(`/api/v1/sites/${full.id}/closures`)
      .set('Authorization', admin.bearer)
      .send({ date, reason: 'Inventaire' })
      .expect(201);
    expect((await myWaitlist(a)).items[0]).toMatchObject({ status: 'skipped', reason: 'site-closed' });
  });

  it('shows a site’s lines to its hosts and officers only', async () => {
    const date = '2026-03-30';
    const desk = await givenResource(t, host, site.id);
    const others = await t.dataSource.query(`SELECT id FROM resources WHERE site_id = $1 AND id <> $2`, [
      site.id,
      desk.id,
    ]);
    for (const other of others)
      await givenBooking(t, await givenMember(t), { resourceId: other.id, date, slot: 'morning' });
    await givenBooking(t, await givenMember(t), { resourceId: desk.id, date, slot: 'morning' });
    const waiting = await givenMember(t, { firstName: 'Lina', lastName: 'Roux' });
    await join(waiting, { siteId: site.id, kind: 'desk', date, slot: 'morning' }).expect(201);
    const list = (who?: TestAccount, siteId = site.id) => {
      const request = t.http.get(`/api/v1/sites/${siteId}/waitlist`).query({ date });
      return who ? request.set('Authorization', who.bearer) : request;
    };
    const byHost = await list(host).expect(200);
    expect(byHost.body).toEqual({
      items: [
        expect.objectContaining({
          userId: waiting.id,
          firstName: 'Lina',
          lastName: 'Roux',
          email: waiting.email,
          position: 1,
          status: 'waiting',
          slot: 'morning',
        }),
      ],
      total: 1,
    });
    await list(admin).expect(200);
    await list(otherHost).expect(403);
    await list(waiting).expect(403);
    await list(undefined).expect(401);
    await list(admin, '00000000-0000-4000-8000-000000000000').expect(404);
    await t.http.get(`/api/v1/sites/${site.id}/waitlist`).set('Authorization', host.bearer).expect(400);
    await t.http.get('/api/v1/me/waitlist').expect(401);
    await postBooking(t, waiting, { siteId: site.id, kind: 'desk', date, slot: 'morning' }).expect(409);
  });
});
