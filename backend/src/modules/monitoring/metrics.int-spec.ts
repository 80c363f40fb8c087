import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { givenBooking, postBooking } from '../../testing/booking-fixtures';
import { givenEvent, postRegistration } from '../../testing/events-fixtures';
import { PrivateRedis } from '../../testing/private-redis';
import { givenHost, givenResource, givenSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { WorkerMetricsServer } from './worker-metrics-server';

/** Friday 20 March 2026, 11:00 in Auch. */
const NOW = new Date('2026-03-20T10:00:00Z');
const TOKEN = 'metrics-token-for-the-integration-spec-0123456789';

/** The value of one series of a Prometheus text exposition, or undefined when it is absent. */
function sample(exposition: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of exposition.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => found[key] === value)) return Number(match[3]);
  }
  return undefined;
}

async function scrape(t: TestApp): Promise<string> {
  const response = await t.http.get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text;
}

/** An outbox row due `minutesAgo` ago that a phantom worker holds for a day, so that nothing here works it. */
async function givenHeldMessage(t: TestApp, key: string, minutesAgo: number): Promise<void> {
  await t.dataSource.query(
    `INSERT INTO outbox_messages (kind, key, payload, due_at, claimed_until)
     VALUES ('booking.reminder', $1, '{}', $2::timestamptz - make_interval(mins => $3), $2::timestamptz + interval '1 day')`,
    [key, NOW, minutesAgo],
  );
}

