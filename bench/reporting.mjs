#!/usr/bin/env node
// `npm run bench:reporting`: the reports over a national network and five years of bookings (3,500 sites,
// about 57,000 resources, 200,000 members, ten million bookings; `bench/reporting-generator.mjs`), timed
// through HTTP with an officer's token (and a host's): one warm-up then five runs of each report, median and
// max. The goal: the network's month by site and the year by EPCI × month each answer in under 500 ms
// (median of 5) on this machine. Then `EXPLAIN (ANALYZE, BUFFERS)` of every statement of those two reports,
// as the API sends them, written to bench/results/.
//
// Scale: BENCH_SITES (3500), BENCH_BOOKINGS (10000000), BENCH_MEMBERS (200000 × sites / 3500);
// BENCH_LOAD_CONNECTIONS (3) loads and indexes on that many connections at once.
// BENCH_KEEP_DATABASE=1 keeps the generated database; BENCH_REUSE_DB=<name> times the reports on a kept one
// without generating anything (the API's new migrations still run).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT, withBenchServer } from './bench-server.mjs';
import { describeMachine, httpClient, machineState, ms, table } from './load.mjs';
import { generateReportingData } from './reporting-generator.mjs';

const SITES = Number(process.env.BENCH_SITES ?? 3500);
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 10_000_000);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? Math.round((200_000 * SITES) / 3500));
const REUSE = process.env.BENCH_REUSE_DB;
/** Connections loading bookings and building indexes at once. */
const CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 3);
const RUNS = 5;
const GOAL_MS = 500;
const OFFICER = { email: 'officier.banc@example.fr', password: 'une phrase de passe assez longue pour le banc' };

/** A full past month and the last full year of the generated five. */
const MONTH = { from: '2026-10-01', to: '2026-10-31' };
const YEAR = { from: '2025-01-01', to: '2025-12-31' };

