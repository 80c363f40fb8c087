import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Three sign-in attempts, each claiming to come from `forwardedFor` (no header when undefined): their statuses. */
async function attempts(t: TestApp, forwardedFor: string | undefined, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const call = t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.fr', password: 'x' });
    if (forwardedFor !== undefined) void call.set('X-Forwarded-For', forwardedFor);
    statuses.push((await call).status);
  }
  return statuses;
}

describe('TRUST_PROXY: the client address the per-address rate limit counts', () => {
  let behindProxy: TestApp;
  let direct: TestApp;
  beforeAll(async () => {
    // No Redis: each app counts in memory, so the two never share a window.
    behindProxy = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: 'loopback' } });
    direct = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: '2' }, databaseUrl: behindProxy.databaseUrl });
  });
  afterAll(async () => {
    await direct.close();
    await behindProxy.close();
  });

  it('behind a trusted proxy, counts each forwarded client apart', async () => {
    expect(await attempts(behindProxy, '203.0.113.10', 3)).toEqual([401, 401, 429]);
    // Another visitor through the same proxy is not locked out by the first one.
    expect(await attempts(behindProxy, '203.0.113.11', 2)).toEqual([401, 401]);
    // A client that prepends a forged address is still counted under the address the proxy saw.
    expect(await attempts(behindProxy, '198.51.100.1, 203.0.113.10', 1)).toEqual([429]);
  });

  it('without TRUST_PROXY, ignores X-Forwarded-For: a client cannot pick a fresh address per request', async () => {
    const statuses = [
      ...(await attempts(direct, '203.0.113.20', 1)),
      ...(await attempts(direct, '203.0.113.21', 1)),
      ...(await attempts(direct, '203.0.113.22', 1)),
    ];
    expect(statuses).toEqual([401, 401, 429]);
  });
});
