import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { EXCLUSION_VIOLATION } from '../../database/postgres-errors';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking, postBooking } from '../../testing/booking-fixtures';
import { givenHost, givenResource, givenSite, OFFICE_WEEK, TestSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';

/** Friday 20 March 2026, 11:00 in Auch: a week before the spring change. */
const NOW = new Date('2026-03-20T10:00:00Z');

describe('bookings over HTTP', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  const clock = new FixedClock(NOW);
  let admin: TestAccount;
  let member: TestAccount;
  let other: TestAccount;
  let site: TestSite;
  let host: TestAccount;
  let otherSite: TestSite;
  let otherHost: TestAccount;
  let desk: { id: string };
  let sundaySite: TestSite;
  let sundayDesk: { id: string };

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({ clock, env: { SMTP_URL: await smtp.start(), BOOKING_HORIZON_DAYS: '240' } });
    admin = await givenAdmin(t);
    member = await givenMember(t, { email: `camille-${Date.now()}@example.fr` });
    await t.dataSource.query(`UPDATE users SET home_commune_code = '31555' WHERE id = $1`, [member.id]);
    other = await givenMember(t);
    site = await givenSite(t, admin, { name: 'Tiers-lieu de Vic' });
    host = await givenHost(t, admin, site.id);
    otherSite = await givenSite(t, admin);
    otherHost = await givenHost(t, admin, otherSite.id);
    desk = await givenResource(t, host, site.id, { name: 'Bureau 1' });
    sundaySite = await givenSite(t, admin, {
      name: 'Tiers-lieu du dimanche',
      openingHours: { ...OFFICE_WEEK, sun: [['09:00', '18:00']] },
    });
    sundayDesk = await givenResource(t, admin, sundaySite.id, { name: 'Bureau D' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('books a half-day at the right local instants, snapshots the home commune and mails a confirmation', async () => {
    const booked = await postBooking(t, member, { resourceId: desk.id, date: '2026-03-27', slot: 'morning' }).expect(
      201,
    );
    expect(booked.body).toMatchObject({
      id: expect.any(String),
      resourceId: desk.id,
      siteId: site.id,
      userId: member.id,
      start: '2026-03-27T08:30:00+01:00',
      end: '2026-03-27T13:00:00+01:00',
      status: 'confirmed',
      slot: 'morning',
    });
    const [row] = await t.dataSource.query(`SELECT home_commune_code FROM bookings WHERE id = $1`, [booked.body.id]);
    expect(row.home_commune_code).toBe('31555');
    const mail = await eventually(async () =>
      smtp.to(member.email).find((m) => m.subject === 'Réservation confirmée : Tiers-lieu de Vic'),
    );
    expect(mail.text).toContain('de 08h30 à 13h00');
    expect(mail.html).toContain('Bureau 1');
  });

  it('places slots after the spring change in summer time, and on the change day itself', async () => {
    const monday = await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-30', slot: 'full_day' });
    expect([monday.start, monday.end]).toEqual(['2026-03-30T08:30:00+02:00', '2026-03-30T18:00:00+02:00']);
    const custom = await givenBooking(t, member, {
      resourceId: desk.id,
      start: '2026-03-31T09:00:00+02:00',
      end: '2026-03-31T10:30:00+02:00',
    });
    expect([custom.start, custom.end, custom.slot]).toEqual([
      '2026-03-31T09:00:00+02:00',
      '2026-03-31T10:30:00+02:00',
      'custom',
    ]);
    const sunday = await givenBooking(t, member, { resourceId: sundayDesk.id, date: '2026-03-29', slot: 'morning' });
    expect([sunday.start, sunday.end]).toEqual(['2026-03-29T09:00:00+02:00', '2026-03-29T13:00:00+02:00']);
    // A local time the clocks skip is refused, not shifted.
    const skipped = await postBooking(t, member, {
      resourceId: sundayDesk.id,
      start: '2026-03-29T02:30:00',
      end: '2026-03-29T10:00:00',
    }).expect(422);
    expect(skipped.body.type).toMatch(/nonexistent-local-time$/);
    // Inputs accept any offset: 07:00Z is 09:00 in Paris on 1 April.
    const utc = await givenBooking(t, member, {
      resourceId: desk.id,
      start: '2026-04-01T07:00:00Z',
      end: '2026-04-01T08:00:00Z',
    });
    expect(utc.start).toBe('2026-04-01T09:00:00+02:00');
  });

  it('places the autumn-change Sunday in winter time', async () => {
    const sunday = await givenBooking(t, member, { resourceId: sundayDesk.id, date: '2026-10-25', slot: 'full_day' });
    expect([sunday.start, sunday.end]).toEqual(['2026-10-25T09:00:00+01:00', '2026-10-25T18:00:00+01:00']);
    const before = await givenBooking(t, member, { resourceId: sundayDesk.id, date: '2026-10-18', slot: 'full_day' });
    expect(before.start).toBe('2026-10-18T09:00:00+02:00');
  });

  it('refuses with 422 a closed day, a closure, a public holiday, the past, beyond the horizon and outside hours', async () => {
    const expect422 = async (body: Record<string, unknown>, type: string) => {
      const response = await postBooking(t, member, { resourceId: desk.id, ...body }).expect(422);
      expect(response.body).toMatchObject({ status: 422, type: expect.stringMatching(new RegExp(`${type}$`)) });
      expect(response.body.detail).toEqual(expect.any(String));
      return response.body;
    };
    expect((await expect422({ date: '2026-03-28', slot: 'full_day' }, 'site-closed')).detail).toMatch(
      /no opening hours/,
    );
    await t.http
      .post(`/api/v1/sites/${site.id}/closures`)
      .set('Authorization', host.bearer)
      .send({ date: '2026-04-08', reason: 'Travaux' })
      .expect(201);
    expect((await expect422({ date: '2026-04-08', slot: 'morning' }, 'site-closed')).detail).toMatch(/Travaux/);
    expect((await expect422({ date: '2026-04-06', slot: 'morning' }, 'site-closed')).detail).toMatch(/public holiday/);
    await expect422({ date: '2026-03-19', slot: 'afternoon' }, 'booking-in-past');
    await expect422({ date: '2026-11-20', slot: 'morning' }, 'beyond-booking-horizon');
    await expect422({ start: '2026-03-27T07:00:00+01:00', end: '2026-03-27T08:30:00+01:00' }, 'outside-opening-hours');
    await expect422({ start: '2026-03-27T09:10:00+01:00', end: '2026-03-27T10:00:00+01:00' }, 'not-on-half-hour');
    const removed = await givenResource(t, host, site.id);
    await t.http.delete(`/api/v1/resources/${removed.id}`).set('Authorization', host.bearer).expect(204);
    await postBooking(t, member, { resourceId: removed.id, date: '2026-03-27', slot: 'morning' }).expect(422);
  });

  it('answers 400 for a request of no known shape and 404 for an unknown resource', async () => {
    const bad = await postBooking(t, member, { resourceId: desk.id, date: '2026-03-27' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['slot']);
    await postBooking(t, member, { resourceId: desk.id, date: '2026-03-27', slot: 'evening' }).expect(400);
    await postBooking(t, member, {
      resourceId: '00000000-0000-4000-8000-000000000000',
      date: '2026-03-27',
      slot: 'morning',
    }).expect(404);
  });

  it('refuses an overlap with 409 saying what is taken, and takes touching half-days', async () => {
    const d = await givenResource(t, host, site.id, { name: 'Bureau 2' });
    await givenBooking(t, member, { resourceId: d.id, date: '2026-04-02', slot: 'morning' });
    await givenBooking(t, other, { resourceId: d.id, date: '2026-04-02', slot: 'afternoon' });
    const taken = await postBooking(t, other, { resourceId: d.id, date: '2026-04-02', slot: 'full_day' }).expect(409);
    expect(taken.body).toMatchObject({ type: expect.stringMatching(/booking-conflict$/), resourceId: d.id });
    expect(taken.body.detail).toContain('Bureau 2 is already booked from 2026-04-02T08:30:00+02:00');
    await postBooking(t, other, {
      resourceId: d.id,
      start: '2026-04-02T12:30:00+02:00',
      end: '2026-04-02T14:00:00+02:00',
    }).expect(422); // across the lunch break: outside hours before it is taken
  });

  it('replays an Idempotency-Key: same user, same answer; another user’s same key is another request', async () => {
    const d = await givenResource(t, host, site.id);
    const body = { resourceId: d.id, date: '2026-04-03', slot: 'morning' };
    const first = await postBooking(t, member, body, 'key-123').expect(201);
    const again = await postBooking(t, member, body, 'key-123').expect(201);
    expect(again.body).toEqual(first.body);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM bookings WHERE resource_id = $1`, [d.id]);
    expect(n).toBe(1);
    await postBooking(t, other, body, 'key-123').expect(409);
  });

  it('lets the owner cancel, which frees the slot; lists own bookings by local date', async () => {
    const d = await givenResource(t, host, site.id);
    const body = { resourceId: d.id, date: '2026-04-07', slot: 'full_day' };
    const booked = await givenBooking(t, member, body);
    await postBooking(t, other, body).expect(409);
    const cancelled = await t.http
      .post(`/api/v1/bookings/${booked.id}/cancel`)
      .set('Authorization', member.bearer)
      .expect(200);
    expect(cancelled.body).toMatchObject({ id: booked.id, status: 'cancelled' });
    await postBooking(t, other, body).expect(201);
    const mine = await t.http
      .get('/api/v1/me/bookings?from=2026-04-07&to=2026-04-07')
      .set('Authorization', member.bearer)
      .expect(200);
    expect(mine.body).toEqual({ items: [expect.objectContaining({ id: booked.id, status: 'cancelled' })], total: 1 });
    const page = await t.http.get('/api/v1/me/bookings?limit=2').set('Authorization', member.bearer).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThan(2);
    await t.http.get('/api/v1/me/bookings').expect(401);
  });

  it('lets the site’s host cancel and tells the member; others get 404; check-in by owner or host', async () => {
    const d = await givenResource(t, host, site.id);
    const booked = await givenBooking(t, member, { resourceId: d.id, date: '2026-03-20', slot: 'afternoon' });
    const cancel = (who?: TestAccount) => {
      const r = t.http.post(`/api/v1/bookings/${booked.id}/cancel`);
      return who ? r.set('Authorization', who.bearer) : r;
    };
    await cancel().expect(401);
    await cancel(other).expect(404);
    await cancel(otherHost).expect(404);
    // Check-in opens half an hour before the start: at 11:00 in Paris, not for 13:00, yes for 11:30.
    const tooEarly = await t.http
      .post(`/api/v1/bookings/${booked.id}/check-in`)
      .set('Authorization', member.bearer)
      .expect(422);
    expect(tooEarly.body.type).toMatch(/check-in-window$/);
    const soon = await givenBooking(t, member, {
      resourceId: d.id,
      start: '2026-03-20T11:30:00+01:00',
      end: '2026-03-20T12:00:00+01:00',
    });
    await t.http.post(`/api/v1/bookings/${soon.id}/check-in`).set('Authorization', other.bearer).expect(404);
    await t.http.post(`/api/v1/bookings/${soon.id}/check-in`).set('Authorization', otherHost.bearer).expect(404);
    const checkedIn = await t.http
      .post(`/api/v1/bookings/${soon.id}/check-in`)
      .set('Authorization', host.bearer)
      .expect(200);
    expect(checkedIn.body.status).toBe('checked_in');
    await t.http.post(`/api/v1/bookings/${soon.id}/cancel`).set('Authorization', member.bearer).expect(409);
    await cancel(host).expect(200);

    const later = await givenBooking(t, member, { resourceId: d.id, date: '2026-04-09', slot: 'morning' });
    const byHost = await t.http
      .post(`/api/v1/bookings/${later.id}/cancel`)
      .set('Authorization', host.bearer)
      .expect(200);
    expect(byHost.body.status).toBe('cancelled');
    // The member's own cancellations above are mailed too: this one is the host's, of Thursday 9 April.
    const mail = await eventually(async () =>
      smtp
        .to(member.email)
        .find((m) => m.subject === 'Réservation annulée : Tiers-lieu de Vic' && m.text?.includes('9 avril 2026')),
    );
    expect(mail.text).toContain("annulée par l'équipe du lieu");
    const byAdmin = await givenBooking(t, member, { resourceId: d.id, date: '2026-04-10', slot: 'morning' });
    await t.http.post(`/api/v1/bookings/${byAdmin.id}/cancel`).set('Authorization', admin.bearer).expect(200);
    const audit = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId: later.id })
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'booking.cancel', actorId: host.id, details: { holderId: member.id } }),
    ]);
  });

  it('shows a site’s day to its hosts and officers only', async () => {
    const list = (who?: TestAccount, siteId = site.id) => {
      const r = t.http.get(`/api/v1/sites/${siteId}/bookings?date=2026-03-27`);
      return who ? r.set('Authorization', who.bearer) : r;
    };
    const byHost = await list(host).expect(200);
    expect(byHost.body.items).toEqual([
      expect.objectContaining({
        resourceId: desk.id,
        userId: member.id,
        start: '2026-03-27T08:30:00+01:00',
        holder: { firstName: 'Camille', lastName: 'Martin', email: member.email },
      }),
    ]);
    expect(byHost.body.total).toBe(1);
    await list(admin).expect(200);
    await list(otherHost).expect(403);
    await list(member).expect(403);
    await list(undefined).expect(401);
    await list(admin, '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('books any free resource of a kind, then answers 409 when none is left', async () => {
    const small = await givenSite(t, admin);
    await givenResource(t, admin, small.id, { name: 'A' });
    await givenResource(t, admin, small.id, { name: 'B' });
    const body = { siteId: small.id, kind: 'desk', date: '2026-04-02', slot: 'morning' };
    const first = await givenBooking(t, member, body);
    const second = await givenBooking(t, other, body);
    expect(first.resourceName).toBe('A');
    expect(second.resourceName).toBe('B');
    const none = await postBooking(t, admin, body).expect(409);
    expect(none.body.detail).toMatch(/No desk is free/);
  });

  it('answers availability publicly: open sites with their free resources', async () => {
    const response = await t.http
      .get(`/api/v1/availability?date=2026-03-27&slot=afternoon&siteId=${site.id}&kind=desk`)
      .expect(200);
    expect(response.body.total).toBe(1);
    const [item] = response.body.items;
    expect(item.site).toEqual({ id: site.id, name: 'Tiers-lieu de Vic', slug: site.slug });
    expect(item.free).toContainEqual({ id: desk.id, name: 'Bureau 1', kind: 'desk' });
    expect(item.freeCount).toBe(item.free.length);
    const morning = await t.http.get(`/api/v1/availability?date=2026-03-27&slot=morning&siteId=${site.id}`).expect(200);
    expect(morning.body.items[0].free.map((r: { id: string }) => r.id)).not.toContain(desk.id);
    const saturday = await t.http
      .get(`/api/v1/availability?date=2026-03-28&slot=morning&siteId=${site.id}`)
      .expect(200);
    expect(saturday.body).toEqual({ items: [], total: 0 });
    await t.http.get('/api/v1/availability?slot=morning').expect(400);
  });

  it('exports a member’s bookings, and on erasure frees their future desks and keeps the past anonymous', async () => {
    const leaving = await givenMember(t);
    await t.dataSource.query(`UPDATE users SET home_commune_code = '31555' WHERE id = $1`, [leaving.id]);
    const d = await givenResource(t, host, site.id);
    const past = await givenBooking(t, leaving, { resourceId: d.id, date: '2026-03-23', slot: 'morning' });
    const future = await givenBooking(t, leaving, { resourceId: d.id, date: '2026-04-14', slot: 'full_day' });
    const exported = await t.http.get('/api/v1/me/export').set('Authorization', leaving.bearer).expect(200);
    expect(exported.body.bookings.map((b: { id: string }) => b.id)).toEqual([past.id, future.id]);
    // The morning of the 23rd is past once the clock has moved on to the 24th.
    clock.set(new Date('2026-03-24T10:00:00Z'));
    try {
      // A day later the access token has expired: sign in again, as the member would.
      const signedIn = await t.http
        .post('/api/v1/auth/login')
        .send({ email: leaving.email, password: leaving.password })
        .expect(200);
      await t.http.delete('/api/v1/me').set('Authorization', `Bearer ${signedIn.body.accessToken}`).expect(204);
      const rows: { id: string; user_id: string | null; status: string; home_commune_code: string }[] =
        await t.dataSource.query(`SELECT id, user_id, status, home_commune_code FROM bookings WHERE id = ANY($1)`, [
          [past.id, future.id],
        ]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      expect(byId.get(past.id)).toMatchObject({ user_id: null, status: 'confirmed', home_commune_code: '31555' });
      expect(byId.get(future.id)).toMatchObject({ user_id: null, status: 'cancelled' });
    } finally {
      clock.set(NOW);
    }
    // The freed desk goes to someone else.
    await postBooking(t, other, { resourceId: d.id, date: '2026-04-14', slot: 'full_day' }).expect(201);
  });

  it('cancels the bookings of a day the site closes, tells their holders, and leaves other days alone', async () => {
    const closing = await givenSite(t, admin, { name: 'Tiers-lieu de Marciac' });
    const d = await givenResource(t, admin, closing.id);
    const holder = await givenMember(t);
    const closed = await givenBooking(t, holder, { resourceId: d.id, date: '2026-04-21', slot: 'morning' });
    const kept = await givenBooking(t, holder, { resourceId: d.id, date: '2026-04-22', slot: 'morning' });
    await t.http
      .post(`/api/v1/sites/${closing.id}/closures`)
      .set('Authorization', admin.bearer)
      .send({ date: '2026-04-21', reason: 'Jazz in Marciac' })
      .expect(201);
    const mine = await t.http.get('/api/v1/me/bookings').set('Authorization', holder.bearer).expect(200);
    const status = new Map(mine.body.items.map((b: { id: string; status: string }) => [b.id, b.status]));
    expect(status.get(closed.id)).toBe('cancelled');
    expect(status.get(kept.id)).toBe('confirmed');
    await eventually(async () =>
      smtp.to(holder.email).find((m) => m.subject === 'Réservation annulée : Tiers-lieu de Marciac'),
    );
    const audit = await t.http
      .get('/api/v1/audit-log')
      .query({ subjectId: closing.id })
      .set('Authorization', admin.bearer)
      .expect(200);
    // Publishing the site is in the log too (site.status.change): only the closure's entry matters here.
    const closures = audit.body.items.filter((entry: { action: string }) => entry.action === 'site.closure.create');
    expect(closures).toEqual([
      expect.objectContaining({
        action: 'site.closure.create',
        actorId: admin.id,
        details: { date: '2026-04-21', cancelledBookings: 1 },
      }),
    ]);
  });

  it('the database itself refuses two overlapping active bookings (23P01)', async () => {
    const insert = () =>
      t.dataSource.query(
        `INSERT INTO bookings (resource_id, site_id, user_id, during, slot)
         VALUES ($1, $2, $3, tstzrange('2026-05-04T08:00Z', '2026-05-04T12:00Z', '[)'), 'custom')`,
        [desk.id, site.id, member.id],
      );
    await insert();
    await expect(insert()).rejects.toMatchObject({ driverError: { code: EXCLUSION_VIOLATION } });
    await t.dataSource.query(
      `UPDATE bookings SET status = 'cancelled', cancellation_reason = 'member' WHERE resource_id = $1 AND lower(during) = '2026-05-04T08:00Z'`,
      [desk.id],
    );
    await insert(); // a cancelled booking holds nothing
  });
});
