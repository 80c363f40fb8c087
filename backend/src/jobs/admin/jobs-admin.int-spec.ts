import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { PrivateRedis } from '../../testing/private-redis';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { queueJobId } from '../job-catalogue';
import { JobsDashboard } from './jobs-dashboard';
import { OutboxQueue } from './outbox-queue';

const DASHBOARD = '/api/admin/queues';

function sessionIdOf(account: TestAccount): string {
  return JSON.parse(Buffer.from(account.accessToken.split('.')[1], 'base64url').toString()).sid;
}

async function welcomeRow(t: TestApp, userId: string) {
  const [row] = await t.dataSource.query(
    `SELECT id, key, attempts, failed_at, sent_at, last_error FROM outbox_messages WHERE key = $1`,
    [`welcome-user-${userId}`],
  );
  return row as
    | { id: string; key: string; attempts: number; failed_at: Date | null; sent_at: Date | null; last_error: string }
    | undefined;
}

/** The cookie `POST /admin/jobs/dashboard-session` sets, as a `Cookie` header value. */
async function dashboardCookie(t: TestApp, officer: TestAccount): Promise<string> {
  const response = await t.http
    .post('/api/v1/admin/jobs/dashboard-session')
    .set('Authorization', officer.bearer)
    .expect(204);
  const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  expect(setCookie).toHaveLength(1);
  expect(setCookie[0]).toMatch(/; Path=\/api\/admin\/queues; Max-Age=900; HttpOnly; SameSite=Strict/);
  return setCookie[0].split(';')[0];
}

