import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import { Client } from 'pg';
import { frenchPublicHolidayOn } from '../../backend/src/modules/sites/french-public-holidays';
import { PrivateRedis } from '../../backend/src/testing/private-redis';
import { SmtpPeer } from '../../backend/src/testing/smtp-peer';
import { BastideServer, BastideWorker, startBastide, startBastideWorker } from '../support/bastide-server';

const PUBLIC_URL = 'https://bastide.example.fr';
/**
 * The UID of a booking's invitation (`bookingUid` in booking-invitation.ts, not imported: it would bring the
 * backend's decorated classes into this project's type check).
 */
const confirmationUid = (bookingId: string) => `booking-${bookingId}@${new URL(PUBLIC_URL).hostname}`;
const MEMBERS = 20;
const DAYS = 10;
const ADMIN = { email: 'officer@example.fr', password: 'a long enough pass phrase for the officer' };
/**
 * The lease (and BullMQ's lock and stalled check) a worker holds, shortened from 30 s: a killed worker's jobs
 * are taken again within about two of them, and this test must not wait a minute for it.
 */
const LEASE_SECONDS = '5';
/** Jobs each worker does at once (`JOB_CONCURRENCY`, its default): at most that many are in hand at the kill. */
const CONCURRENCY = 4;

/**
 * A worker process killed (SIGKILL) while it is sending loses no mail: an API process relays 200 booking
 * confirmations to BullMQ on a private Redis, a worker sends them to an SMTP peer that answers slowly (so
 * that a batch is in flight), and is killed mid-batch; a new worker delivers the rest.
 *
 * Duplicates are allowed for the messages in hand at the kill only (at most the worker's concurrency): the
 * peer may have taken a message whose acceptance the killed worker never wrote down, and the next worker
 * cannot know it was sent. Every other message is sent exactly once.
 */
