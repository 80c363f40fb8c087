import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { createTestApp, TestApp } from '../../testing/test-app';
import { TEST_REDIS_URL } from '../../testing/test-database';

describe('per-address rate limit on the sign-in endpoints, shared through Redis', () => {
  // A Redis database of this test's own, emptied first, so no other test's hits count.
  const redisUrl = `${TEST_REDIS_URL}/6`;
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const redis = new Redis(redisUrl);
    await redis.flushdb();
    redis.disconnect();
    first = await createTestApp({ env: { REDIS_URL: redisUrl, RATE_LIMIT_PER_MINUTE: '3' } });
    second = await createTestApp({
      env: { REDIS_URL: redisUrl, RATE_LIMIT_PER_MINUTE: '3' },
      databaseUrl: first.databaseUrl,
    });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('counts requests from one address across two API processes and answers 429 beyond the limit', async () => {
    const attempt = (t: TestApp) =>
      t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.fr', password: 'x' });
    expect((await attempt(first)).status).toBe(401);
    expect((await attempt(second)).status).toBe(401);
    expect((await attempt(first)).status).toBe(401);
    const refused = await attempt(second);
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Routes that are not doors for scripts are not limited.
    for (let i = 0; i < 5; i++) await first.http.get('/api/v1/territory/epcis').expect(200);
  });
});
