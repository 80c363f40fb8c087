#!/usr/bin/env node
// `npm run bench:scale-out`: the deployment of docs/operations.md in miniature, on the loopback interface. A fresh
// database, TWO API processes started at the same moment on it (both migrate: the advisory lock must let one do it),
// TWO worker processes, one Redis of the bench's own (noeviction, AOF, as recommended) and a local SMTP server that
// keeps every message. Members sign up, book contended desks and register for events with few seats through
// both APIs at once; then the bench waits for the outbox to drain and checks that:
//   - no two active bookings of one resource overlap (SQL, besides the exclusion constraint);
//   - no event holds more registrations than seats, and its `taken` counter matches its rows;
//   - everything an API confirmed (201) is in the database as it was answered;
//   - every confirmation mail arrived exactly once: one per booking (its calendar UID names the booking id), one
//     per registration or place in line, one welcome per member, and none for anything that does not exist.
// Every phase is bounded in count and in seconds. BENCH_MEMBERS (60) and BENCH_BOOKINGS (1,500 booking attempts) size
// the run: a few members and bookings are enough to see that it still works.
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { simpleParser } from 'mailparser';
import pg from 'pg';
import { shuffled, workingDays } from './bench-dates.mjs';
import { adminQuery, databaseUrl, ROOT, startApi } from './bench-server.mjs';
import { startRedis, startSmtp, startWorker } from './bench-services.mjs';
import { describeMachine, httpClient, machineState, ms, rate, runLoad, table } from './load.mjs';

const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 60);
const SITES = 2;
const DESKS_PER_SITE = 6;
const DATES = 8;
const BOOKING_ATTEMPTS = Number(process.env.BENCH_BOOKINGS ?? 1500);
const EVENTS = 3;
const SEATS = 10;
const CONCURRENCY = 32;
const LOAD_MAX_SECONDS = 120;
const DRAIN_MAX_SECONDS = 300;
const PUBLIC_URL = 'https://bastide.example.fr';
const OFFICER = { email: 'agent.scale@example.fr', password: 'une phrase de passe d’agent assez longue' };
const SLOTS = ['full_day', 'morning', 'afternoon'];
const WORKDAY = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];
const OFFICE_WEEK = { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] };

/** Two published sites of `DESKS_PER_SITE` desks, written straight into the schema (sites are not the point). */
async function seedSites(pool) {
  const sites = await pool.query(
    `INSERT INTO sites (slug, name, search_name, commune_code, epci_code, address, latitude, longitude,
                        opening_hours, status)
     SELECT 'echelle-' || n, 'Tiers-lieu d’essai ' || n, 'tiers-lieu d essai ' || n, c.code, c.epci_code,
            'Place de la Libération, 32000 Auch', 43.6465, 0.5855, $1::jsonb, 'published'
     FROM generate_series(1, $2::int) AS n, communes c WHERE c.code = '32013'
     ORDER BY n RETURNING id`,
    [JSON.stringify(OFFICE_WEEK), SITES],
  );
  const siteIds = sites.rows.map((r) => r.id);
  const desks = await pool.query(
    `INSERT INTO resources (site_id, name, kind)
     SELECT s.id, 'Bureau ' || k, 'desk' FROM unnest($1::uuid[]) AS s(id), generate_series(1, $2::int) AS k
     RETURNING id, site_id`,
    [siteIds, DESKS_PER_SITE],
  );
  return { siteIds, desks: desks.rows };
}

/**
 * Sends with an Idempotency-Key and, when the connection itself failed (a keep-alive socket the server closed
 * just as it was reused: ECONNRESET), once more with the same key: a client's safe retry, which may not
 * book or register twice. Counts the retries.
 */
const retried = { count: 0 };
async function sendOnce(client, method, path, options, key) {
  const withKey = { ...options, headers: { ...options.headers, 'idempotency-key': key } };
  try {
    return await client.request(method, path, withKey);
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(error.message)) throw error;
    retried.count += 1;
    return client.request(method, path, withKey);
  }
}

