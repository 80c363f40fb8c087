import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, TestApp } from '../../testing/test-app';
import { DEMO_PASSWORD, DEMO_SITES } from './demo-network.data';

describe('demo network (DEMO_DATA=true)', () => {
  let t: TestApp;
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

  it('loads once: a second process on the same database adds nothing', async () => {
    const second = await createTestApp({ env: { DEMO_DATA: 'true' }, databaseUrl: t.databaseUrl });
    try {
      const sites = await second.http.get('/api/v1/sites').expect(200);
      expect(sites.body.total).toBe(DEMO_SITES.length);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM users WHERE email LIKE '%@bastide.demo'`,
      );
      expect(n).toBe(6);
    } finally {
      await second.close();
    }
  });
});
