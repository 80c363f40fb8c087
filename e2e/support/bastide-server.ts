import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const root = resolve(import.meta.dirname, '../..');
const adminUrl = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export interface BastideServer {
  baseUrl: string;
  dataDir: string;
  /** The name of its database on the local PostgreSQL. */
  database: string;
  /** A connection string to that database, for checks made straight in SQL. */
  databaseUrl: string;
  output(): string;
  /**
   * Moves the server's clock to `instant` (it runs on from there). Only for a server started with
   * `clock`; resolves once the process has taken the new time.
   */
  setClock(instant: Date): Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Where the server's clock starts, instead of the machine's time (see shifted-clock.cjs). */
  clock?: Date;
  /**
   * The database of a server already running, for a second API process beside it (the first one drops it);
   * by default each server gets a new database of its own.
   */
  database?: string;
  /** The API alone, for tests that make no page load: only `dist/backend` need be built. */
  apiOnly?: boolean;
}

/**
 * The production build (`dist/`) as `npm start` runs it, on a database of its own, so that the browser
 * sees exactly what a user would.
 */
export async function startBastide(
  env: Record<string, string> = {},
  options: StartOptions = {},
): Promise<BastideServer> {
  const main = join(root, 'dist/backend/main.js');
  if (!existsSync(main) || (!options.apiOnly && !existsSync(join(root, 'dist/frontend/browser/index.html')))) {
    throw new Error('Build first: the end-to-end tests run the built API and web app (npm test does it).');
  }
  const database = options.database ?? `bastide_e2e_${randomBytes(5).toString('hex')}`;
  if (!options.database) await admin(`CREATE DATABASE ${database}`);
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'bastide-e2e-'));
  const clockFile = join(dataDir, 'clock-offset');
  const clockArgs: string[] = [];
  const clockEnv: Record<string, string> = {};
  if (options.clock) {
    writeFileSync(clockFile, String(options.clock.getTime() - Date.now()));
    clockArgs.push('--require', join(root, 'e2e/support/shifted-clock.cjs'));
    clockEnv['BASTIDE_E2E_CLOCK_FILE'] = clockFile;
  }
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [...clockArgs, main], {
    cwd: root,
    env: {
      PATH: process.env['PATH'] ?? '',
      DATABASE_URL: url.toString(),
      PORT: String(port),
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      ...clockEnv,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  // Two minutes: migrations and reference data on a fresh database take long on a busy two-core machine.
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Bastide exited during start-up:\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/api/health/ready`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      // Not left running behind a failed test (it would also keep Jest from exiting).
      child.kill('SIGKILL');
      throw new Error(`Bastide did not become ready in 120 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    dataDir,
    database,
    databaseUrl: url.toString(),
    output: () => log,
    async setClock(instant: Date) {
      if (!options.clock) throw new Error('This server runs on the machine clock: start it with { clock }.');
      const offset = String(instant.getTime() - Date.now());
      writeFileSync(clockFile, offset);
      child.kill('SIGUSR2');
      const deadline = Date.now() + 10_000;
      while (readFileSync(`${clockFile}.ack`, 'utf8') !== offset) {
        if (Date.now() > deadline) throw new Error('The server did not take the new time in 10 s.');
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      if (child.exitCode === null) {
        await new Promise<void>((done) => {
          child.once('exit', () => done());
          child.kill('SIGTERM');
        });
      }
      if (!options.database) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface BastideWorker {
  output(): string;
  /** Sends `signal` and resolves once the process is gone: `SIGKILL` for a crash, `SIGTERM` for a shutdown. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * A job worker as `npm run worker` runs it (`dist/backend/main.js --worker`) on the database of a server
 * already running; `env` must give it the same `REDIS_URL` (and `SMTP_URL`). Resolves once it takes jobs.
 */
export async function startBastideWorker(server: BastideServer, env: Record<string, string>): Promise<BastideWorker> {
  let log = '';
  const child: ChildProcess = spawn(process.execPath, [join(root, 'dist/backend/main.js'), '--worker'], {
    cwd: root,
    env: {
      PATH: process.env['PATH'] ?? '',
      DATABASE_URL: server.databaseUrl,
      DATA_DIR: server.dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      // `info`, for the line that says it is ready.
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!log.includes('Bastide worker is taking jobs from Redis')) {
    if (child.exitCode !== null) throw new Error(`The worker exited during start-up:\n${log}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The worker did not start in 120 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    output: () => log,
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((done) => {
        child.once('exit', () => done());
        child.kill(signal);
      });
    },
  };
}