function expectStatus(response, status, what) {
  if (response.status !== status) {
    throw new Error(`${what} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

/** Members signed up through the two APIs in turn (each gets a welcome mail). */
async function signUp(apis) {
  const members = [];
  for (let i = 0; i < MEMBERS; i++) {
    const email = `membre-${i}-${process.pid}@example.fr`;
    const body = expectStatus(
      await apis[i % 2].request('POST', '/api/v1/auth/register', {
        body: {
          email,
          password: 'une phrase de passe assez longue',
          firstName: 'Camille',
          lastName: `Échelle ${i}`,
          homeCommuneCode: '31555',
        },
      }),
      201,
      'Sign-up',
    );
    members.push({ id: body.user.id, email, bearer: `Bearer ${body.accessToken}` });
  }
  return members;
}

/** Events of `SEATS` seats made by the officer on one API and published through the other. */
async function makeEvents(apis, siteIds, date) {
  const login = expectStatus(await apis[0].request('POST', '/api/v1/auth/login', { body: OFFICER }), 200, 'Login');
  const authorization = `Bearer ${login.accessToken}`;
  const events = [];
  for (let i = 0; i < EVENTS; i++) {
    const event = expectStatus(
      await apis[0].request('POST', '/api/v1/events', {
        headers: { authorization },
        body: {
          siteId: siteIds[i % siteIds.length],
          title: `Atelier d’essai ${i + 1}`,
          description: 'Un atelier pour éprouver les inscriptions concurrentes.',
          category: 'workshop',
          start: `${date}T${String(9 + 2 * i).padStart(2, '0')}:00`,
          end: `${date}T${String(10 + 2 * i).padStart(2, '0')}:30`,
          capacity: SEATS,
        },
      }),
      201,
      'Event creation',
    );
    expectStatus(
      await apis[1].request('POST', `/api/v1/events/${event.id}/publish`, { headers: { authorization } }),
      200,
      'Publication',
    );
    events.push(event.id);
  }
  return events;
}

/** Parses every message once, and names what each confirms: the calendar UIDs it carries and its subject. */
async function readMail(messages) {
  const mails = [];
  for (const { to, raw } of messages) {
    const parsed = await simpleParser(raw);
    const calendar = [
      ...(parsed.attachments ?? []).map((a) => a.content.toString('utf8')),
      typeof parsed.text === 'string' ? parsed.text : '',
    ].join('\n');
    const uids = [...calendar.matchAll(/^UID:(\S+)/gm)].map((m) => m[1]);
    mails.push({ to, subject: parsed.subject ?? '', uids: [...new Set(uids)], messageId: parsed.messageId });
  }
  return mails;
}

/** Waits until every due outbox row is sent (or failed) and no new message came for two seconds. */
async function drain(pool, smtp) {
  const started = performance.now();
  const deadline = started + DRAIN_MAX_SECONDS * 1000;
  let last = -1;
  let stableSince = 0;
  for (;;) {
    const [{ pending }] = (
      await pool.query(
        `SELECT count(*)::int AS pending FROM outbox_messages
         WHERE sent_at IS NULL AND failed_at IS NULL AND due_at <= now()`,
      )
    ).rows;
    const count = smtp.messages.length;
    if (count !== last) {
      last = count;
      stableSince = performance.now();
    }
    if (pending === 0 && performance.now() - stableSince > 2000) break;
    if (performance.now() > deadline) throw new Error(`The outbox did not drain within ${DRAIN_MAX_SECONDS} s`);
    await sleep(250);
  }
  return (performance.now() - started) / 1000;
}

async function main() {
  const startedAt = new Date();
  const machineBefore = machineState();
  process.stdout.write(`Machine: ${describeMachine(machineBefore)}\n`);
  const database = `bastide_bench_scaleout_${process.pid}`;
  const url = databaseUrl(database);
  const redis = await startRedis({ asInProduction: true });
  // The SMTP peer keeps every message whole, with its recipients, to be parsed once the run is over.
  const smtp = await startSmtp({ maxClients: 200, keepMessages: true });
  process.stdout.write(`Private Redis (noeviction, AOF) at ${redis.url}; SMTP server at ${smtp.url}\n`);
  const processes = [];
  let pool;
  const clients = [];
  let succeeded = false;
  const cleanUp = async () => {
    for (const client of clients) client.close();
    await Promise.all(processes.map((p) => p.stop().catch(() => undefined)));
    await pool?.end().catch(() => undefined);
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined);
    await smtp.stop();
    await redis.stop();
    if (succeeded && !process.env.BENCH_KEEP_LOGS) {
      for (const p of processes) rmSync(p.dataDir, { recursive: true, force: true });
    }
  };
  process.once('SIGINT', async () => {
    process.stderr.write('\nSIGINT: stopping the processes and dropping the database\n');
    await cleanUp().catch(() => undefined);
    process.exit(130);
  });

  let report;
  try {
    await adminQuery(`CREATE DATABASE ${database}`);
    const shared = {
      REDIS_URL: redis.url,
      SMTP_URL: smtp.url,
      PUBLIC_URL,
      JWT_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: url,
    };
    // Both APIs at the same moment on an empty database: both run the migrations and ensure the officer.
    let started = performance.now();
    const apis = await Promise.all(
      [0, 1].map(() =>
        startApi(url, {
          ...shared,
          JOBS_IN_API: 'false',
          BOOTSTRAP_ADMIN_EMAIL: OFFICER.email,
          BOOTSTRAP_ADMIN_PASSWORD: OFFICER.password,
        }),
      ),
    );
    processes.push(...apis);
    const apiStartSeconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `Two APIs started together on a fresh database in ${apiStartSeconds.toFixed(1)} s: ` +
        `${apis.map((a) => `${a.base} (pid ${a.pid})`).join(', ')}\n`,
    );
    const workers = await Promise.all([0, 1].map(() => startWorker(shared, { dirPrefix: 'bastide-scale-worker-' })));
    processes.push(...workers);
    const idleCpu = workers.map((w) => w.cpuSeconds());
    process.stdout.write(`Two workers: pids ${workers.map((w) => w.pid).join(', ')}\n`);
    pool = new pg.Pool({ connectionString: url, max: 4 });
    const [{ migrations }] = (await pool.query(`SELECT count(*)::int AS migrations FROM migrations`)).rows;
    const [{ officers }] = (
      await pool.query(`SELECT count(*)::int AS officers FROM users WHERE email = $1`, [OFFICER.email])
    ).rows;

    const http = apis.map((api) => {
      const client = httpClient(api.base, { maxSockets: CONCURRENCY });
      clients.push(client);
      return client;
    });
    const { siteIds, desks } = await seedSites(pool);
    const dates = workingDays(DATES, 3);
    const members = await signUp(http);
    const events = await makeEvents(http, siteIds, dates[0]);
    process.stdout.write(
      `${members.length} members signed up, ${desks.length} desks on ${SITES} sites, ${dates.length} dates ` +
        `(${dates[0]} … ${dates.at(-1)}), ${events.length} events of ${SEATS} seats\n`,
    );

    // Bookings: every attempt picks a desk, a date and a slot among few, so that many collide, and goes to
    // the API its number names (even: first, odd: second).
    const attempts = shuffled(
      Array.from({ length: BOOKING_ATTEMPTS }, (_, i) => ({
        desk: desks[i % desks.length],
        date: dates[Math.floor(i / desks.length) % dates.length],
        slot: SLOTS[Math.floor(i / (desks.length * dates.length)) % SLOTS.length],
        member: members[(i * 7) % members.length],
      })),
    );
    const answeredBookings = [];
    const bookingLoad = await runLoad({
      concurrency: CONCURRENCY,
      requests: attempts.length,
      maxSeconds: LOAD_MAX_SECONDS,
      send: async (i) => {
        const { desk, date, slot, member } = attempts[i];
        const response = await sendOnce(
          http[i % 2],
          'POST',
          '/api/v1/bookings',
          { body: { resourceId: desk.id, date, slot }, headers: { authorization: member.bearer } },
          `scale-booking-${i}`,
        );
        if (response.status === 201) answeredBookings.push({ id: response.body.id, member });
        return String(response.status);
      },
    });
    process.stdout.write(`Bookings: ${JSON.stringify(bookingLoad.outcomes)} in ${bookingLoad.seconds.toFixed(1)} s\n`);

    // Registrations: every member asks for a seat at every event twice at once, once through each API.
    const asks = shuffled(
      events.flatMap((event) => members.flatMap((member) => [0, 1].map((api) => ({ event, member, api })))),
    );
    const answeredRegistrations = [];
    const registrationLoad = await runLoad({
      concurrency: CONCURRENCY,
      requests: asks.length,
      maxSeconds: LOAD_MAX_SECONDS,
      send: async (i) => {
        const { event, member, api } = asks[i];
        const response = await sendOnce(
          http[api],
          'POST',
          `/api/v1/events/${event}/registrations`,
          { headers: { authorization: member.bearer } },
          `scale-registration-${i}`,
        );
        if (response.status === 201) {
          answeredRegistrations.push({ id: response.body.id, status: response.body.status, event, member });
        }
        return String(response.status);
      },
    });
    process.stdout.write(
      `Registrations: ${JSON.stringify(registrationLoad.outcomes)} in ${registrationLoad.seconds.toFixed(1)} s\n`,
    );

    const drainSeconds = await drain(pool, smtp);
    process.stdout.write(`Outbox drained ${drainSeconds.toFixed(1)} s after the last request; reading the mail…\n`);
    // A second copy, if any, would come now.
    await sleep(3000);
    const workerCpu = workers.map((w, i) => w.cpuSeconds() - idleCpu[i]);
    const mails = await readMail(smtp.messages);

    // --- Checks -------------------------------------------------------------------------------------------
    const failures = [];
    const host = new URL(PUBLIC_URL).hostname;
    const [{ overlaps }] = (
      await pool.query(
        `SELECT count(*)::int AS overlaps FROM bookings a JOIN bookings b
           ON a.resource_id = b.resource_id AND a.id < b.id AND a.during && b.during
         WHERE a.status IN ('confirmed', 'checked_in') AND b.status IN ('confirmed', 'checked_in')`,
      )
    ).rows;
    if (overlaps !== 0) failures.push(`${overlaps} pairs of active bookings overlap`);

    const stored = (await pool.query(`SELECT b.id, b.status, u.email FROM bookings b JOIN users u ON u.id = b.user_id`))
      .rows;
    const storedById = new Map(stored.map((b) => [b.id, b]));
    for (const { id, member } of answeredBookings) {
      const row = storedById.get(id);
      if (!row || row.status !== 'confirmed' || row.email !== member.email) {
        failures.push(`booking ${id} answered 201 but is ${row ? `${row.status} for ${row.email}` : 'missing'}`);
      }
    }
    if (stored.length !== answeredBookings.length) {
      failures.push(`${stored.length} bookings stored, ${answeredBookings.length} answered 201`);
    }

    const seats = (
      await pool.query(
        `SELECT e.id, e.capacity, e.taken,
                count(r.id) FILTER (WHERE r.status IN ('registered', 'attended'))::int AS holding,
                count(r.id) FILTER (WHERE r.status = 'waitlisted')::int AS waiting
         FROM events e LEFT JOIN event_registrations r ON r.event_id = e.id GROUP BY e.id`,
      )
    ).rows;
    for (const e of seats) {
      if (e.holding > e.capacity) failures.push(`event ${e.id} oversold: ${e.holding} seats of ${e.capacity}`);
      if (e.holding !== e.taken) failures.push(`event ${e.id} counts ${e.taken} taken for ${e.holding} rows`);
      if (e.holding + e.waiting !== members.length) {
        failures.push(`event ${e.id}: ${e.holding} + ${e.waiting} in line for ${members.length} members`);
      }
    }
    const registrations = (
      await pool.query(
        `SELECT r.id, r.event_id, r.status, u.email FROM event_registrations r JOIN users u ON u.id = r.user_id`,
      )
    ).rows;
    const registrationById = new Map(registrations.map((r) => [r.id, r]));
    for (const { id, status, event, member } of answeredRegistrations) {
      const row = registrationById.get(id);
      if (!row || row.status !== status || row.event_id !== event || row.email !== member.email) {
        failures.push(`registration ${id} answered ${status} but is ${row ? row.status : 'missing'}`);
      }
    }
    if (registrations.length !== answeredRegistrations.length) {
      failures.push(`${registrations.length} registrations stored, ${answeredRegistrations.length} answered 201`);
    }

    // Mail: how many messages each (recipient, what it confirms) received.
    const received = new Map();
    const tally = (key) => received.set(key, (received.get(key) ?? 0) + 1);
    for (const mail of mails) {
      for (const to of mail.to) {
        if (/^Bienvenue|^Welcome/i.test(mail.subject)) tally(`welcome ${to}`);
        else if (/^Réservation confirmée|^Booking confirmed/.test(mail.subject)) {
          for (const uid of mail.uids) tally(`booking ${to} ${uid}`);
          if (!mail.uids.length) tally(`booking ${to} without UID`);
        } else if (/^Inscription confirmée|^Registration confirmed/.test(mail.subject)) {
          for (const uid of mail.uids) tally(`registered ${to} ${uid}`);
        } else if (/^Liste d’attente|^Waiting list/.test(mail.subject)) tally(`waitlisted ${to} ${mail.subject}`);
        else tally(`other ${to} ${mail.subject}`);
      }
    }
    const expected = new Map();
    for (const m of members) expected.set(`welcome ${m.email}`, 1);
    for (const b of stored) expected.set(`booking ${b.email} booking-${b.id}@${host}`, 1);
    const titles = new Map((await pool.query(`SELECT id, title FROM events`)).rows.map((e) => [e.id, e.title]));
    for (const r of registrations) {
      if (r.status === 'registered') expected.set(`registered ${r.email} event-${r.event_id}@${host}`, 1);
      else expected.set(`waitlisted ${r.email} Liste d’attente : ${titles.get(r.event_id)}`, 1);
    }
    let missing = 0;
    let duplicated = 0;
    let unexpected = 0;
    for (const [key, count] of expected) {
      const got = received.get(key) ?? 0;
      if (got === 0) missing += 1;
      if (got > 1) duplicated += 1;
      if (got !== count && failures.length < 40) failures.push(`mail "${key}": ${got} received, 1 expected`);
    }
    for (const [key, got] of received) {
      if (!expected.has(key)) {
        unexpected += got;
        if (failures.length < 40) failures.push(`mail "${key}" not expected (${got})`);
      }
    }
    const messageIds = new Set(mails.map((m) => m.messageId));
    if (messageIds.size !== mails.length) failures.push(`${mails.length - messageIds.size} repeated Message-IDs`);
    const [{ failed }] = (
      await pool.query(`SELECT count(*)::int AS failed FROM outbox_messages WHERE failed_at IS NOT NULL`)
    ).rows;
    if (failed) failures.push(`${failed} outbox messages failed`);
    if (migrations === 0) failures.push('no migration recorded');
    if (officers !== 1) failures.push(`${officers} officer accounts after two concurrent bootstraps`);

    const machineAfter = machineState();
    const byKind = (await pool.query(`SELECT kind, count(*)::int AS n FROM outbox_messages GROUP BY 1 ORDER BY 1`))
      .rows;
    report = {
      startedAt: startedAt.toISOString(),
      command: 'npm run bench:scale-out',
      machineBefore,
      machineAfter,
      processes: { apis: apis.map((a) => a.pid), workers: workers.map((w) => w.pid) },
      workerCpuSeconds: workerCpu,
      retriedAfterConnectionReset: retried.count,
      smtpConnectionErrors: smtp.connectionErrors(),
      apiStartSeconds,
      migrations,
      members: members.length,
      desks: desks.length,
      dates: dates.length,
      bookings: {
        attempts: attempts.length,
        sent: bookingLoad.sent,
        outcomes: bookingLoad.outcomes,
        perSecond: bookingLoad.perSecond,
        p50: bookingLoad.p50,
        p95: bookingLoad.p95,
        p99: bookingLoad.p99,
        stored: stored.length,
        errors: bookingLoad.errors,
      },
      registrations: {
        attempts: asks.length,
        sent: registrationLoad.sent,
        outcomes: registrationLoad.outcomes,
        perSecond: registrationLoad.perSecond,
        p50: registrationLoad.p50,
        p95: registrationLoad.p95,
        p99: registrationLoad.p99,
        seats: seats.map(({ capacity, taken, holding, waiting }) => ({ capacity, taken, holding, waiting })),
        errors: registrationLoad.errors,
      },
      outbox: byKind,
      mail: {
        received: mails.length,
        expected: expected.size,
        missing,
        duplicated,
        unexpected,
        drainSeconds,
      },
      overlaps,
      failures,
    };
    succeeded = failures.length === 0;
  } finally {
    await cleanUp();
  }

  const outDir = join(ROOT, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `scale-out-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  // A phase stops at LOAD_MAX_SECONDS: on a crowded machine fewer requests than planned are sent.
  const row = (name, load) => [
    name,
    load.sent === load.attempts ? load.attempts : `${load.sent} of ${load.attempts}`,
    Object.entries(load.outcomes)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', '),
    rate(load.perSecond),
    ms(load.p50),
    ms(load.p95),
    ms(load.p99),
  ];
  process.stdout.write(
    `\n${table(
      ['phase (2 APIs)', 'requests sent', 'answers', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms'],
      [row('bookings', report.bookings), row('registrations', report.registrations)],
    )}\n\n` +
      `Bookings stored: ${report.bookings.stored}; overlapping pairs: ${report.overlaps}. Seats (capacity/taken/rows/in line): ` +
      `${report.registrations.seats.map((s) => `${s.capacity}/${s.taken}/${s.holding}/${s.waiting}`).join(', ')}\n` +
      `Mail: ${report.mail.received} received for ${report.mail.expected} expected (missing ${report.mail.missing}, ` +
      `twice ${report.mail.duplicated}, unexpected ${report.mail.unexpected}); outbox drained in ` +
      `${report.mail.drainSeconds.toFixed(1)} s after the load\n` +
      `Outbox by kind: ${report.outbox.map((k) => `${k.kind} ${k.n}`).join(', ')}\n` +
      `Worker CPU during the run: ${report.workerCpuSeconds.map((c) => `${c.toFixed(1)} s`).join(', ')}; ` +
      `requests retried after a connection reset: ${report.retriedAfterConnectionReset}` +
      (report.smtpConnectionErrors ? `; SMTP connections broken mid-message: ${report.smtpConnectionErrors}` : '') +
      '\n' +
      `Load average after: ${report.machineAfter.loadAverage.join(' / ')}\nFigures in ${file}\n`,
  );
  if (report.failures.length) {
    process.stdout.write(`\nFAILED:\n${report.failures.map((f) => `  - ${f}`).join('\n')}\n`);
    process.exitCode = 1;
  } else {
    process.stdout.write('\nPASSED: nothing overlaps, nothing is oversold, every mail arrived exactly once.\n');
  }
}

await main();
