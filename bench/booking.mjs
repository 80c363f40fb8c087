#!/usr/bin/env node
// `npm run bench:booking`: bookings per second through the API at increasing concurrency, against the same
// INSERT sent straight to PostgreSQL as the ceiling; then deliberate contention; then a check that no two
// active bookings of one resource overlap. Loopback only; every phase is bounded in requests and in seconds.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import pg from 'pg';
import { shuffled, workingDays } from './bench-dates.mjs';
import { ROOT, withBenchServer } from './bench-server.mjs';
import { describeMachine, httpClient, machineState, ms, rate, runLoad, table } from './load.mjs';

const LEVELS = [1, 4, 16, 64];
/** Requests per level (concurrency 1 gets fewer: it is slow and its figure steadies quickly). */
const REQUESTS = { 1: 300, default: 1500 };
const MAX_SECONDS = 30;
const WARM_UP = 100;
const SITES = 60;
const DESKS_PER_SITE = 10;
const DATES = 32;
/** One member per caller at the highest concurrency: a member's bookings queue on their quota lock. */
const MEMBERS = 64;
/** The TypeORM pool of the API (database-options.ts): the ceiling gets the same number of connections. */
const API_POOL = 20;
const CONTENDED_ROUNDS = 10;
const CONTENDERS = 64;
/** Rounds of the same contention sent straight to PostgreSQL, per statement (a deadlock costs a second). */
const SQL_CONTENDED_ROUNDS = 10;
/**
 * How long those transactions stay open after their inserts: about what the API's takes between its INSERT
 * and its COMMIT on this machine (round trips, the outbox row, a busy event loop).
 */
const CONTENDED_HOLD_MS = 2;
const ZONE = 'Europe/Paris';
const WORKDAY = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];
const OFFICE_WEEK = { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] };

// The statements BookingService.insert and OutboxService.enqueue run, word for word, with what a
// pay-as-you-go member's booking carries (no employer, no plan, no series). Since 43d9cc8 the API writes
// a booking with ON CONFLICT DO NOTHING: no row back means the place was taken (it then reads whether the
// member exists, to tell a 409 from a 404, which the ceiling does too).
const INSERT_BOOKING = `INSERT INTO bookings (resource_id, site_id, user_id, during, slot, home_commune_code, idempotency_key,
                               organization_id, cover_kind, cover_id, series_id, created_at)
         SELECT $1, $2, u.id, tstzrange($4::timestamptz, $5::timestamptz, '[)'), $6, u.home_commune_code, $7,
                $8, $9, $10, $11, $12
         FROM users u WHERE u.id = $3
         ON CONFLICT DO NOTHING
         RETURNING id`;
const MEMBER_EXISTS = `SELECT 1 FROM users WHERE id = $1`;
/** The statement the API ran before 43d9cc8: a plain INSERT, the exclusion constraint's 23P01 read as taken. */
const PLAIN_INSERT_BOOKING = INSERT_BOOKING.replace(/\s*ON CONFLICT DO NOTHING/, '');
const INSERT_OUTBOX = `INSERT INTO outbox_messages (kind, key, payload, due_at)
  SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::timestamptz[])
  ON CONFLICT (key) DO NOTHING`;

const requestsAt = (concurrency) => REQUESTS[concurrency] ?? REQUESTS.default;