describe('a worker killed mid-batch', () => {
  const smtp = new SmtpPeer();
  let redis: PrivateRedis;
  let api: BastideServer;
  let jobsEnv: Record<string, string>;
  const workers: BastideWorker[] = [];
  let sql: Client;

  beforeAll(async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    jobsEnv = {
      REDIS_URL: redis.url,
      SMTP_URL: await smtp.start(),
      JOB_LEASE_SECONDS: LEASE_SECONDS,
      JOB_CONCURRENCY: String(CONCURRENCY),
      PUBLIC_URL,
    };
    api = await startBastide(
      {
        ...jobsEnv,
        JOBS_IN_API: 'false',
        DEMO_DATA: 'false',
        BOOTSTRAP_ADMIN_EMAIL: ADMIN.email,
        BOOTSTRAP_ADMIN_PASSWORD: ADMIN.password,
      },
      { apiOnly: true },
    );
    sql = new Client({ connectionString: api.databaseUrl });
    await sql.connect();
  }, 180_000);
  afterAll(async () => {
    for (const worker of workers) await worker.kill('SIGTERM');
    await sql?.end();
    await api?.stop();
    await redis?.stop();
    await smtp.stop();
  });

  async function call(method: string, path: string, token: string | undefined, body?: unknown) {
    const response = await fetch(`${api.baseUrl}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, string> };
  }

  /** The next `DAYS` weekdays from tomorrow, not a public holiday (the sites of the test are shut then). */
  function bookingDays(): string[] {
    const days: string[] = [];
    for (
      let day = DateTime.now().setZone('Europe/Paris').plus({ days: 1 });
      days.length < DAYS;
      day = day.plus({ days: 1 })
    ) {
      if (day.weekday <= 5 && !frenchPublicHolidayOn(day.toISODate()!)) days.push(day.toISODate()!);
    }
    return days;
  }

  async function unsentConfirmations(): Promise<{ id: string; claimed: boolean }[]> {
    const { rows } = await sql.query(
      `SELECT payload->>'bookingId' AS id, claimed_until IS NOT NULL AS claimed FROM outbox_messages
       WHERE kind = 'booking.confirmed' AND sent_at IS NULL`,
    );
    return rows;
  }

  async function until(probe: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs} ms: ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  it('delivers every confirmation after a SIGKILL, a copy at most for each message in hand', async () => {
    // A slow SMTP server: each of the worker's jobs waits 100 ms on it, so some are always in flight. The
    // first worker boots while members sign up and book, and sends as the API relays.
    smtp.answerDelayMs = 100;
    const firstWorker = startBastideWorker(api, jobsEnv);
    firstWorker.catch(() => undefined);
    const admin = (await call('POST', '/auth/login', undefined, ADMIN)).body.accessToken;
    const site = await call('POST', '/sites', admin, {
      name: 'Tiers-lieu de Lectoure',
      communeCode: '32208',
      address: '5 rue Nationale, 32700 Lectoure',
      latitude: 43.9339,
      longitude: 0.6214,
      openingHours: Object.fromEntries(
        ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day, n) => [day, n < 5 ? [['08:30', '18:00']] : []]),
      ),
    });
    expect(site.status).toBe(201);
    expect((await call('PATCH', `/sites/${site.body.id}`, admin, { status: 'published' })).status).toBe(200);
    const desks = await Promise.all(
      Array.from({ length: MEMBERS }, (_, n) =>
        call('POST', `/sites/${site.body.id}/resources`, admin, { name: `Bureau ${n + 1}`, kind: 'desk' }),
      ),
    );
    const members = await Promise.all(
      desks.map(async (desk, n) => {
        expect(desk.status).toBe(201);
        const email = `worker-kill-${n}-${randomBytes(3).toString('hex')}@example.fr`;
        const signedUp = await call('POST', '/auth/register', undefined, {
          email,
          password: 'a long enough pass phrase',
          firstName: 'Camille',
          lastName: `Membre ${n}`,
        });
        expect(signedUp.status).toBe(201);
        return { email, token: signedUp.body.accessToken, deskId: desk.body.id };
      }),
    );
    const days = bookingDays();
    const booked = Promise.all(
      members.map(async (member) => {
        const mine = [];
        for (const date of days) {
          const response = await call('POST', '/bookings', member.token, {
            resourceId: member.deskId,
            date,
            slot: 'full_day',
          });
          expect(response.status).toBe(201);
          mine.push({ id: response.body.id, key: `${member.email} ${confirmationUid(response.body.id)}` });
        }
        return mine;
      }),
    );
    // Awaited below, once the worker was killed: meanwhile a failure must not go unhandled.
    booked.catch(() => undefined);
    const confirmations = () => smtp.invitations('REQUEST');
    workers.push(await firstWorker);
    await until(() => confirmations().size >= 40, 60_000, 'the first worker sends 40 confirmations');
    await workers[0].kill('SIGKILL');
    const sentBeforeKill = confirmations().size;
    const left = await unsentConfirmations();
    const inHand = left.filter((row) => row.claimed).map((row) => row.id);
    // Killed mid-batch: messages in hand (leased), and more to send.
    expect(inHand.length).toBeGreaterThan(0);
    expect(inHand.length).toBeLessThanOrEqual(CONCURRENCY);
    expect(sentBeforeKill).toBeLessThan(MEMBERS * DAYS);

    workers.push(await startBastideWorker(api, jobsEnv));
    const bookings = (await booked).flat();
    expect(bookings).toHaveLength(MEMBERS * DAYS);
    await until(
      () => bookings.every((booking) => confirmations().has(booking.key)),
      60_000,
      'every confirmation arrives',
    );
    await until(async () => (await unsentConfirmations()).length === 0, 15_000, 'the outbox is all sent');

    const received = confirmations();
    expect([...received.keys()].sort()).toEqual(bookings.map((b) => b.key).sort());
    const twice = bookings.filter((booking) => received.get(booking.key)! > 1);
    expect([...received.values()].every((copies) => copies <= 2)).toBe(true);
    // A second copy only of what the killed worker had in hand.
    expect(twice.map((booking) => booking.id).filter((id) => !inHand.includes(id))).toEqual([]);
  }, 300_000);
});
