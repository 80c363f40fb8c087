import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { FixedClock } from '../../common/clock/clock';
import { JOB_QUEUE } from '../../jobs/job-catalogue';
import { givenAdmin, givenMember, TestAccount } from '../../testing/accounts';
import { postBooking } from '../../testing/booking-fixtures';
import { PrivateRedis } from '../../testing/private-redis';
import { givenHost, givenResource, givenSite } from '../../testing/sites-fixtures';
import { SmtpPeer } from '../../testing/smtp-peer';
import { createTestApp, eventually, TestApp } from '../../testing/test-app';
import { bookingUid } from './booking-invitation';

/**
 * Invariant 3 of DESIGN.md under faults: nothing the API confirmed loses its e-mail, whether Redis is down
 * when the booking is made or the SMTP server refuses for a while. Each test runs its own redis-server on
 * its own port (never the shared one), so that it can be stopped and started.
 */

/** Friday 20 March 2026, 11:00 in Paris. */
const NOW = new Date('2026-03-20T10:00:00Z');
/** The ten weekdays of the next two weeks (no public holiday among them). */
const DAYS = ['23', '24', '25', '26', '27', '30', '31']
  .map((d) => `2026-03-${d}`)
  .concat(['01', '02', '03'].map((d) => `2026-04-${d}`));

interface Network {
  members: TestAccount[];
  desks: { id: string }[];
}

/** A site with `size` desks and `size` members; each member books their own desk on the ten days. */
async function givenNetwork(t: TestApp, size: number): Promise<Network> {
  const admin = await givenAdmin(t);
  const site = await givenSite(t, admin);
  const host = await givenHost(t, admin, site.id);
  const desks = [];
  for (let n = 0; n < size; n++) desks.push(await givenResource(t, host, site.id, { name: `Bureau ${n + 1}` }));
  const members = await Promise.all(desks.map(() => givenMember(t)));
  return { members, desks };
}

/** `count` bookings (member `m` on desk `m`, day after day), members in parallel; answers each status and id. */
async function book(
  t: TestApp,
  network: Network,
  count: number,
): Promise<{ status: number; id: string; email: string }[]> {
  const perMember = Math.ceil(count / network.members.length);
  const made = await Promise.all(
    network.members.map(async (member, m) => {
      const mine = [];
      for (const date of DAYS.slice(0, Math.min(perMember, count - m * perMember))) {
        const response = await postBooking(t, member, { resourceId: network.desks[m].id, date, slot: 'full_day' });
        mine.push({ status: response.status, id: String(response.body.id), email: member.email });
      }
      return mine;
    }),
  );
  return made.flat();
}

/** Confirmations that arrived, as `"<address> <uid>"` → copies: a confirmation is a mail with a REQUEST invitation. */
const confirmationsReceived = (smtp: SmtpPeer) => smtp.invitations('REQUEST');

/** The key under which `confirmationsReceived` counts a booking's confirmation. */
const confirmationOf = (t: TestApp, booking: { email: string; id: string }) =>
  `${booking.email} ${bookingUid(booking.id, t.config.publicUrl)}`;

/** Waits until BullMQ has nothing left to do, so that a second copy, if any, would have been sent by then. */
async function queueDrained(redis: PrivateRedis): Promise<void> {
  const queue = new Queue(JOB_QUEUE, { connection: { host: '127.0.0.1', port: redis.port } });
  try {
    await eventually(async () => {
      const counts = await queue.getJobCounts('active', 'wait', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0);
    });
  } finally {
    await queue.close();
  }
}

async function unsentConfirmations(t: TestApp): Promise<number> {
  const [{ n }] = await t.dataSource.query(
    `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'booking.confirmed' AND sent_at IS NULL`,
  );
  return n;
}

