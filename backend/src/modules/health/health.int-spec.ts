import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PrivateRedis } from '../../testing/private-redis';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, TestApp } from '../../testing/test-app';
import { TEST_REDIS_URL, withAdminClient } from '../../testing/test-database';

describe('health, documentation and errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { REDIS_URL: TEST_REDIS_URL } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('says the process is up', async () => {
    await t.http.get('/api/health').expect(200, { status: 'ok' });
  });

  it('says it is ready when PostgreSQL and Redis answer, naming each', async () => {
    const response = await t.http.get('/api/health/ready').expect(200);
    expect(response.body).toEqual({
      status: 'ok',
      dependencies: { database: 'up', redis: 'up', smtp: 'not_configured' },
    });
  });

  it('serves the OpenAPI 3 document with the routes of the contract', async () => {
    const response = await t.http.get('/api/docs-json').expect(200);
    expect(response.body.openapi).toMatch(/^3\./);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/health/ready',
        '/api/v1/territory/communes',
        '/api/v1/territory/epcis',
        '/api/v1/auth/register',
      ]),
    );
    await t.http.get('/api/docs').expect(200).expect('content-type', /html/);
  });

  it('answers a malformed JSON body with a 400 problem+json', async () => {
    const response = await t.http
      .post('/api/v1/auth/register')
      .set('content-type', 'application/json')
      .send('{"email": ')
      .expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, title: 'Malformed request', errors: [{ field: 'body' }] });
  });

  it('answers text PostgreSQL cannot store (a NUL character) with a 400, not a 500', async () => {
    const response = await t.http.get('/api/v1/territory/communes').query({ q: 'a\u0000b' }).expect(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers an unknown API path with a 404 problem+json', async () => {
    const response = await t.http.get('/api/v1/no-such-thing').expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 404, instance: '/api/v1/no-such-thing' });
  });

  it('sets the security headers', async () => {
    const response = await t.http.get('/api/health').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('readiness without PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 503 naming the database when PostgreSQL stops answering', async () => {
    const name = t.databaseUrl.split('/').pop();
    await withAdminClient(async (admin) => {
      // Refuse new connections, then end the open ones: the pool cannot quietly reconnect.
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
    });
    const response = await t.http.get('/api/health/ready').expect(503);
    expect(response.body.dependencies.database).toBe('down');
    expect(response.body.dependencies.redis).toBe('not_configured');
  });
});

describe('readiness naming the dependency that fails', () => {
  let t: TestApp;
  let redis: PrivateRedis;
  let smtp: SmtpPeer;
  beforeAll(async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    smtp = new SmtpPeer();
    t = await createTestApp({ env: { REDIS_URL: redis.url, SMTP_URL: await smtp.start() } });
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
    await smtp.stop();
  });

  it('is ok while PostgreSQL, Redis and the SMTP server answer', async () => {
    const response = await t.http.get('/api/health/ready').expect(200);
    expect(response.body).toEqual({ status: 'ok', dependencies: { database: 'up', redis: 'up', smtp: 'up' } });
  });

  it('stays ready but degraded, naming SMTP, when the mail server stops answering', async () => {
    await smtp.stop();
    const response = await t.http.get('/api/health/ready').expect(200);
    expect(response.body).toEqual({
      status: 'degraded',
      dependencies: { database: 'up', redis: 'up', smtp: 'degraded' },
    });
  });

  it('names Redis too once it stops, within a few seconds', async () => {
    await redis.stop();
    const started = Date.now();
    const response = await t.http.get('/api/health/ready').expect(200);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(response.body).toEqual({
      status: 'degraded',
      dependencies: { database: 'up', redis: 'degraded', smtp: 'degraded' },
    });
  });
});
