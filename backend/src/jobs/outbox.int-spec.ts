import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { PrivateRedis } from '../testing/private-redis';
import { SmtpPeer } from '../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../testing/test-app';
import { TEST_REDIS_URL } from '../testing/test-database';
import { JobsRuntime } from './jobs-runtime';

function member(email: string) {
  return { email, password: 'a long enough passphrase', firstName: 'Camille', lastName: 'Martin' };
}

async function outboxRow(t: TestApp, key: string) {
  const [row] = await t.dataSource.query(
    `SELECT kind, sent_at, outcome, attempts, relayed_at, failed_at, last_error FROM outbox_messages WHERE key = $1`,
    [key],
  );
  return row as
    | {
        sent_at: Date | null;
        outcome: string | null;
        attempts: number;
        relayed_at: Date | null;
        last_error: string | null;
      }
    | undefined;
}

describe('outbox → in-process runner → SMTP (no Redis)', () => {
  const smtp = new SmtpPeer();
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { SMTP_URL: await smtp.start() } });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('delivers the welcome mail written in the sign-up transaction, once', async () => {
    const email = `welcome-${randomUUID()}@example.fr`;
    const { body } = await t.http.post('/api/v1/auth/register').send(member(email)).expect(201);
    const mails = await eventually(async () => (smtp.to(email).length ? smtp.to(email) : undefined));
    expect(mails[0].subject).toMatch(/Bienvenue/);
    expect(mails[0].text).toContain('Camille');
    const row = await eventually(() =>
      outboxRow(t, `welcome-user-${body.user.id}`).then((r) => (r?.sent_at ? r : undefined)),
    );
    expect(row).toMatchObject({ outcome: 'sent', attempts: 1, relayed_at: null });
    expect(smtp.to(email)).toHaveLength(1);
  });

  it('keeps retrying while the SMTP server refuses, and delivers once it accepts again', async () => {
    smtp.refusing = true;
    const email = `refused-${randomUUID()}@example.fr`;
    const { body } = await t.http.post('/api/v1/auth/register').send(member(email)).expect(201);
    const key = `welcome-user-${body.user.id}`;
    // The first attempt is refused: the message stays unsent with its error, due again after a backoff.
    const refused = await eventually(() => outboxRow(t, key).then((r) => (r?.last_error ? r : undefined)));
    expect(refused.sent_at).toBeNull();
    expect(smtp.refusedCount).toBeGreaterThan(0);
    smtp.refusing = false;
    // Bring the retry forward instead of waiting the real 30 s backoff.
    await t.dataSource.query(`UPDATE outbox_messages SET due_at = now() WHERE key = $1`, [key]);
    await eventually(async () => smtp.to(email).length > 0);
    const row = await eventually(() => outboxRow(t, key).then((r) => (r?.sent_at ? r : undefined)));
    expect(row.attempts).toBe(2);
    expect(smtp.to(email)).toHaveLength(1);
  });
});

describe('outbox → BullMQ on real Redis → worker → SMTP', () => {
  const smtp = new SmtpPeer();
  let api: TestApp;
  let worker: TestApp;
  beforeAll(async () => {
    const smtpUrl = await smtp.start();
    // A queue name of this test's own would need another catalogue; a fresh Redis database index isolates it.
    const redisUrl = `${TEST_REDIS_URL}/7`;
    api = await createTestApp({ env: { SMTP_URL: smtpUrl, REDIS_URL: redisUrl } });
    worker = await createTestApp({
      env: { SMTP_URL: smtpUrl, REDIS_URL: redisUrl },
      role: 'worker',
      databaseUrl: api.databaseUrl,
    });
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
  });

  it('relays from the API process and lets the worker process send', async () => {
    expect(api.app.get(JobsRuntime).worker).toBeUndefined();
    expect(worker.app.get(JobsRuntime).worker).toBeDefined();
    const email = `queued-${randomUUID()}@example.fr`;
    const { body } = await api.http.post('/api/v1/auth/register').send(member(email)).expect(201);
    await eventually(async () => smtp.to(email).length > 0);
    const row = await eventually(() =>
      outboxRow(api, `welcome-user-${body.user.id}`).then((r) => (r?.sent_at ? r : undefined)),
    );
    expect(row.relayed_at).not.toBeNull();
    expect(row.outcome).toBe('sent');
    expect(smtp.to(email)).toHaveLength(1);
  });
});