describe('bookings while Redis is down', () => {
  const smtp = new SmtpPeer();
  let redis: PrivateRedis;
  let t: TestApp;
  let network: Network;

  beforeAll(async () => {
    // Created but not started: the API comes up with its Redis unreachable.
    redis = await PrivateRedis.create();
    t = await createTestApp({
      clock: new FixedClock(NOW),
      env: { SMTP_URL: await smtp.start(), REDIS_URL: redis.url, JOBS_IN_API: 'true' },
    });
    network = await givenNetwork(t, 10);
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
    await smtp.stop();
  });

  it('confirms 100 bookings with Redis stopped, says Redis is degraded, and mails each once when it is back', async () => {
    const bookings = await book(t, network, 100);
    expect(bookings).toHaveLength(100);
    expect(bookings.map((b) => b.status)).toEqual(Array(100).fill(201));
    expect(new Set(bookings.map((b) => b.id)).size).toBe(100);

    const ready = await t.http.get('/api/health/ready').expect(200);
    expect(ready.body.dependencies).toEqual({ database: 'up', redis: 'degraded', smtp: 'up' });
    expect(await unsentConfirmations(t)).toBe(100);
    expect(confirmationsReceived(smtp).size).toBe(0);

    await redis.start();
    await eventually(async () => confirmationsReceived(smtp).size === 100, 120_000);
    await eventually(async () => (await unsentConfirmations(t)) === 0);
    await queueDrained(redis);

    const received = confirmationsReceived(smtp);
    expect([...received.keys()].sort()).toEqual(bookings.map((b) => confirmationOf(t, b)).sort());
    expect([...received.values()].filter((n) => n !== 1)).toEqual([]);
    const ready2 = await t.http.get('/api/health/ready').expect(200);
    expect(ready2.body.dependencies.redis).toBe('up');
  }, 180_000);
});

describe('bookings while the SMTP server refuses for a while (BullMQ retries)', () => {
  const smtp = new SmtpPeer();
  let redis: PrivateRedis;
  let t: TestApp;
  let network: Network;

  beforeAll(async () => {
    redis = await PrivateRedis.create();
    await redis.start();
    t = await createTestApp({
      clock: new FixedClock(NOW),
      env: {
        SMTP_URL: await smtp.start(),
        REDIS_URL: redis.url,
        JOBS_IN_API: 'true',
        // The catalogue's first wait is 30 s and doubles: a refusal would hold this test for minutes. The
        // retry path is the real one (BullMQ's exponential backoff, the outbox's attempts), on a clock
        // shrunk a hundredfold: 300 ms, 600 ms, 1.2 s… so the 8 tries of a confirmation still span ~38 s,
        // far more than the refusal below lasts.
        JOB_BACKOFF_SCALE: '0.01',
      },
    });
    network = await givenNetwork(t, 4);
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
    await smtp.stop();
  });

  it('retries the refused confirmations and delivers every one once the server accepts again', async () => {
    smtp.refusing = true;
    const bookings = await book(t, network, 20);
    expect(bookings.map((b) => b.status)).toEqual(Array(20).fill(201));

    // Every confirmation was tried and refused at least once (451 "try again later").
    await eventually(async () => {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'booking.confirmed' AND last_error IS NOT NULL`,
      );
      return n === 20;
    }, 30_000);
    expect(confirmationsReceived(smtp).size).toBe(0);
    smtp.refusing = false;

    await eventually(async () => confirmationsReceived(smtp).size === 20, 30_000);
    await eventually(async () => (await unsentConfirmations(t)) === 0);
    await queueDrained(redis);

    const received = confirmationsReceived(smtp);
    expect([...received.keys()].sort()).toEqual(bookings.map((b) => confirmationOf(t, b)).sort());
    expect([...received.values()].filter((n) => n !== 1)).toEqual([]);
    const rows: { attempts: number; failed_at: Date | null; outcome: string }[] = await t.dataSource.query(
      `SELECT attempts, failed_at, outcome FROM outbox_messages WHERE kind = 'booking.confirmed'`,
    );
    expect(rows).toHaveLength(20);
    for (const row of rows) {
      expect(row.attempts).toBeGreaterThanOrEqual(2);
      expect(row).toMatchObject({ failed_at: null, outcome: 'sent' });
    }
  }, 120_000);
});
