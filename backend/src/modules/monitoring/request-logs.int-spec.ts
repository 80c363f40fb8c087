import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { givenMember, TestAccount } from '../../testing/accounts';
import { createTestApp, TestApp } from '../../testing/test-app';

/** Every line the app logs, as written (JSON), for the spec to search. */
class CapturedLog extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    done();
  }
  entries(): Record<string, unknown>[] {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

describe('request logs', () => {
  let t: TestApp;
  const log = new CapturedLog();
  let member: TestAccount;
  let feedToken: string;
  const secrets: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { LOG_LEVEL: 'info' }, logStream: log });
    member = await givenMember(t, { email: `camille.log-${Date.now()}@example.fr` });
    const signedIn = await t.http
      .post('/api/v1/auth/login')
      .set('X-Request-Id', 'login-request-1')
      .set('Cookie', 'bastide_session=cookie-secret-value')
      .send({ email: member.email, password: member.password })
      .expect(200);
    const refreshed = await t.http
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: signedIn.body.refreshToken })
      .expect(200);
    const feed = await t.http
      .post('/api/v1/me/calendar-feed')
      .set('Authorization', `Bearer ${refreshed.body.accessToken}`)
      .expect(200);
    feedToken = /calendar\/([^.]+)\.ics$/.exec(feed.body.url as string)![1];
    const feedPath = new URL(feed.body.url as string).pathname;
    await t.http.get(feedPath).set('X-Request-Id', 'feed-request-1').expect(200);
    // The same secret as a query parameter, and an address in a search: neither may reach the log.
    await t.http.get(`${feedPath}?token=${feedToken}&lang=fr`);
    await t.http.get('/api/v1/territory/communes').query({ q: member.email, email: member.email });
    await t.http.post('/api/v1/auth/login').send({ email: member.email, password: 'a wrong password entirely' });
    secrets.push(
      member.email,
      member.password,
      'a wrong password entirely',
      member.accessToken,
      member.refreshToken,
      signedIn.body.accessToken,
      signedIn.body.refreshToken,
      refreshed.body.accessToken,
      refreshed.body.refreshToken,
      feedToken,
      'cookie-secret-value',
    );
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes one JSON line per request with its id, method, URL, status and time', () => {
    const login = log
      .entries()
      .find((entry) => (entry['req'] as { id?: string } | undefined)?.id === 'login-request-1');
    expect(login).toMatchObject({
      req: { id: 'login-request-1', method: 'POST', url: '/api/v1/auth/login' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    const feed = log.entries().find((entry) => (entry['req'] as { id?: string } | undefined)?.id === 'feed-request-1');
    expect(feed).toMatchObject({ req: { method: 'GET', url: '/api/v1/calendar/….ics' }, res: { statusCode: 200 } });
  });

  it('never logs a password, a token, a cookie or an e-mail address', () => {
    expect(log.lines.length).toBeGreaterThan(5);
    const text = log.lines.join('\n');
    for (const secret of secrets) expect(text).not.toContain(secret);
    expect(text).not.toContain(encodeURIComponent(member.email));
    expect(text).not.toMatch(/password|authorization|cookie/i);
    const urls = log.entries().map((entry) => (entry['req'] as { url?: string } | undefined)?.url);
    expect(urls).toContain('/api/v1/calendar/….ics?token=…&lang=fr');
    expect(urls).toContain('/api/v1/territory/communes?q=…&email=…');
  });
});