const QUERIES = [
  {
    label: 'occupancy, month by site (network)',
    path: `/api/v1/reports/occupancy?from=${MONTH.from}&to=${MONTH.to}&groupBy=site`,
    as: 'officer',
    goal: true,
  },
  {
    label: 'occupancy, year by EPCI × month (network)',
    path: `/api/v1/reports/occupancy?from=${YEAR.from}&to=${YEAR.to}&groupBy=epci,month`,
    as: 'officer',
    goal: true,
  },
  {
    label: 'telework-days, year by employer × home EPCI',
    path: `/api/v1/reports/telework-days?from=${YEAR.from}&to=${YEAR.to}&groupBy=organization,homeEpci`,
    as: 'officer',
  },
  {
    label: 'events, year by month',
    path: `/api/v1/reports/events?from=${YEAR.from}&to=${YEAR.to}&groupBy=month`,
    as: 'officer',
  },
  {
    label: "occupancy, one host's month by day",
    path: `/api/v1/reports/occupancy?from=${MONTH.from}&to=${MONTH.to}&groupBy=day`,
    as: 'host',
  },
];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function signIn(api, credentials) {
  const response = await api.request('POST', '/api/v1/auth/login', { body: credentials });
  if (response.status !== 200 || !response.body.accessToken) {
    throw new Error(`sign-in of ${credentials.email} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return `Bearer ${response.body.accessToken}`;
}

/** A host of the published site with the most resources: signed up through the API, appointed in SQL. */
async function hostOfBusiestSite(api, pool) {
  const credentials = { email: `hote.banc.${process.pid}@example.fr`, password: OFFICER.password };
  const response = await api.request('POST', '/api/v1/auth/register', {
    body: { ...credentials, firstName: 'Sacha', lastName: 'Hôte', homeCommuneCode: '32013' },
  });
  if (response.status !== 201) throw new Error(`sign-up answered ${response.status}: ${JSON.stringify(response.body)}`);
  const [site] = (
    await pool.query(
      `SELECT s.id, s.name, count(*)::int AS resources FROM sites s JOIN resources r ON r.site_id = s.id
       WHERE s.status = 'published' GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1`,
    )
  ).rows;
  await pool.query(`UPDATE users SET role = 'host' WHERE id = $1`, [response.body.user.id]);
  await pool.query(`INSERT INTO site_hosts (site_id, user_id) VALUES ($1, $2)`, [site.id, response.body.user.id]);
  return { bearer: await signIn(api, credentials), site };
}

/** What an answer holds, to show the reports answered something real. */
function shape(body) {
  if (!body || typeof body !== 'object') return '';
  const rows = Array.isArray(body.rows) ? body.rows.length : '?';
  const totals = body.totals ?? {};
  const figures = ['bookedHours', 'occupancyRate', 'bookings', 'uniqueMembers', 'days', 'members', 'events']
    .filter((field) => totals[field] !== undefined && totals[field] !== null)
    .map((field) => `${field} ${totals[field]}`)
    .join(', ');
  return `${rows} rows; ${figures}`;
}

async function timeReports(server, pool) {
  const api = httpClient(server.base, { maxSockets: 1 });
  try {
    const bearers = { officer: await signIn(api, OFFICER) };
    const host = await hostOfBusiestSite(api, pool);
    bearers.host = host.bearer;
    process.stdout.write(`Host of ${host.site.name} (${host.site.resources} resources)\n`);
    const results = [];
    for (const query of QUERIES) {
      const timings = [];
      let answer;
      let failure;
      for (let run = 0; run <= RUNS; run++) {
        const started = performance.now();
        let response;
        try {
          response = await api.request('GET', query.path, { headers: { authorization: bearers[query.as] } });
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          break;
        }
        const elapsed = performance.now() - started;
        if (response.status !== 200) {
          failure = `${response.status} ${JSON.stringify(response.body).slice(0, 300)}`;
          break;
        }
        answer = response.body;
        if (run > 0) timings.push(elapsed);
        else process.stdout.write(`  ${query.label}: warm-up ${ms(elapsed)} ms; ${shape(answer)}\n`);
      }
      const result = {
        ...query,
        timings,
        median: timings.length === RUNS ? median(timings) : NaN,
        max: timings.length ? Math.max(...timings) : NaN,
        shape: shape(answer),
        failure,
        loadAverage: machineState().loadAverage,
      };
      results.push(result);
      process.stdout.write(
        failure
          ? `  ${query.label}: FAILED ${failure}\n`
          : `  ${query.label}: median ${ms(result.median)} ms, max ${ms(result.max)} ms ` +
              `(${timings.map(ms).join(', ')}); load ${result.loadAverage.join(' / ')}\n`,
      );
    }
    return results;
  } finally {
    api.close();
  }
}

/**
 * Every statement of the two goal reports, as the API's code builds them: the compiled report classes run on
 * a data source that sends each statement through `EXPLAIN (ANALYZE, BUFFERS)` before running it.
 */
async function explainGoalReports(pool) {
  const require = createRequire(import.meta.url);
  const { OccupancyReport } = require(join(ROOT, 'dist/backend/modules/reporting/occupancy-report.js'));
  const { ReportScope } = require(join(ROOT, 'dist/backend/modules/reporting/report-scope.js'));
  const sections = [];
  let statements = [];
  const dataSource = {
    async query(sql, params = []) {
      // The report runs some statements at once: each keeps the place it was issued in.
      const statement = { sql, params, plan: '' };
      statements.push(statement);
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      // The scope's site ids, written out in the plan, would be 3,500 UUIDs a line.
      const text = plan.rows
        .map((row) => row['QUERY PLAN'])
        .join('\n')
        .replace(
          /'\{[0-9a-f-]{36}(,[0-9a-f-]{36})*\}'::uuid\[\]/g,
          (ids) => `'{…${ids.split(',').length} site ids…}'::uuid[]`,
        );
      statement.plan = text;
      return (await pool.query(sql, params)).rows;
    },
  };
  const report = new OccupancyReport(dataSource, new ReportScope(dataSource));
  const principal = { userId: '00000000-0000-0000-0000-000000000000', sessionId: '', role: 'admin', hostedSiteIds: [] };
  for (const [label, query] of [
    ['Occupancy, month by site (network)', { ...MONTH, groupBy: 'site' }],
    ['Occupancy, year by EPCI × month (network)', { ...YEAR, groupBy: 'epci,month' }],
  ]) {
    statements = [];
    const started = performance.now();
    await report.report(principal, query);
    const elapsed = performance.now() - started;
    sections.push({ label, query, elapsed, statements });
    process.stdout.write(`  EXPLAIN ${label}: ${statements.length} statements (${ms(elapsed)} ms with EXPLAIN)\n`);
  }
  const shorten = (params) =>
    JSON.stringify(params.map((p) => (Array.isArray(p) && p.length > 3 ? `[${p.length} site ids]` : p)));
  return sections
    .map(
      (section) =>
        `## ${section.label}: ${JSON.stringify(section.query)}\n\n` +
        section.statements
          .map(
            (s, i) =>
              `### Statement ${i + 1}\n\n\`\`\`sql\n${s.sql.replace(/^\s*\n/, '')}\n\`\`\`\n\nParameters: ${shorten(s.params)}\n\n` +
              `\`\`\`\n${s.plan}\n\`\`\`\n`,
          )
          .join('\n'),
    )
    .join('\n');
}

async function main() {
  const startedAt = new Date();
  const machineBefore = machineState();
  process.stdout.write(`Machine: ${describeMachine(machineBefore)}\n`);
  const resultsDir = join(ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const explainFile = join(resultsDir, `reporting-explain-${stamp}.md`);
  const report = await withBenchServer(
    'reporting',
    async ({ api: server, pool, reused }) => {
      let generated;
      if (!reused) {
        process.stdout.write(
          `Generating ${SITES} sites, ${MEMBERS} members, about ${BOOKINGS.toLocaleString('en-GB')} bookings…\n`,
        );
        const started = Date.now();
        generated = await generateReportingData(pool, {
          sites: SITES,
          bookings: BOOKINGS,
          members: MEMBERS,
          connections: CONNECTIONS,
        });
        generated.seconds = (Date.now() - started) / 1000;
        process.stdout.write(`Generated in ${generated.seconds.toFixed(0)} s: ${JSON.stringify(generated.sizes)}\n`);
      }
      const [sizes] = (
        await pool.query(
          `SELECT (SELECT count(*) FROM sites)::int AS sites, (SELECT count(*) FROM resources)::int AS resources,
                  (SELECT count(*) FROM bookings)::bigint AS bookings,
                  (SELECT count(*) FROM reporting_site_days)::bigint AS rollup_rows,
                  pg_size_pretty(pg_database_size(current_database())) AS database_size`,
        )
      ).rows;
      const [{ monthly }] = (await pool.query(`SELECT to_regclass('reporting_member_years') IS NOT NULL AS monthly`))
        .rows;
      if (monthly) {
        // The rollups of migrations 1764460000000 and 1764476000000: rows and size on disk (with indexes) of each.
        sizes.monthly_rollups = (
          await pool.query(
            `SELECT t AS table, (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', t), false, true, '')))[1]::text::bigint AS rows,
                    pg_size_pretty(pg_total_relation_size(t)) AS size
             FROM unnest(ARRAY['reporting_site_months', 'reporting_member_site_months', 'reporting_site_month_counts',
                               'reporting_member_epci_months', 'reporting_epci_month_counts', 'reporting_member_months',
                               'reporting_member_years', 'reporting_site_month_members', 'reporting_epci_months']) AS t
             WHERE to_regclass(t) IS NOT NULL`,
          )
        ).rows;
      }
      process.stdout.write(`Data set: ${JSON.stringify(sizes)}\nTiming (1 warm-up + ${RUNS} runs each):\n`);
      const results = await timeReports(server, pool);
      process.stdout.write('EXPLAIN (ANALYZE, BUFFERS) of the goal reports:\n');
      const explain = await explainGoalReports(pool);
      writeFileSync(explainFile, `# EXPLAIN of the goal reports (${startedAt.toISOString()})\n\n${explain}`);
      process.stdout.write(`Plans written to ${explainFile}\n`);
      if (generated) {
        // Last, as explained in the generator: the constraints only writes need, under an exclusive lock.
        process.stdout.write('Constraints of the bookings put back:\n');
        const started = Date.now();
        sizes.database_size = await generated.restoreConstraints();
        generated.seconds += (Date.now() - started) / 1000;
        process.stdout.write(`Data set ready in ${generated.seconds.toFixed(0)} s in all; ${sizes.database_size}\n`);
      }
      return { generated, sizes, results };
    },
    {
      apiEnv: { BOOTSTRAP_ADMIN_EMAIL: OFFICER.email, BOOTSTRAP_ADMIN_PASSWORD: OFFICER.password },
      reuseDatabase: REUSE,
    },
  );

  const { results } = report;
  process.stdout.write(
    `\nReports through HTTP, one at a time, median and max of ${RUNS} after a warm-up (${startedAt.toISOString()}); ` +
      `${report.sizes.sites} sites, ${Number(report.sizes.bookings).toLocaleString('en-GB')} bookings\n` +
      table(
        ['report', 'median ms', 'max ms', 'answer', `median < ${GOAL_MS} ms`],
        results.map((r) => [
          r.label,
          ms(r.median),
          ms(r.max),
          r.failure ? `FAILED ${r.failure.slice(0, 60)}` : r.shape,
          r.goal ? (r.median < GOAL_MS ? 'yes' : 'NO') : '(not a goal)',
        ]),
      ) +
      '\n',
  );
  const file = join(resultsDir, `reporting-${stamp}.json`);
  const machineAfter = machineState();
  process.stdout.write(`Machine after the run: ${describeMachine(machineAfter)}\n`);
  writeFileSync(file, JSON.stringify({ startedAt, machineBefore, machineAfter, ...report }, null, 2));
  process.stdout.write(`Figures written to ${file}\n`);

  const failures = results.filter((r) => r.failure || (r.goal && !(r.median < GOAL_MS)));
  if (failures.length) {
    process.stderr.write(`FAILED: ${failures.map((r) => r.label).join('; ')}\n`);
    process.exit(1);
  }
}

await main();