describe('officers’ jobs view and BullMQ dashboard (private redis-server, real SMTP peer)', () => {
  const smtp = new SmtpPeer();
  let redis: PrivateRedis;
  let t: TestApp;
  let officer: TestAccount;
  let member: TestAccount;

  /** A sign-up whose welcome mail the SMTP peer refuses until BullMQ and the outbox give up on it. */
  async function givenFailedWelcome(): Promise<{ email: string; userId: string; id: string; key: string }> {
    smtp.refusing = true;
    const email = `refused-${randomUUID()}@example.fr`;
    const { body } = await t.http
      .post('/api/v1/auth/register')
      .send({ email, password: 'a long enough passphrase', firstName: 'Lou', lastName: 'Refus' })
      .expect(201);
    const row = await eventually(() => welcomeRow(t, body.user.id).then((r) => (r?.failed_at ? r : undefined)), 30_000);
    smtp.refusing = false;
    return { email, userId: body.user.id, id: row.id, key: row.key };
  }

  beforeAll(async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    t = await createTestApp({
      env: {
        SMTP_URL: await smtp.start(),
        REDIS_URL: redis.url,
        JOBS_IN_API: 'true',
        // 30 s backoffs become milliseconds, so eight refusals exhaust a welcome mail in about a second.
        JOB_BACKOFF_SCALE: '0.0001',
      },
    });
    officer = await givenAdmin(t);
    member = await givenMember(t);
    await eventually(async () => smtp.to(officer.email).length > 0 && smtp.to(member.email).length > 0);
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
    await smtp.stop();
  });

  it('refuses anonymous callers (401) and members (403) on every route', async () => {
    const id = randomUUID();
    const routes = [
      () => t.http.get('/api/v1/admin/jobs'),
      () => t.http.get('/api/v1/admin/jobs/summary'),
      () => t.http.post(`/api/v1/admin/jobs/${id}/retry`),
      () => t.http.post('/api/v1/admin/jobs/dashboard-session'),
    ];
    for (const route of routes) {
      const anonymous = await route().expect(401);
      expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
      await route().set('Authorization', member.bearer).expect(403);
    }
  });

  it('shows a message that gave up as failed, without the recipient’s address, and counts it', async () => {
    const failed = await givenFailedWelcome();
    const jobId = queueJobId(failed.key);
    // BullMQ keeps the failed job under the message's id: the reason a retry must remove it.
    expect(await t.app.get(OutboxQueue).queue().getJobState(jobId)).toBe('failed');

    const { body } = await t.http
      .get('/api/v1/admin/jobs?state=failed&kind=identity.welcome&limit=10')
      .set('Authorization', officer.bearer)
      .expect(200);
    const item = body.items.find((candidate: { id: string }) => candidate.id === failed.id);
    expect(item).toMatchObject({
      kind: 'identity.welcome',
      key: failed.key,
      payload: expect.any(Object),
      state: 'failed',
      attempts: 8,
      maxAttempts: 8,
      sentAt: null,
      outcome: null,
    });
    expect(item.lastError).toMatch(/451/);
    expect(item.failedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    expect(item.dueAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[12]:00$/);
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(body)).not.toContain('@example.fr');

    const sent = await t.http.get('/api/v1/admin/jobs?state=sent').set('Authorization', officer.bearer).expect(200);
    expect(sent.body.items.every((job: { state: string }) => job.state === 'sent')).toBe(true);
    expect(sent.body.items.some((job: { id: string }) => job.id === failed.id)).toBe(false);

    const summary = await t.http.get('/api/v1/admin/jobs/summary').set('Authorization', officer.bearer).expect(200);
    expect(summary.body).toMatchObject({ transport: 'bullmq', dashboardPath: DASHBOARD });
    expect(summary.body.counts.failed).toBeGreaterThanOrEqual(1);
    expect(summary.body.counts.sent).toBeGreaterThanOrEqual(2);
    expect(summary.body.failedByKind).toContainEqual({ kind: 'identity.welcome', count: summary.body.counts.failed });

    await t.http
      .get('/api/v1/admin/jobs?state=lost')
      .set('Authorization', officer.bearer)
      .expect(400)
      .expect((response) => expect(response.body.errors[0].field).toBe('state'));
  });

  it('retries a failed message: the kept BullMQ job is removed and the worker delivers it exactly once', async () => {
    const failed = await givenFailedWelcome();
    const before = smtp.to(failed.email).length;
    expect(before).toBe(0);

    const { body } = await t.http
      .post(`/api/v1/admin/jobs/${failed.id}/retry`)
      .set('Authorization', officer.bearer)
      .expect(200);
    expect(body).toMatchObject({ id: failed.id, state: 'pending', attempts: 0, failedAt: null, lastError: null });

    await eventually(async () => smtp.to(failed.email).length > 0, 20_000);
    const row = await eventually(() => welcomeRow(t, failed.userId).then((r) => (r?.sent_at ? r : undefined)));
    expect(row.attempts).toBe(1);
    // A later relay pass or a stale re-relay must not send it again.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.to(failed.email)).toHaveLength(1);

    const audit = await t.http
      .get(`/api/v1/audit-log?subjectId=${failed.id}`)
      .set('Authorization', officer.bearer)
      .expect(200);
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'job.retry', actorId: officer.id, subjectType: 'job', subjectId: failed.id }),
    ]);

    // Sent now: retrying it again is a conflict, not a second mail.
    const again = await t.http
      .post(`/api/v1/admin/jobs/${failed.id}/retry`)
      .set('Authorization', officer.bearer)
      .expect(409);
    expect(again.body.type).toMatch(/job-not-failed$/);
    await t.http.post(`/api/v1/admin/jobs/${randomUUID()}/retry`).set('Authorization', officer.bearer).expect(404);
    await t.http.post('/api/v1/admin/jobs/not-an-id/retry').set('Authorization', officer.bearer).expect(404);
  });

  it('serves the dashboard to an officer’s cookie only, and refuses it once the officer is demoted', async () => {
    const none = await t.http.get(`${DASHBOARD}/`).expect(401);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
    const browser = await t.http.get(`${DASHBOARD}/`).set('Accept', 'text/html').expect(401);
    expect(browser.text).toContain('Envois et tâches');
    // An access token is no dashboard cookie (each is signed with a key of its own).
    await t.http.get(`${DASHBOARD}/`).set('Cookie', `bastide_queues=${officer.accessToken}`).expect(401);

    const cookie = await dashboardCookie(t, officer);
    const page = await t.http.get(`${DASHBOARD}/`).set('Cookie', cookie).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('<div id="root">');
    const queues = await t.http.get(`${DASHBOARD}/api/queues`).set('Cookie', cookie).expect(200);
    expect(queues.body.queues.map((queue: { name: string }) => queue.name)).toEqual(['bastide-outbox']);

    // A member's session in a well-signed cookie is still refused: the role is read afresh.
    const forged = t.app
      .get(JobsDashboard)
      .sessionCookie({ userId: member.id, sessionId: sessionIdOf(member), role: 'member', hostedSiteIds: [] })
      .split(';')[0];
    await t.http.get(`${DASHBOARD}/`).set('Cookie', forged).expect(403);

    const demoted = await givenAdmin(t);
    const demotedCookie = await dashboardCookie(t, demoted);
    await t.http.get(`${DASHBOARD}/`).set('Cookie', demotedCookie).expect(200);
    await t.dataSource.query(`UPDATE users SET role = 'member' WHERE id = $1`, [demoted.id]);
    await t.http.get(`${DASHBOARD}/`).set('Cookie', demotedCookie).expect(403);
  });

  it('makes the dashboard’s retry button retry the outbox message, delivered once', async () => {
    const failed = await givenFailedWelcome();
    const cookie = await dashboardCookie(t, officer);
    await t.http
      .put(`${DASHBOARD}/api/queues/bastide-outbox/${queueJobId(failed.key)}/retry`)
      .set('Cookie', cookie)
      .expect(204);
    await eventually(async () => smtp.to(failed.email).length > 0, 20_000);
    const row = await eventually(() => welcomeRow(t, failed.userId).then((r) => (r?.sent_at ? r : undefined)));
    expect(row.attempts).toBe(1);
    expect(smtp.to(failed.email)).toHaveLength(1);
    // Completed jobs are not re-run from the dashboard: their messages are sent.
    await t.http.put(`${DASHBOARD}/api/queues/bastide-outbox/retry/completed`).set('Cookie', cookie).expect(409);
  });
});

