import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { createTestApp, TestApp } from '../../testing/test-app';
import { DEMO_REGULARS } from './demo-community.data';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_SITES } from './demo-network.data';
import { DEMO_WELCOME_VILLAGES } from './demo-welcome-villages';

describe('demo network (DEMO_DATA=true)', () => {
  let t: TestApp;
  let bookingsAfterFirstStart = -1;
  beforeAll(async () => {
    t = await createTestApp({ env: { DEMO_DATA: 'true' } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('publishes the Gers sites, Auch with 12 desks and 2 meeting rooms', async () => {
    const sites = await t.http.get('/api/v1/sites').query({ limit: 50 }).expect(200);
    expect(sites.body.total).toBe(DEMO_SITES.length);
    const auch = sites.body.items.find((s: { communeCode: string }) => s.communeCode === '32013');
    const detail = await t.http.get(`/api/v1/sites/${auch.slug}`).expect(200);
    const kinds = detail.body.resources.map((r: { kind: string }) => r.kind);
    expect(kinds.filter((k: string) => k === 'desk')).toHaveLength(12);
    expect(kinds.filter((k: string) => k === 'meeting_room')).toHaveLength(2);
    expect(detail.body.epciCode).toBe('200066926');
  });

  it('signs in its accounts: an officer, and hosts who host their sites', async () => {
    const officer = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'agent.reseau@bastide.demo', password: DEMO_PASSWORD })
      .expect(200);
    expect(officer.body.user.role).toBe('admin');
    const host = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'hote.save@bastide.demo', password: DEMO_PASSWORD })
      .expect(200);
    expect(host.body.user.role).toBe('host');
    expect(host.body.user.hostedSiteIds).toHaveLength(2);
    const member = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'camille.toulouse@bastide.demo', password: DEMO_PASSWORD })
      .expect(200);
    expect(member.body.user).toMatchObject({ role: 'member', homeCommuneCode: '31555', emailVerified: true });
  });

  it('has four weeks of past bookings, mostly at Auch, checked in or a few cancelled, and some ahead', async () => {
    const [counts] = await t.dataSource.query(
      `SELECT count(*) FILTER (WHERE upper(b.during) <= now() AND lower(b.during) >= now() - interval '29 days')::int AS past,
              count(*) FILTER (WHERE lower(b.during) > now())::int AS upcoming,
              count(*) FILTER (WHERE s.commune_code = '32013')::int AS auch,
              count(*) FILTER (WHERE b.status = 'checked_in')::int AS checked_in,
              count(*) FILTER (WHERE b.status = 'cancelled')::int AS cancelled,
              count(*)::int AS total
       FROM bookings b JOIN sites s ON s.id = b.site_id`,
    );
    expect(counts.past).toBeGreaterThan(40);
    expect(counts.upcoming).toBeGreaterThan(10);
    expect(counts.auch * 2).toBeGreaterThan(counts.total);
    expect(counts.checked_in).toBeGreaterThan(counts.cancelled);
    expect(counts.cancelled).toBeGreaterThan(0);
    bookingsAfterFirstStart = counts.total;
  });

  it("never overlaps two active bookings of a resource, and snapshots each member's home commune", async () => {
    const [{ overlaps }] = await t.dataSource.query(
      `SELECT count(*)::int AS overlaps FROM bookings a JOIN bookings b
         ON a.resource_id = b.resource_id AND a.id < b.id AND a.during && b.during
       WHERE a.status IN ('confirmed', 'checked_in') AND b.status IN ('confirmed', 'checked_in')`,
    );
    expect(overlaps).toBe(0);
    const [{ unsnapped }] = await t.dataSource.query(
      `SELECT count(*)::int AS unsnapped FROM bookings b JOIN users u ON u.id = b.user_id
       WHERE b.home_commune_code IS DISTINCT FROM u.home_commune_code OR b.home_commune_code IS NULL`,
    );
    expect(unsnapped).toBe(0);
  });

  it('employs two members under a telework contract and sells plans, and counts their bookings against them', async () => {
    const julien = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'julien.aero@bastide.demo', password: DEMO_PASSWORD })
      .expect(200);
    expect(julien.body.user.organizationId).toEqual(expect.any(String));
    const quota = await t.http.get('/api/v1/me/quota').set('Authorization', `Bearer ${julien.body.accessToken}`);
    expect(quota.status).toBe(200);
    expect(quota.body.contract).toMatchObject({ name: 'Aéro Garonne Systèmes', days: 2 });
    const covers: { email: string; cover_kind: string; organized: boolean }[] = await t.dataSource.query(
      `SELECT DISTINCT u.email, b.cover_kind, b.organization_id IS NOT NULL AS organized
       FROM bookings b JOIN users u ON u.id = b.user_id
       WHERE u.email IN ('julien.aero@bastide.demo', 'camille.toulouse@bastide.demo', 'ines.lectoure@bastide.demo')
       ORDER BY 1, 2`,
    );
    expect(covers).toEqual([
      { email: 'camille.toulouse@bastide.demo', cover_kind: 'plan', organized: false },
      { email: 'ines.lectoure@bastide.demo', cover_kind: 'pay_as_you_go', organized: false },
      { email: 'julien.aero@bastide.demo', cover_kind: 'contract', organized: true },
    ]);
  });

  it('shows a member their own past bookings', async () => {
    const ines = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'ines.lectoure@bastide.demo', password: DEMO_PASSWORD })
      .expect(200);
    const from = DateTime.now().setZone('Europe/Paris').minus({ days: 28 }).toISODate();
    const mine = await t.http
      .get('/api/v1/me/bookings')
      .query({ from, to: DateTime.now().setZone('Europe/Paris').minus({ days: 1 }).toISODate() })
      .set('Authorization', `Bearer ${ines.body.accessToken}`)
      .expect(200);
    expect(mine.body.total).toBeGreaterThan(3);
    expect(mine.body.items.every((b: { userId: string }) => b.userId === ines.body.user.id)).toBe(true);
  });

  it('has an agenda: a weekly Tuesday café at Auch, an after-work at L’Isle-Jourdain, a members-only training', async () => {
    const publicAgenda = await t.http.get('/api/v1/events').query({ limit: 100 }).expect(200);
    type Listed = {
      id: string;
      category: string;
      siteName: string;
      communeName: string;
      start: string;
      seriesId: string;
    };
    const listed: Listed[] = publicAgenda.body.items;
    const cafes = listed.filter((e) => e.category === 'telework_cafe');
    expect(cafes).toHaveLength(6);
    expect(new Set(cafes.map((e) => e.seriesId)).size).toBe(1);
    for (const cafe of cafes) {
      const start = DateTime.fromISO(cafe.start, { setZone: true });
      expect({ weekday: start.weekday, time: start.toFormat('HH:mm'), site: cafe.siteName }).toEqual({
        weekday: 2,
        time: '09:00',
        site: "Tiers-lieu d'Auch",
      });
      expect(start > DateTime.now()).toBe(true);
    }
    const afterwork = listed.find((e) => e.category === 'afterwork');
    expect(afterwork?.communeName).toBe("L'Isle-Jourdain");
    // The training is for members only: not in the anonymous agenda, in a member's.
    expect(listed.some((e) => e.category === 'training')).toBe(false);
    const camille = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'camille.toulouse@bastide.demo', password: DEMO_PASSWORD })
      .expect(200);
    const membersAgenda = await t.http
      .get('/api/v1/events')
      .query({ limit: 100 })
      .set('Authorization', `Bearer ${camille.body.accessToken}`)
      .expect(200);
    const training = membersAgenda.body.items.find((e: { category: string }) => e.category === 'training');
    expect(training).toMatchObject({ visibility: 'members', myRegistration: { status: 'registered' } });
    const firstCafe = membersAgenda.body.items.find((e: { id: string }) => e.id === cafes[0].id);
    expect(firstCafe).toMatchObject({ registeredCount: 3, myRegistration: { status: 'registered' } });
    // Made by the demo's host and officer, through the services their requests reach.
    const makers: { email: string; category: string }[] = await t.dataSource.query(
      `SELECT DISTINCT u.email, e.category FROM events e JOIN users u ON u.id = e.created_by ORDER BY 2`,
    );
    expect(makers).toEqual([
      { email: 'hote.save@bastide.demo', category: 'afterwork' },
      { email: 'hote.auch@bastide.demo', category: 'telework_cafe' },
      { email: 'agent.reseau@bastide.demo', category: 'training' },
    ]);
  });

  it('has Gers welcome villages with their relay, all but one published', async () => {
    const listed = await t.http.get('/api/v1/welcome-villages').expect(200);
    expect(listed.body.total).toBe(DEMO_WELCOME_VILLAGES.length - 1);
    const mirande = listed.body.items.find((v: { communeCode: string }) => v.communeCode === '32256');
    expect(mirande).toMatchObject({
      communeName: 'Mirande',
      offers: ['school', 'shops', 'housing', 'fibre'],
      relayEmail: 'accueil.mirande@bastide.demo',
    });
    expect(mirande.epciName).toBeTruthy();
    for (const village of listed.body.items) expect(village.communeCode).toMatch(/^32/);
  });

  it('loads once: a second process on the same database adds nothing', async () => {
    const second = await createTestApp({ env: { DEMO_DATA: 'true' }, databaseUrl: t.databaseUrl });
    try {
      const sites = await second.http.get('/api/v1/sites').expect(200);
      expect(sites.body.total).toBe(DEMO_SITES.length);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM users WHERE email LIKE '%@bastide.demo'`,
      );
      expect(n).toBe(DEMO_ACCOUNTS.length + DEMO_REGULARS.length);
      const [{ bookings }] = await t.dataSource.query(`SELECT count(*)::int AS bookings FROM bookings`);
      expect(bookings).toBe(bookingsAfterFirstStart);
      const [{ events }] = await t.dataSource.query(`SELECT count(*)::int AS events FROM events`);
      expect(events).toBe(8);
      const [{ villages }] = await t.dataSource.query(`SELECT count(*)::int AS villages FROM welcome_villages`);
      expect(villages).toBe(DEMO_WELCOME_VILLAGES.length);
    } finally {
      await second.close();
    }
  });
});