describe('metrics endpoint without Redis', () => {
  let t: TestApp;
  let smtp: SmtpPeer;
  let admin: TestAccount;
  let member: TestAccount;

  beforeAll(async () => {
    smtp = new SmtpPeer();
    t = await createTestApp({
      clock: new FixedClock(NOW),
      env: { SMTP_URL: await smtp.start(), METRICS_TOKEN: TOKEN },
    });
    admin = await givenAdmin(t);
    member = await givenMember(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('refuses a scrape without the token or with another one (401 problem+json)', async () => {
    const without = await t.http.get('/api/metrics').expect(401);
    expect(without.headers['content-type']).toMatch(/^application\/problem\+json/);
    await t.http.get('/api/metrics').set('Authorization', `Bearer ${TOKEN}x`).expect(401);
    await t.http.get('/api/metrics').set('Authorization', 'Bearer short').expect(401);
    // A member's access token is not the metrics token either.
    await t.http.get('/api/metrics').set('Authorization', member.bearer).expect(401);
  });

  it('counts a booking and a registration, times requests by route template and counts the mails sent', async () => {
    const site = await givenSite(t, admin);
    const host = await givenHost(t, admin, site.id);
    const desk = await givenResource(t, host, site.id);
    const event = await givenEvent(t, host, site.id);
    const before = await scrape(t);
    expect(sample(before, 'bastide_bookings_made_total', { origin: 'member' })).toBeUndefined();

    const booking = await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-27', slot: 'morning' });
    await postRegistration(t, member, event.id).expect(201);
    await t.http.get(`/api/v1/sites/${site.id}`).expect(200);
    const after = await eventually(async () => {
      const text = await scrape(t);
      // Sign-ups' welcomes and the booking's confirmation at least, through the in-process runner and the peer.
      const sent = sample(text, 'bastide_mails_sent_total') ?? 0;
      return sent >= 2 && sent === smtp.received.length && text;
    });
    expect(sample(after, 'bastide_bookings_made_total', { origin: 'member' })).toBe(1);
    expect(sample(after, 'bastide_event_registrations_made_total', { status: 'registered' })).toBe(1);
    expect(sample(after, 'bastide_mails_failed_total')).toBe(0);
    const byRoute = (method: string, route: string, status: string) =>
      sample(after, 'bastide_http_request_duration_seconds_count', { method, route, status });
    expect(byRoute('POST', '/api/v1/bookings', '201')).toBe(1);
    expect(byRoute('GET', '/api/v1/sites/:idOrSlug', '200')).toBe(1);
    expect(byRoute('POST', '/api/v1/events/:id/registrations', '201')).toBe(1);
    // Ids and tokens never become labels.
    expect(after).not.toContain(booking.id);
    expect(after).not.toContain(site.id);
    expect(after).not.toContain(TOKEN);
    // Without Redis there is no queue: its series are absent, not zero.
    expect(sample(after, 'bastide_queue_jobs', { state: 'waiting' })).toBeUndefined();
    expect(sample(after, 'bastide_metrics_source_up', { source: 'queue' })).toBeUndefined();
    expect(sample(after, 'bastide_metrics_source_up', { source: 'outbox' })).toBe(1);
    expect(sample(after, 'bastide_process_cpu_seconds_total')).toBeGreaterThan(0);
  });

  it('does not count a registration or a booking replayed under the same Idempotency-Key', async () => {
    const site = await givenSite(t, admin);
    const host = await givenHost(t, admin, site.id);
    const desk = await givenResource(t, host, site.id);
    const event = await givenEvent(t, host, site.id);
    const other = await givenMember(t);
    const counts = async () => {
      const text = await scrape(t);
      return [
        sample(text, 'bastide_event_registrations_made_total', { status: 'registered' }) ?? 0,
        sample(text, 'bastide_bookings_made_total', { origin: 'member' }) ?? 0,
      ];
    };
    const [registrations, bookings] = await counts();
    await postRegistration(t, other, event.id, 'same-key').expect(201);
    await postRegistration(t, other, event.id, 'same-key').expect(201);
    const booking = { resourceId: desk.id, date: '2026-03-26', slot: 'afternoon' };
    await postBooking(t, other, booking, 'same-key').expect(201);
    await postBooking(t, other, booking, 'same-key').expect(201);
    expect(await counts()).toEqual([registrations + 1, bookings + 1]);
  });

  it('shows the outbox backlog: due rows not yet worked, the age of the oldest, and failed rows', async () => {
    // The mails of the tests above, worked by the in-process runner.
    const before = await eventually(async () => {
      const text = await scrape(t);
      return sample(text, 'bastide_outbox_backlog_messages') === 0 && text;
    });
    expect(sample(before, 'bastide_outbox_backlog_oldest_age_seconds')).toBe(0);
    expect(sample(before, 'bastide_outbox_failed_messages')).toBe(0);
    await givenHeldMessage(t, 'metrics-spec-1', 10);
    await givenHeldMessage(t, 'metrics-spec-2', 3);
    await t.dataSource.query(
      `INSERT INTO outbox_messages (kind, key, payload, due_at, failed_at, attempts, last_error)
       VALUES ('booking.reminder', 'metrics-spec-failed', '{}', $1, $1, 5, 'refused')`,
      [NOW],
    );
    const after = await scrape(t);
    expect(sample(after, 'bastide_outbox_backlog_messages')).toBe(2);
    expect(sample(after, 'bastide_outbox_backlog_oldest_age_seconds')).toBe(600);
    expect(sample(after, 'bastide_outbox_failed_messages')).toBe(1);
  });
});

describe('metrics endpoint switched off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers 404 when METRICS_TOKEN is not set, whatever the token', async () => {
    await t.http.get('/api/metrics').expect(404);
    await t.http.get('/api/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(404);
  });
});

describe('metrics endpoint with Redis', () => {
  let t: TestApp;
  let redis: PrivateRedis;
  let admin: TestAccount;
  let member: TestAccount;

  beforeAll(async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    // No worker in this process: the confirmation waits in BullMQ, where the queue gauges see it.
    t = await createTestApp({
      clock: new FixedClock(NOW),
      env: { REDIS_URL: redis.url, JOBS_IN_API: 'false', METRICS_TOKEN: TOKEN },
    });
    admin = await givenAdmin(t);
    member = await givenMember(t);
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('shows the queue depth by state and the age of the oldest waiting job', async () => {
    const site = await givenSite(t, admin);
    const desk = await givenResource(t, admin, site.id);
    await givenBooking(t, member, { resourceId: desk.id, date: '2026-03-27', slot: 'full_day' });
    const text = await eventually(async () => {
      const scraped = await scrape(t);
      // The sign-up welcomes and the booking's confirmation, relayed and waiting for a worker.
      return (sample(scraped, 'bastide_queue_jobs', { state: 'waiting' }) ?? 0) >= 1 && scraped;
    });
    expect(sample(text, 'bastide_metrics_source_up', { source: 'queue' })).toBe(1);
    expect(sample(text, 'bastide_queue_jobs', { state: 'active' })).toBe(0);
    expect(sample(text, 'bastide_queue_jobs', { state: 'failed' })).toBe(0);
    expect(sample(text, 'bastide_queue_jobs', { state: 'delayed' })).toBe(0);
    expect(sample(text, 'bastide_queue_oldest_job_age_seconds', { state: 'waiting' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'bastide_bookings_made_total', { origin: 'member' })).toBe(1);
    // Relayed rows have left the backlog.
    await eventually(async () => sample(await scrape(t), 'bastide_outbox_backlog_messages') === 0);
  });

  it('still answers when Redis is down, without the queue series and saying which source failed', async () => {
    await redis.stop();
    const started = Date.now();
    const text = await scrape(t);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(sample(text, 'bastide_metrics_source_up', { source: 'queue' })).toBe(0);
    expect(sample(text, 'bastide_queue_jobs', { state: 'waiting' })).toBeUndefined();
    expect(sample(text, 'bastide_metrics_source_up', { source: 'outbox' })).toBe(1);
  });
});

describe('metrics of a worker process', () => {
  let t: TestApp;
  let redis: PrivateRedis;

  beforeAll(async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    // Port 0: the system picks one, read back from the server.
    t = await createTestApp({
      role: 'worker',
      env: { REDIS_URL: redis.url, METRICS_TOKEN: TOKEN, METRICS_PORT: '0' },
    });
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('serves GET /metrics on METRICS_PORT for the same token, and nothing else there', async () => {
    const port = t.app.get(WorkerMetricsServer).port;
    expect(port).toBeGreaterThan(0);
    const at = (path: string, token?: string) =>
      fetch(`http://127.0.0.1:${port}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
    expect((await at('/metrics')).status).toBe(401);
    expect((await at('/metrics', `${TOKEN}x`)).status).toBe(401);
    expect((await at('/api/v1/sites', TOKEN)).status).toBe(404);
    const answer = await at('/metrics', TOKEN);
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(sample(text, 'bastide_mails_sent_total')).toBe(0);
    expect(sample(text, 'bastide_queue_jobs', { state: 'waiting' })).toBe(0);
  });
});
