#!/usr/bin/env node
// `npm run bench:availability`: latency of the first page of `GET /api/v1/availability` for one date across a
// generated national network (3,500 sites, about 50,000 desks), one request at a time after a warm-up.
// The goal is a p95 under 50 ms on this machine. Loopback only; a fixed number of requests per query.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { workingDays } from './bench-dates.mjs';
import { ROOT, withBenchServer } from './bench-server.mjs';
import { describeMachine, httpClient, machineState, ms, runLoad, table } from './load.mjs';
import { generateNetwork } from './network-generator.mjs';

const SITES = 3500;
const GERS_SITES = 150;
const DESKS_PER_SITE = 14.3;
/** Days of bookings and closures on each side of the measured date. */
const DAYS_AROUND = 10;
const WARM_UP = 20;
const REQUESTS = 200;
const MAX_SECONDS = 120;
const GOAL_P95_MS = 50;

async function main() {
  const startedAt = new Date();
  const machineBefore = machineState();
  process.stdout.write(`Machine: ${describeMachine(machineBefore)}\n`);
  // A Tuesday three weeks ahead: every kind of opening week is open, some without a morning.
  const date = workingDays(25, 21).find((d) => new Date(`${d}T12:00:00Z`).getUTCDay() === 2);
  const report = await withBenchServer('availability', async ({ api: server, pool }) => {
    process.stdout.write(`Generating the network around ${date}…\n`);
    const network = await generateNetwork(pool, {
      sites: SITES,
      gersSites: GERS_SITES,
      desksPerSite: DESKS_PER_SITE,
      benchDate: date,
      days: DAYS_AROUND,
    });
    process.stdout.write(
      `Network: ${network.sites} sites (${network.published} published, ${network.closed_that_day} closed on ${date}), ` +
        `${network.desks} desks among ${network.resources} resources, ${network.bookings} bookings; ` +
        `busiest EPCI ${network.busiestEpci.epci_code} (${network.busiestEpci.sites} sites)\n`,
    );

    const api = httpClient(server.base, { maxSockets: 1 });
    const queries = [
      { label: 'date + morning', path: `/api/v1/availability?date=${date}&slot=morning`, goal: true },
      { label: 'date + morning + desk', path: `/api/v1/availability?date=${date}&slot=morning&kind=desk`, goal: true },
      {
        label: 'date + morning + desk + EPCI',
        path: `/api/v1/availability?date=${date}&slot=morning&kind=desk&epciCode=${network.busiestEpci.epci_code}`,
        goal: true,
      },
      {
        label: 'start/end 09:00–12:00 + desk',
        path: `/api/v1/availability?start=${date}T09:00&end=${date}T12:00&kind=desk`,
        goal: false,
      },
    ];
    const results = [];
    for (const query of queries) {
      const shapes = [];
      const send = async () => {
        const response = await api.request('GET', query.path);
        if (response.status !== 200) return String(response.status);
        if (shapes.length < 1) {
          shapes.push({
            total: response.body.total,
            items: response.body.items.length,
            free: response.body.items.reduce((n, item) => n + item.freeCount, 0),
          });
        }
        return 'ok';
      };
      await runLoad({ concurrency: 1, requests: WARM_UP, maxSeconds: MAX_SECONDS, send });
      const result = await runLoad({ concurrency: 1, requests: REQUESTS, maxSeconds: MAX_SECONDS, send });
      results.push({ ...query, ...result, shape: shapes[0] });
      process.stdout.write(
        `  ${query.label}: p50 ${ms(result.p50)} ms, p95 ${ms(result.p95)} ms, p99 ${ms(result.p99)} ms ` +
          `(${result.sent} requests; first page ${shapes[0]?.items} sites, ${shapes[0]?.free} free resources, ` +
          `total ${shapes[0]?.total})\n`,
      );
    }
    api.close();
    return { date, network, results };
  });

  const { results } = report;
  process.stdout.write(
    `\nFirst page of availability on ${report.date}, one request at a time, ${REQUESTS} after ${WARM_UP} of warm-up ` +
      `(${startedAt.toISOString()})\n` +
      table(
        ['query', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'sites on page', 'total', `p95 < ${GOAL_P95_MS} ms`],
        results.map((r) => [
          r.label,
          ms(r.p50),
          ms(r.p95),
          ms(r.p99),
          ms(r.max),
          r.shape?.items ?? '—',
          r.shape?.total ?? '—',
          r.goal ? (r.p95 < GOAL_P95_MS ? 'yes' : 'NO') : '(not a goal)',
        ]),
      ) +
      '\n',
  );
  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `availability-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const machineAfter = machineState();
  process.stdout.write(`Machine after the run: ${describeMachine(machineAfter)}\n`);
  writeFileSync(file, JSON.stringify({ startedAt, machineBefore, machineAfter, ...report }, null, 2));
  process.stdout.write(`Figures written to ${file}\n`);

  const failures = results.filter((r) => (r.outcomes.ok ?? 0) !== r.sent || (r.goal && !(r.p95 < GOAL_P95_MS)));
  if (failures.length) {
    process.stderr.write(`FAILED: ${failures.map((r) => r.label).join('; ')}\n`);
    process.exit(1);
  }
}

await main();
