// A throwaway PostgreSQL database and the built API running on it, for one benchmark run.
// The database is created on the local PostgreSQL (BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres)
// as bastide_bench_<name>_<pid> and dropped afterwards, even when the run fails or is interrupted
// (unless BENCH_KEEP_DATABASE is set).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export const ROOT = resolve(import.meta.dirname, '..');
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const API_MAIN = join(ROOT, 'dist/backend/main.js');
// BENCH_READY_TIMEOUT_S: a migration that backfills a table from millions of bookings takes longer.
const READY_TIMEOUT_MS = Number(process.env.BENCH_READY_TIMEOUT_S ?? 180) * 1000;
const STOP_TIMEOUT_MS = 20_000;

/** The connection string of another database on the same server. */
export function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A free TCP port on the loopback interface (the benches' private services take theirs here too). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/** The API as a child process, with its own data directory (mail files, logs) under the system's temp folder. */
export async function startApi(url, env) {
  if (!existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: build the API first (npm run build:api).`);
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bastide-bench-'));
  const logFile = join(dataDir, 'api.log');
  const log = openSync(logFile, 'a');
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: ROOT,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      TZ: 'UTC',
      PORT: String(port),
      DATABASE_URL: url,
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      DEMO_DATA: 'false',
      // Sign-ups of the bench's members come from one address in a burst.
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
  });
  let exited = false;
  const exit = new Promise((resolveExit) =>
    child.once('exit', (code, signal) => {
      exited = true;
      resolveExit({ code, signal });
    }),
  );
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (exited) throw new Error(`The API stopped while starting; see ${logFile}`);
    try {
      const response = await fetch(`${base}/api/health/ready`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The API was not ready within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
    }
    await sleep(250);
  }
  return {
    base,
    port,
    pid: child.pid,
    logFile,
    dataDir,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exit;
        clearTimeout(timer);
      }
    },
  };
}

/**
 * Runs `body({ db, pool, api, databaseUrl, reused })` against a fresh database named after the bench, with the
 * API started on it (migrations applied, reference data loaded, no demo data). Cleans up whatever happens.
 * `reuseDatabase` names a database a previous run kept: it is neither created nor dropped.
 */
export async function withBenchServer(name, body, { apiEnv = {}, reuseDatabase } = {}) {
  const database = reuseDatabase ?? `bastide_bench_${name}_${process.pid}`;
  const keep = Boolean(process.env.BENCH_KEEP_DATABASE || reuseDatabase);
  const url = databaseUrl(database);
  let api;
  let pool;
  let cleaned = false;
  let succeeded = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    await api?.stop().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    // BENCH_KEEP_DATABASE=1 leaves it for EXPLAIN ANALYZE by hand (drop it afterwards).
    if (keep) process.stdout.write(`Database ${database} kept: ${url}\n`);
    else await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    // The API's log stays when something went wrong (or on request), for the reader to see why.
    if (api && succeeded && !process.env.BENCH_KEEP_LOGS) rmSync(api.dataDir, { recursive: true, force: true });
  };
  const interrupted = async (signal) => {
    process.stderr.write(`\n${signal}: stopping the API and dropping ${database}\n`);
    await cleanUp().catch(() => undefined);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  if (!reuseDatabase) await adminQuery(`CREATE DATABASE ${database}`);
  try {
    process.stdout.write(
      `Database ${database} ${reuseDatabase ? 'reused' : 'created'}; starting the API (migrations, reference data)…\n`,
    );
    api = await startApi(url, apiEnv);
    process.stdout.write(`API (pid ${api.pid}) ready at ${api.base}; log in ${api.logFile}\n`);
    pool = new pg.Pool({ connectionString: url, max: 4 });
    const result = await body({ api, pool, databaseUrl: url, reused: Boolean(reuseDatabase) });
    succeeded = true;
    return result;
  } finally {
    await cleanUp();
    if (!keep) process.stdout.write(`Database ${database} dropped.\n`);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}