describe('officers’ jobs view without Redis (in-process runner)', () => {
  const smtp = new SmtpPeer();
  let t: TestApp;
  let officer: TestAccount;
  beforeAll(async () => {
    t = await createTestApp({ env: { SMTP_URL: await smtp.start() } });
    officer = await givenAdmin(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('has no dashboard (409 on the session, nothing served) and retries through the runner', async () => {
    const summary = await t.http.get('/api/v1/admin/jobs/summary').set('Authorization', officer.bearer).expect(200);
    expect(summary.body).toMatchObject({ transport: 'in_process', dashboardPath: null });
    const session = await t.http
      .post('/api/v1/admin/jobs/dashboard-session')
      .set('Authorization', officer.bearer)
      .expect(409);
    expect(session.body.type).toMatch(/queue-dashboard-unavailable$/);
    await t.http.get(`${DASHBOARD}/`).expect(404);

    // A message that spent its tries, its last error quoting the recipient as SMTP servers do.
    const member = await givenMember(t);
    await eventually(async () => smtp.to(member.email).length > 0);
    const email = `lost-${randomUUID()}@example.fr`;
    const { body: signUp } = await t.http
      .post('/api/v1/auth/register')
      .send({ email, password: 'a long enough passphrase', firstName: 'Lou', lastName: 'Perdu' })
      .expect(201);
    await eventually(() => welcomeRow(t, signUp.user.id).then((r) => r?.sent_at));
    const failedKey = `welcome-user-${member.id}`;
    await t.dataSource.query(
      `UPDATE outbox_messages SET sent_at = NULL, outcome = NULL, failed_at = now(), attempts = 8,
         last_error = $2 WHERE key = $1`,
      [failedKey, `550 5.1.1 <${member.email}>: Recipient address rejected`],
    );
    const listed = await t.http.get('/api/v1/admin/jobs?state=failed').set('Authorization', officer.bearer).expect(200);
    expect(listed.body.total).toBe(1);
    expect(listed.body.items[0].lastError).toBe('550 5.1.1 <…@…>: Recipient address rejected');

    await t.http
      .post(`/api/v1/admin/jobs/${listed.body.items[0].id}/retry`)
      .set('Authorization', officer.bearer)
      .expect(200);
    await eventually(async () => smtp.to(member.email).length === 2);
    const row = await eventually(() => welcomeRow(t, member.id).then((r) => (r?.sent_at ? r : undefined)));
    expect(row.attempts).toBe(1);
  });
});
