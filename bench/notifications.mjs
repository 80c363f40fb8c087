#!/usr/bin/env node
// `npm run bench:notifications`: 10,000 evening reminders (BENCH_REMINDERS=<n> for another count, such as a few
// hundred to see that the bench still runs) through ONE worker process to a local SMTP server.
// The bookings (one member, one desk each, tomorrow) and their `booking.reminder` outbox rows are written
// straight into the real schema; the rows fall due all at once, and the bench measures mails per second until
// every one arrived, the latency from due to arrival (p50, p99) and the worker's memory, then checks that no
// reminder is missing and none came twice. Loopback only: a redis-server of the bench's own on a free port
// (never the shared one), the SMTP server inside this process (smtp-server, answering at once).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DateTime } from 'luxon';
import { ROOT, withBenchServer } from './bench-server.mjs';
import { startRedis, startSmtp, startWorker } from './bench-services.mjs';
import { describeMachine, machineState, ms, percentile, rate, table } from './load.mjs';
import { OPENING_WEEKS } from './network-generator.mjs';

const REMINDERS = Number(process.env.BENCH_REMINDERS ?? 10_000);
const DESKS_PER_SITE = 100;
/** Everything after the reminders fell due is bounded: a stuck worker fails the bench instead of hanging it. */
const MAX_SECONDS = 900;
const ZONE = 'Europe/Paris';

/**
 * One member, one desk and one confirmed full-day booking tomorrow per reminder, and its `booking.reminder`
 * row (the key and payload the booking module writes), not yet due. Answers the members' addresses.
 */
async function seed(pool, tomorrow) {
  const sites = Math.ceil(REMINDERS / DESKS_PER_SITE);
  await pool.query(
    `INSERT INTO sites (slug, name, search_name, commune_code, epci_code, address, latitude, longitude,
                        opening_hours, status)
     SELECT 'rappel-' || n, 'Tiers-lieu ' || lpad(n::text, 3, '0'), 'tiers-lieu ' || lpad(n::text, 3, '0'),
            c.code, c.epci_code, 'Place de la Libération, 32000 Auch', 43.6465, 0.5855, $1::jsonb, 'published'
     FROM generate_series(1, $2::int) AS n, communes c WHERE c.code = '32013'`,
    [JSON.stringify(OPENING_WEEKS[0]), sites],
  );
  await pool.query(
    `INSERT INTO resources (site_id, name, kind)
     SELECT s.id, 'Bureau ' || k, 'desk' FROM sites s, generate_series(1, $1::int) AS k`,
    [DESKS_PER_SITE],
  );
  // A fifth of the members read English, as the mails do.
  const members = await pool.query(
    `INSERT INTO users (email, password_hash, first_name, last_name, locale)
     SELECT 'rappel-' || n || '@example.fr', 'bench: no password', 'Camille', 'Membre ' || n,
            CASE WHEN n % 5 = 0 THEN 'en' ELSE 'fr' END
     FROM generate_series(1, $1::int) AS n
     RETURNING email`,
    [REMINDERS],
  );
  await pool.query(
    `INSERT INTO bookings (resource_id, site_id, user_id, during, slot, status)
     SELECT r.id, r.site_id, u.id,
            tstzrange(($1::date + time '08:30') AT TIME ZONE $2, ($1::date + time '18:00') AT TIME ZONE $2, '[)'),
            'full_day', 'confirmed'
     FROM (SELECT id, site_id, row_number() OVER (ORDER BY id) AS n FROM resources) r
     JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM users) u ON u.n = r.n`,
    [tomorrow, ZONE],
  );
  await pool.query(
    `INSERT INTO outbox_messages (kind, key, payload, due_at)
     SELECT 'booking.reminder', 'booking-reminder-' || id, jsonb_build_object('bookingId', id), 'infinity'
     FROM bookings`,
  );
  await pool.query('ANALYZE');
  return members.rows.map((r) => r.email);
}