describe('outbox while Redis is down (private redis-server)', () => {
  const smtp = new SmtpPeer();
  let redis: PrivateRedis;
  let t: TestApp;
  beforeAll(async () => {
    redis = await PrivateRedis.create();
    t = await createTestApp({ env: { SMTP_URL: await smtp.start(), REDIS_URL: redis.url, JOBS_IN_API: 'true' } });
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
    await smtp.stop();
  });

  it('confirms sign-ups with Redis down, reports it degraded, and delivers every mail once Redis is back', async () => {
    const ready = await t.http.get('/api/health/ready').expect(200);
    expect(ready.body.dependencies).toEqual({ database: 'up', redis: 'degraded', smtp: 'up' });

    const emails = Array.from({ length: 5 }, () => `offline-${randomUUID()}@example.fr`);
    for (const email of emails) await t.http.post('/api/v1/auth/register').send(member(email)).expect(201);
    const [waiting] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE sent_at IS NULL AND relayed_at IS NULL AND kind = 'identity.welcome'`,
    );
    expect(waiting.n).toBe(5);
    expect(smtp.received).toHaveLength(0);

    await redis.start();
    await eventually(async () => emails.every((email) => smtp.to(email).length > 0), 30_000);
    for (const email of emails) expect(smtp.to(email)).toHaveLength(1);
    // Readiness says so once its own probe has reconnected (it retries every second at most).
    await eventually(async () => {
      const ready2 = await t.http.get('/api/health/ready').expect(200);
      return ready2.body.dependencies.redis === 'up';
    }, 10_000);
  });
});

describe('a job BullMQ hands back while a dead worker still holds its message (private redis-server)', () => {
  const smtp = new SmtpPeer();
  let redis: PrivateRedis;
  let t: TestApp;
  beforeAll(async () => {
    redis = await PrivateRedis.create();
    t = await createTestApp({
      env: { SMTP_URL: await smtp.start(), REDIS_URL: redis.url, JOBS_IN_API: 'true', JOB_LEASE_SECONDS: '2' },
    });
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
    await smtp.stop();
  });

  it('waits for the lease to run out instead of completing with nothing sent, then sends once', async () => {
    const email = `held-${randomUUID()}@example.fr`;
    const { body } = await t.http.post('/api/v1/auth/register').send(member(email)).expect(201);
    const key = `welcome-user-${body.user.id}`;
    // As a worker killed mid-send leaves it: leased for a while, never marked sent. (Redis was down until now,
    // so no worker has seen it.)
    const [[{ claimed_until: leaseEnd }]] = await t.dataSource.query(
      `UPDATE outbox_messages SET claimed_until = now() + interval '8 seconds' WHERE key = $1 RETURNING claimed_until`,
      [key],
    );
    await redis.start();
    // The worker meets the lease, puts the job back for one lease (2 s), and again, until it ran out.
    const [mail] = await eventually(async () => (smtp.to(email).length ? smtp.to(email) : undefined), 30_000);
    expect(mail.date!.getTime()).toBeGreaterThanOrEqual(new Date(leaseEnd).getTime() - 1000);
    const row = await eventually(() => outboxRow(t, key).then((r) => (r?.sent_at ? r : undefined)));
    expect(row).toMatchObject({ outcome: 'sent', attempts: 1 });
    expect(row.relayed_at).not.toBeNull();
    expect(smtp.to(email)).toHaveLength(1);
  });
});
