// What the benchmarks that send mail run beside the API, all on the loopback interface: a redis-server of their
// own on a free port (never the shared one), an SMTP server inside the bench's process (smtp-server, answering at
// once) and worker processes (`node dist/backend/main.js --worker`, as `npm run worker` starts it in production).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { SMTPServer } from 'smtp-server';
import { freePort, ROOT } from './bench-server.mjs';

const API_MAIN = join(ROOT, 'dist/backend/main.js');
const WORKER_READY_LINE = 'Bastide worker is taking jobs from Redis';
const WORKER_READY_TIMEOUT_MS = 120_000;
const WORKER_STOP_TIMEOUT_MS = 20_000;

/**
 * A redis-server of the bench's own on a free loopback port. By default without persistence, as a bench of the
 * worker's throughput wants it. `asInProduction` configures it as docs/operations.md asks (no eviction, append-only
 * file, files in a temporary folder removed afterwards) and checks with CONFIG GET that it runs so.
 */
export async function startRedis({ asInProduction = false } = {}) {
  const port = await freePort();
  const dir = asInProduction ? mkdtempSync(join(tmpdir(), 'bastide-bench-redis-')) : undefined;
  const settings = asInProduction
    ? ['--dir', dir, '--save', '', '--appendonly', 'yes', '--maxmemory', '256mb', '--maxmemory-policy', 'noeviction']
    : ['--save', '', '--appendonly', 'no'];
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', ...settings], {
    stdio: 'ignore',
  });
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await client.connect();
      if (asInProduction) {
        const policy = await client.config('GET', 'maxmemory-policy');
        const aof = await client.config('GET', 'appendonly');
        client.disconnect();
        if (policy[1] !== 'noeviction' || aof[1] !== 'yes') throw new Error(`Redis started as ${policy} ${aof}`);
      } else {
        await client.ping();
        client.disconnect();
      }
      break;
    } catch (error) {
      if (/started as/.test(error.message)) throw error;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`redis-server did not start on ${port}`);
      await sleep(50);
    }
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        const finish = () => {
          if (dir) rmSync(dir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return finish();
        child.once('exit', finish);
        child.kill('SIGKILL');
      }),
  };
}

/**
 * The SMTP server the workers send to: it reads each message to its end, answers 250 and notes, per recipient,
 * when the message arrived. No parsing: the bench's own process must not be what limits. `keepMessages` also
 * keeps every message whole, with its (lower-cased) recipients, for the bench to parse once the run is over.
 */
export async function startSmtp({ maxClients, keepMessages = false }) {
  const arrivals = new Map();
  const messages = [];
  let count = 0;
  let connectionErrors = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients,
    onData(stream, session, callback) {
      const chunks = [];
      stream.on('data', keepMessages ? (chunk) => chunks.push(chunk) : () => undefined);
      stream.on('end', () => {
        const at = Date.now();
        for (const { address } of session.envelope.rcptTo) {
          const times = arrivals.get(address);
          if (times) times.push(at);
          else arrivals.set(address, [at]);
        }
        if (keepMessages) {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            raw: Buffer.concat(chunks),
          });
        }
        count += 1;
        callback();
      });
    },
  });
  // smtp-server re-emits a connection's socket error on the server when a sender breaks off mid-message (a worker
  // killed while sending resets it): without a listener that event would throw and end the bench. A message cut
  // short never reached 'end', so it is not counted as arrived; the connection is counted as broken instead.
  server.on('error', () => {
    connectionErrors += 1;
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}`,
    arrivals,
    messages,
    received: () => count,
    connectionErrors: () => connectionErrors,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

/**
 * `npm run worker` as production runs it, its output in a file of its own temporary folder (named from
 * `dirPrefix`); resolves once it takes jobs. `cpuProfile`: the worker writes a V8 CPU profile into that folder
 * when it stops (open it in Chrome's DevTools).
 */
export async function startWorker(env, { dirPrefix = 'bastide-bench-worker-', cpuProfile = false } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), dirPrefix));
  const logFile = join(dataDir, 'worker.log');
  const log = openSync(logFile, 'a');
  const profile = cpuProfile ? ['--cpu-prof', `--cpu-prof-dir=${dataDir}`] : [];
  const child = spawn(process.execPath, [...profile, API_MAIN, '--worker'], {
    cwd: ROOT,
    stdio: ['ignore', log, log],
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      TZ: 'UTC',
      DATA_DIR: dataDir,
      JWT_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'info',
      ...env,
    },
  });
  let exited = false;
  const exit = new Promise((done) =>
    child.once('exit', () => {
      exited = true;
      done();
    }),
  );
  const deadline = Date.now() + WORKER_READY_TIMEOUT_MS;
  while (!readFileSync(logFile, 'utf8').includes(WORKER_READY_LINE)) {
    if (exited) throw new Error(`A worker stopped while starting; see ${logFile}`);
    if (Date.now() > deadline) {
      throw new Error(`A worker did not start within ${WORKER_READY_TIMEOUT_MS / 1000} s; see ${logFile}`);
    }
    await sleep(100);
  }
  return {
    pid: child.pid,
    logFile,
    dataDir,
    /** CPU time the worker used so far (user + system), in seconds (Linux). */
    cpuSeconds() {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      // utime and stime, fields 14 and 15 of proc(5), in clock ticks (100 a second on Linux).
      return (Number(fields[11]) + Number(fields[12])) / 100;
    },
    /** Resident memory now, in MiB (Linux). */
    rssMiB() {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return match ? Number(match[1]) / 1024 : NaN;
    },
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), WORKER_STOP_TIMEOUT_MS);
      await exit;
      clearTimeout(timer);
    },
  };
}