async function seed(pool) {
  const sites = await pool.query(
    `INSERT INTO sites (slug, name, search_name, commune_code, epci_code, address, latitude, longitude,
                        opening_hours, status)
     SELECT 'banc-' || n, 'Banc d’essai ' || lpad(n::text, 3, '0'), 'banc d essai ' || lpad(n::text, 3, '0'),
            c.code, c.epci_code, 'Place de la Libération, 32000 Auch', 43.6465, 0.5855, $1::jsonb, 'published'
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

async function register(api, count) {
  const members = [];
  for (let i = 0; i < count; i++) {
    const response = await api.request('POST', '/api/v1/auth/register', {
      body: {
        email: `banc-${i}-${process.pid}@example.fr`,
        password: 'une phrase de passe assez longue',
        firstName: 'Camille',
        lastName: `Banc ${i}`,
        homeCommuneCode: '31555',
      },
    });
    if (response.status !== 201)
      throw new Error(`sign-up answered ${response.status}: ${JSON.stringify(response.body)}`);
    members.push({ id: response.body.user.id, bearer: `Bearer ${response.body.accessToken}` });
  }
  return members;
}

/** The full day of an office week in Paris, as instants. */
function fullDay(date) {
  return {
    start: DateTime.fromISO(`${date}T08:30`, { zone: ZONE }).toJSDate(),
    end: DateTime.fromISO(`${date}T18:00`, { zone: ZONE }).toJSDate(),
  };
}

function bookThroughApi(api, members, pairs) {
  return async (i) => {
    const { desk, date } = pairs[i];
    const response = await api.request('POST', '/api/v1/bookings', {
      body: { resourceId: desk.id, date, slot: 'full_day' },
      headers: { authorization: members[i % members.length].bearer },
    });
    return response.status === 201 ? 'ok' : String(response.status);
  };
}

/**
 * The ceiling: the API's INSERT alone (autocommit), or with its outbox row in one transaction like the API.
 * `plain` sends the statement the API used before 43d9cc8 instead (a conflict is then the 23P01 error).
 */
function insertStraight(pool, members, pairs, withOutbox, plain = false, holdMs = 0) {
  const statement = plain ? PLAIN_INSERT_BOOKING : INSERT_BOOKING;
  return async (i) => {
    const { desk, date } = pairs[i];
    const { start, end } = fullDay(date);
    const member = members[i % members.length].id;
    const params = [
      desk.id,
      desk.site_id,
      member,
      start,
      end,
      'full_day',
      null,
      null,
      'pay_as_you_go',
      null,
      null,
      new Date(),
    ];
    try {
      if (!withOutbox) {
        const result = await pool.query(statement, params);
        return result.rowCount === 1 ? 'ok' : '409';
      }
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await client.query(statement, params);
        if (!result.rowCount) {
          // As the API does before answering 409 (or 404 for no such member).
          const member = await client.query(MEMBER_EXISTS, [params[2]]);
          await client.query('ROLLBACK');
          return member.rowCount ? '409' : '404';
        }
        const id = result.rows[0].id;
        await client.query(INSERT_OUTBOX, [
          ['booking.confirmed'],
          [`booking-confirmed-${id}`],
          [JSON.stringify({ bookingId: id })],
          [new Date().toISOString()],
        ]);
        if (holdMs) await client.query('SELECT pg_sleep($1)', [holdMs / 1000]);
        await client.query('COMMIT');
        return 'ok';
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      if (error.code === '23P01') return '409';
      // Two inserts of one desk waiting on each other's exclusion check: PostgreSQL aborts one of them.
      if (error.code === '40P01') return 'deadlock';
      throw error;
    }
  };
}

/** Hands out (desk, date) pairs that no earlier phase used, so that no request of a phase conflicts. */
function pairDispenser(desks, dates) {
  const pairs = shuffled(dates.flatMap((date) => desks.map((desk) => ({ desk, date }))));
  let used = 0;
  return (count) => {
    if (used + count > pairs.length) throw new Error('The bench ran out of distinct desk-days: raise SITES or DATES');
    const taken = pairs.slice(used, used + count);
    used += count;
    return taken;
  };
}

function describe(outcomes) {
  return (
    Object.entries(outcomes)
      .filter(([label]) => label !== 'ok')
      .map(([label, n]) => `${n}×${label}`)
      .join(' ') || '—'
  );
}

const contest = () => ({ rounds: 0, won: 0, refused: 0, other: {}, slowest: 0, errors: [] });

/** Adds one round of contenders to the tally: wins, 409s, anything else, the slowest answer. */
function tally(contested, result) {
  contested.rounds += 1;
  contested.won += result.outcomes.ok ?? 0;
  contested.refused += result.outcomes['409'] ?? 0;
  contested.slowest = Math.max(contested.slowest, result.max);
  for (const [label, n] of Object.entries(result.outcomes)) {
    if (label !== 'ok' && label !== '409') contested.other[label] = (contested.other[label] ?? 0) + n;
  }
  for (const error of result.errors) if (contested.errors.length < 3) contested.errors.push(error);
}

async function contention(api, members, seeded, dates) {
  const [sameDeskDate, anyDeskDate] = dates;
  // Every contender of a round asks for the same desk and day: exactly one may win.
  const sameDesk = contest();
  for (let round = 0; round < CONTENDED_ROUNDS; round++) {
    const desk = seeded.desks.find((d) => d.site_id === seeded.siteIds[round]);
    const result = await runLoad({
      concurrency: CONTENDERS,
      requests: CONTENDERS,
      maxSeconds: MAX_SECONDS,
      send: bookThroughApi(
        api,
        members,
        Array.from({ length: CONTENDERS }, () => ({ desk, date: sameDeskDate })),
      ),
    });
    tally(sameDesk, result);
  }
  // Every contender asks for any desk of one site that day: exactly as many win as the site has desks.
  const anyDesk = contest();
  for (let round = 0; round < CONTENDED_ROUNDS; round++) {
    const siteId = seeded.siteIds[CONTENDED_ROUNDS + round];
    const result = await runLoad({
      concurrency: CONTENDERS,
      requests: CONTENDERS,
      maxSeconds: MAX_SECONDS,
      send: async (i) => {
        const response = await api.request('POST', '/api/v1/bookings', {
          body: { siteId, kind: 'desk', date: anyDeskDate, slot: 'full_day' },
          headers: { authorization: members[i % members.length].bearer },
        });
        return response.status === 201 ? 'ok' : String(response.status);
      },
    });
    tally(anyDesk, result);
  }
  return { sameDesk, anyDesk };
}

const OVERLAPS = `SELECT count(*)::int AS n FROM bookings a
  JOIN bookings b ON b.resource_id = a.resource_id AND a.id < b.id AND a.during && b.during
  WHERE a.status IN ('confirmed', 'checked_in') AND b.status IN ('confirmed', 'checked_in')`;

async function main() {
  const startedAt = new Date();
  const machineBefore = machineState();
  process.stdout.write(`Machine: ${describeMachine(machineBefore)}\n`);
  const report = await withBenchServer('booking', async ({ api: server, pool, databaseUrl }) => {
    const api = httpClient(server.base, { maxSockets: Math.max(...LEVELS, CONTENDERS) });
    const seeded = await seed(pool);
    const members = await register(api, MEMBERS);
    const dates = workingDays(DATES + 2);
    const distinctPairs = pairDispenser(seeded.desks, dates.slice(0, DATES));
    process.stdout.write(
      `Seeded ${SITES} sites, ${seeded.desks.length} desks, ${MEMBERS} members; ` +
        `booking full days from ${dates[0]} to ${dates[DATES - 1]}.\n`,
    );

    await runLoad({
      concurrency: 4,
      requests: WARM_UP,
      maxSeconds: MAX_SECONDS,
      send: bookThroughApi(api, members, distinctPairs(WARM_UP)),
    });

    const throughApi = [];
    for (const concurrency of LEVELS) {
      const requests = requestsAt(concurrency);
      const result = await runLoad({
        concurrency,
        requests,
        maxSeconds: MAX_SECONDS,
        send: bookThroughApi(api, members, distinctPairs(requests)),
      });
      throughApi.push(result);
      process.stdout.write(
        `  API   c=${String(concurrency).padStart(2)}: ${rate(result.perSecond)} bookings/s, p50 ${ms(result.p50)} ms, ` +
          `p99 ${ms(result.p99)} ms (${result.sent} sent, not 201: ${describe(result.outcomes)})\n`,
      );
      if (result.errors.length) process.stdout.write(`    errors: ${result.errors.join(' | ')}\n`);
    }

    // A stuck API (every pooled connection held) would make each contended round wait for the client's timeout.
    const ready = await api.request('GET', '/api/health/ready').catch(() => ({ status: 0 }));
    const contended =
      ready.status === 200
        ? await contention(api, members, seeded, dates.slice(DATES))
        : { skipped: `the API no longer answered /api/health/ready (${ready.status})` };
    api.close();
    // The ceiling gets the machine to itself, as the API had it (the API's mail runner stops with it).
    await server.stop();

    const ceilingPool = new pg.Pool({ connectionString: databaseUrl, max: API_POOL, statement_timeout: 30_000 });
    const ceiling = [];
    const ceilingWithOutbox = [];
    const straightContention = {};
    try {
      await ceilingPool.query('SELECT 1');
      for (const [target, withOutbox] of [
        [ceiling, false],
        [ceilingWithOutbox, true],
      ]) {
        for (const concurrency of LEVELS) {
          const requests = requestsAt(concurrency);
          const result = await runLoad({
            concurrency,
            requests,
            maxSeconds: MAX_SECONDS,
            send: insertStraight(ceilingPool, members, distinctPairs(requests), withOutbox),
          });
          target.push(result);
          process.stdout.write(
            `  SQL${withOutbox ? '+outbox' : ''} c=${String(concurrency).padStart(2)}: ${rate(result.perSecond)} inserts/s, ` +
              `p50 ${ms(result.p50)} ms, p99 ${ms(result.p99)} ms (not inserted: ${describe(result.outcomes)})\n`,
          );
        }
      }

      // The API's statement against the plain INSERT it used before, 64 at once on one desk and day, in a
      // transaction like the API's.
      for (const plain of [true, false]) {
        const contested = contest();
        const started = performance.now();
        for (let round = 0; round < SQL_CONTENDED_ROUNDS; round++) {
          const site = seeded.siteIds[2 * CONTENDED_ROUNDS + round + (plain ? 0 : SQL_CONTENDED_ROUNDS)];
          const desk = seeded.desks.find((d) => d.site_id === site);
          const pairs = Array.from({ length: CONTENDERS }, () => ({ desk, date: dates[DATES] }));
          tally(
            contested,
            await runLoad({
              concurrency: CONTENDERS,
              requests: CONTENDERS,
              maxSeconds: MAX_SECONDS,
              send: insertStraight(ceilingPool, members, pairs, true, plain, CONTENDED_HOLD_MS),
            }),
          );
        }
        contested.seconds = (performance.now() - started) / 1000;
        straightContention[plain ? 'insert' : 'onConflictDoNothing'] = contested;
      }
    } finally {
      await ceilingPool.end();
    }

    const checkStarted = performance.now();
    const [{ n: overlaps }] = (await pool.query(OVERLAPS)).rows;
    const [{ n: active }] = (
      await pool.query(`SELECT count(*)::int AS n FROM bookings WHERE status IN ('confirmed', 'checked_in')`)
    ).rows;
    const checkMs = performance.now() - checkStarted;
    return { throughApi, ceiling, ceilingWithOutbox, contended, straightContention, overlaps, active, checkMs };
  });

  const { throughApi, ceiling, ceilingWithOutbox, contended, straightContention, overlaps, active } = report;
  const rows = LEVELS.map((concurrency, i) => {
    const a = throughApi[i];
    const c = ceiling[i];
    const t = ceilingWithOutbox[i];
    return [
      concurrency,
      rate(a.perSecond),
      ms(a.p50),
      ms(a.p99),
      rate(c.perSecond),
      ms(c.p50),
      ms(c.p99),
      `${((100 * a.perSecond) / c.perSecond).toFixed(0)} %`,
      rate(t.perSecond),
      `${((100 * a.perSecond) / t.perSecond).toFixed(0)} %`,
    ];
  });
  process.stdout.write(
    `\nBookings of distinct desks (full days), ${startedAt.toISOString()}\n` +
      table(
        [
          'concurrency',
          'API/s',
          'p50 ms',
          'p99 ms',
          'INSERT/s',
          'p50 ms',
          'p99 ms',
          'API:INSERT',
          'INSERT+outbox/s',
          'API:tx',
        ],
        rows,
      ) +
      '\n',
  );
  const { insert, onConflictDoNothing } = straightContention;
  const contestLine = (label, contested, expected) =>
    `  ${label.padEnd(46)} ${contested.won} booked (expected ${expected}), ${contested.refused} taken, ` +
    `other: ${describe(contested.other)}; slowest ${ms(contested.slowest)} ms` +
    (contested.seconds ? `; ${contested.seconds.toFixed(1)} s in all` : '') +
    (contested.errors.length ? `\n    e.g. ${contested.errors.join(' | ')}` : '') +
    '\n';
  process.stdout.write(
    `\nContention: ${CONTENDERS} at once per round\n` +
      (contended.skipped
        ? `  API: skipped, ${contended.skipped}\n`
        : contestLine(`API, one desk-day (${contended.sameDesk.rounds} rounds)`, contended.sameDesk, CONTENDED_ROUNDS) +
          contestLine(
            `API, any desk of a site (${contended.anyDesk.rounds})`,
            contended.anyDesk,
            CONTENDED_ROUNDS * DESKS_PER_SITE,
          )) +
      contestLine(`SQL plain INSERT (before), one desk-day (${insert.rounds})`, insert, insert.rounds) +
      contestLine(
        `SQL ON CONFLICT DO NOTHING (the API's) (${onConflictDoNothing.rounds})`,
        onConflictDoNothing,
        onConflictDoNothing.rounds,
      ) +
      `\nOverlapping active bookings of one resource: ${overlaps} (among ${active} active bookings)\n`,
  );

  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `booking-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const machineAfter = machineState();
  process.stdout.write(`Machine after the run: ${describeMachine(machineAfter)}\n`);
  writeFileSync(file, JSON.stringify({ startedAt, machineBefore, machineAfter, ...report }, null, 2));
  process.stdout.write(`Figures written to ${file}\n`);

  const failures = [];
  if (overlaps !== 0) failures.push(`${overlaps} overlapping bookings`);
  if (contended.skipped) failures.push(`API contention not measured: ${contended.skipped}`);
  else {
    const { sameDesk, anyDesk } = contended;
    if (sameDesk.won !== sameDesk.rounds) failures.push('one-desk contention did not book exactly one per round');
    if (anyDesk.won !== anyDesk.rounds * DESKS_PER_SITE) failures.push('any-desk contention did not fill each site');
    // Every request that lost must have been told 409: a 500 (a deadlock) or a timeout (a hang) is a defect.
    for (const [label, contested] of [
      ['one-desk', sameDesk],
      ['any-desk', anyDesk],
    ]) {
      if (Object.keys(contested.other).length)
        failures.push(`${label} contention answered other than 201/409: ${describe(contested.other)}`);
    }
  }
  // The API's statement must never deadlock; the plain INSERT's deadlocks are shown, not judged.
  if (onConflictDoNothing.won !== onConflictDoNothing.rounds || Object.keys(onConflictDoNothing.other).length)
    failures.push(
      `ON CONFLICT DO NOTHING contention: ${onConflictDoNothing.won} booked, ${describe(onConflictDoNothing.other)}`,
    );
  for (const result of [...throughApi, ...ceiling, ...ceilingWithOutbox]) {
    if ((result.outcomes.ok ?? 0) !== result.sent) failures.push(`c=${result.concurrency}: a distinct booking failed`);
  }
  if (failures.length) {
    process.stderr.write(`FAILED: ${failures.join('; ')}\n`);
    process.exit(1);
  }
}

await main();
