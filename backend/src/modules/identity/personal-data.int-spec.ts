import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { givenAdmin, givenMember } from '../../testing/accounts';
import { createTestApp, TestApp } from '../../testing/test-app';

describe('personal data and accounts over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('exports everything held about the caller, and only about the caller', async () => {
    const member = await givenMember(t, { homeCommuneCode: '31555' });
    await givenMember(t);
    const response = await t.http.get('/api/v1/me/export').set('Authorization', member.bearer).expect(200);
    expect(response.body.account).toMatchObject({ id: member.id, email: member.email, homeCommuneCode: '31555' });
    expect(response.body.sessions).toHaveLength(1);
    expect(response.body.account.passwordHash).toBeUndefined();
    expect(JSON.stringify(response.body)).not.toMatch(/argon2/);
    await t.http.get('/api/v1/me/export').expect(401);
  });

  it('erases the account: its tokens stop working, it can sign up again', async () => {
    const member = await givenMember(t);
    await t.http.delete('/api/v1/me').expect(401);
    await t.http.delete('/api/v1/me').set('Authorization', member.bearer).expect(204);
    await t.http.get('/api/v1/me').set('Authorization', member.bearer).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: member.email, password: member.password }).expect(401);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE id = $1`, [member.id]);
    expect(n).toBe(0);
    await t.http
      .post('/api/v1/auth/register')
      .send({ email: member.email, password: member.password, firstName: 'Again', lastName: 'Back' })
      .expect(201);
  });

  it('lets officers find accounts by name or address; members may not (403), strangers neither (401)', async () => {
    const admin = await givenAdmin(t);
    const member = await givenMember(t, { firstName: 'Bérénice', lastName: 'Lectourois' });
    const found = await t.http
      .get('/api/v1/users')
      .query({ q: 'lectourois' })
      .set('Authorization', admin.bearer)
      .expect(200);
    expect(found.body.items.map((u: { id: string }) => u.id)).toEqual([member.id]);
    expect(found.body.total).toBe(1);
    await t.http.get('/api/v1/users').set('Authorization', member.bearer).expect(403);
    await t.http.get('/api/v1/users').expect(401);
    await t.http.get('/api/v1/users').query({ limit: 0 }).set('Authorization', admin.bearer).expect(400);
  });

  it('shows the audit log to officers only', async () => {
    const admin = await givenAdmin(t);
    const member = await givenMember(t);
    const log = await t.http.get('/api/v1/audit-log').set('Authorization', admin.bearer).expect(200);
    expect(log.body).toEqual({ items: expect.any(Array), total: expect.any(Number) });
    await t.http.get('/api/v1/audit-log').set('Authorization', member.bearer).expect(403);
    await t.http.get('/api/v1/audit-log').expect(401);
  });
});