async function main() {
  const startedAt = new Date();
  const machineBefore = machineState();
  process.stdout.write(`Machine: ${describeMachine(machineBefore)}\n`);
  const redis = await startRedis();
  const smtp = await startSmtp({ maxClients: 1000 });
  process.stdout.write(`Private Redis at ${redis.url}; SMTP server at ${smtp.url}\n`);
  // BENCH_SMTP_POOL=false sends each mail on a connection of its own (as before the pooled transport), and
  // JOB_CONCURRENCY, when set, is the worker's: for comparisons.
  const jobsEnv = {
    REDIS_URL: redis.url,
    SMTP_URL: process.env.BENCH_SMTP_POOL === 'false' ? `${smtp.url}?pool=false` : smtp.url,
    PUBLIC_URL: 'https://bastide.example.fr',
    ...(process.env.JOB_CONCURRENCY ? { JOB_CONCURRENCY: process.env.JOB_CONCURRENCY } : {}),
  };
  let report;
  try {
    // The API relays the due rows to BullMQ (as in production) but sends nothing: JOBS_IN_API=false.
    report = await withBenchServer(
      'notifications',
      async ({ pool, databaseUrl }) => {
        const tomorrow = DateTime.now().setZone(ZONE).plus({ days: 1 }).toISODate();
        let started = Date.now();
        const members = await seed(pool, tomorrow);
        process.stdout.write(
          `Seeded ${members.length} members, desks and bookings for ${tomorrow} with their reminders ` +
            `in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
        );
        // BENCH_CPU_PROFILE=1: the worker writes a V8 CPU profile (open it in Chrome's DevTools) when it stops.
        const worker = await startWorker(
          { ...jobsEnv, DATABASE_URL: databaseUrl },
          { cpuProfile: Boolean(process.env.BENCH_CPU_PROFILE) },
        );
        let failed = true;
        process.stdout.write(`Worker (pid ${worker.pid}) ready; log in ${worker.logFile}\n`);
        try {
          const idleRss = worker.rssMiB();
          const idleCpu = worker.cpuSeconds();
          let peakRss = idleRss;
          const due = Date.now();
          await pool.query(`UPDATE outbox_messages SET due_at = $1 WHERE kind = 'booking.reminder'`, [new Date(due)]);
          const deadline = due + MAX_SECONDS * 1000;
          let lastReport = due;
          while (smtp.received() < members.length && Date.now() < deadline) {
            await sleep(100);
            peakRss = Math.max(peakRss, worker.rssMiB());
            if (Date.now() - lastReport >= 10_000) {
              lastReport = Date.now();
              process.stdout.write(
                `  ${smtp.received()} arrived after ${((lastReport - due) / 1000).toFixed(0)} s ` +
                  `(worker ${peakRss.toFixed(0)} MiB at most)\n`,
              );
            }
          }
          // A second copy, if any, would come now: the outbox must be all marked sent.
          started = Date.now();
          while (Date.now() - started < 10_000) {
            const { rows } = await pool.query(
              `SELECT count(*)::int AS n FROM outbox_messages WHERE kind = 'booking.reminder' AND sent_at IS NULL`,
            );
            if (rows[0].n === 0) break;
            await sleep(200);
          }
          await sleep(1000);
          const endRss = worker.rssMiB();
          const cpuSeconds = worker.cpuSeconds() - idleCpu;
          const firstArrivals = members.map((email) => smtp.arrivals.get(email)?.[0]).filter((t) => t !== undefined);
          const last = Math.max(...firstArrivals);
          const latencies = firstArrivals.map((t) => t - due).sort((a, b) => a - b);
          const missing = members.filter((email) => !smtp.arrivals.has(email)).length;
          const twice = [...smtp.arrivals.values()].filter((times) => times.length > 1).length;
          const { rows: outcomes } = await pool.query(
            `SELECT coalesce(outcome, 'unsent') AS outcome, count(*)::int AS n, max(attempts)::int AS attempts
             FROM outbox_messages WHERE kind = 'booking.reminder' GROUP BY 1 ORDER BY 1`,
          );
          failed = missing > 0 || twice > 0;
          return {
            reminders: members.length,
            arrived: firstArrivals.length,
            missing,
            twice,
            seconds: (last - due) / 1000,
            perSecond: firstArrivals.length / ((last - due) / 1000),
            p50: percentile(latencies, 50),
            p99: percentile(latencies, 99),
            rssMiB: { idle: idleRss, peak: peakRss, end: endRss },
            workerCpuSeconds: cpuSeconds,
            workerCpuMsPerMail: (cpuSeconds * 1000) / firstArrivals.length,
            outcomes,
            smtpConnectionErrors: smtp.connectionErrors(),
          };
        } finally {
          await worker.stop();
          // Its log (and profile) stays on request, or when something failed, for the reader to see why.
          if (!process.env.BENCH_KEEP_LOGS && !process.env.BENCH_CPU_PROFILE && !failed) {
            rmSync(worker.dataDir, { recursive: true, force: true });
          }
        }
      },
      { apiEnv: { ...jobsEnv, JOBS_IN_API: 'false' } },
    );
  } finally {
    await smtp.stop();
    await redis.stop();
  }

  process.stdout.write(
    `\n${report.reminders} reminders through one worker (JOB_CONCURRENCY ${jobsEnv.JOB_CONCURRENCY ?? 'default'}, ` +
      `SMTP ${process.env.BENCH_SMTP_POOL === 'false' ? 'a connection per mail' : 'pooled'}), ${startedAt.toISOString()}\n` +
      table(
        [
          'arrived',
          'seconds',
          'mails/s',
          'p50 s',
          'p99 s',
          'worker CPU ms/mail',
          'RSS idle MiB',
          'RSS peak MiB',
          'missing',
          'twice',
        ],
        [
          [
            report.arrived,
            report.seconds.toFixed(1),
            rate(report.perSecond),
            ms(report.p50 / 1000),
            ms(report.p99 / 1000),
            ms(report.workerCpuMsPerMail),
            report.rssMiB.idle.toFixed(0),
            report.rssMiB.peak.toFixed(0),
            report.missing,
            report.twice,
          ],
        ],
      ) +
      `\nOutbox: ${report.outcomes.map((o) => `${o.n} ${o.outcome} (attempts ≤ ${o.attempts})`).join(', ')}\n` +
      // A send broken off mid-message failed in the worker, which tries it again: rare, and worth seeing.
      (report.smtpConnectionErrors ? `SMTP connections broken mid-message: ${report.smtpConnectionErrors}\n` : ''),
  );
  const machineAfter = machineState();
  process.stdout.write(`Machine after the run: ${describeMachine(machineAfter)}\n`);
  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `notifications-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const settings = {
    jobConcurrency: jobsEnv.JOB_CONCURRENCY ?? 'default',
    smtpPool: process.env.BENCH_SMTP_POOL !== 'false',
  };
  writeFileSync(file, JSON.stringify({ startedAt, machineBefore, machineAfter, settings, ...report }, null, 2));
  process.stdout.write(`Figures written to ${file}\n`);

  const failures = [];
  if (report.missing) failures.push(`${report.missing} reminders missing`);
  if (report.twice) failures.push(`${report.twice} reminders arrived twice`);
  const sent = report.outcomes.find((o) => o.outcome === 'sent')?.n ?? 0;
  if (sent !== report.reminders) failures.push(`${sent} of ${report.reminders} outbox rows marked sent`);
  if (failures.length) {
    process.stderr.write(`FAILED: ${failures.join('; ')}\n`);
    process.exit(1);
  }
}

await main();
