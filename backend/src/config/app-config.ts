import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';

/**
 * The one typed view of the environment. Nothing else in the backend reads `process.env`:
 * a wrong value stops start-up here, with a sentence that names the variable.
 */
export interface AppConfig {
  readonly nodeEnv: 'development' | 'production' | 'test';
  readonly port: number;
  /**
   * The address the HTTP server listens on. Unset: every interface, as a container needs. Behind a reverse proxy on
   * the same host, `127.0.0.1` keeps the API's port out of reach, so nobody can bypass the proxy (and its
   * `X-Forwarded-For`, trusted through `TRUST_PROXY`).
   */
  readonly host: string | undefined;
  /** Unset: an embedded PostgreSQL under `dataDir` is started by the process. */
  readonly databaseUrl: string | undefined;
  /** Unset: the outbox is worked by an in-process runner instead of BullMQ. */
  readonly redisUrl: string | undefined;
  /** Unset: e-mails are written as `.eml` files under `dataDir/mail`. */
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly publicUrl: string;
  /** Unset only outside production: then a secret is generated and kept under `dataDir`. */
  readonly jwtSecret: string | undefined;
  readonly bootstrapAdmin: { email: string; password: string } | undefined;
  readonly demoData: boolean;
  readonly bookingHorizonDays: number;
  readonly rateLimitPerMinute: number;
  /**
   * Express's `trust proxy`: which hops in front of the process may say who the client is through
   * `X-Forwarded-For` / `X-Forwarded-Proto`. False (the default) reads the socket's address, which behind a reverse
   * proxy is the proxy's own: every visitor would then share one rate-limit counter.
   */
  readonly trustProxy: boolean | number | string[];
  /** With Redis, whether this API process also runs the job workers (production runs `npm run worker` instead). */
  readonly jobsInApi: boolean;
  /**
   * How long a worker's hold on an outbox message (and BullMQ's lock on its job) lasts without renewal. It is
   * renewed while the job runs, so it bounds how soon the work of a killed worker is taken again.
   */
  readonly jobLeaseSeconds: number;
  /** Jobs a worker process does at once: each mostly waits on PostgreSQL and the SMTP server. */
  readonly jobConcurrency: number;
  /** Multiplies every retry wait of the job catalogue: 1 in production; tests shrink it to see retries in seconds. */
  readonly jobBackoffScale: number;
  readonly dataDir: string;
  /**
   * Where the accessibility statement, privacy notice and legal notices are read from, as
   * `<dir>/<fr|en>/<accessibility|privacy|legal-notice>.md`: an adopting network puts its own texts there.
   */
  readonly legalContentDir: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * The bearer token Prometheus sends to `GET /api/metrics`. Unset: the endpoint answers 404, so that nothing
   * about the running service is published by default.
   */
  readonly metricsToken: string | undefined;
  /**
   * A worker process (`npm run worker`) serves no HTTP: with this port (and `METRICS_TOKEN`), it serves its own
   * metrics (mails sent and failed, its queue) at `/metrics` there, for the same bearer token.
   */
  readonly metricsPort: number | undefined;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    sentence: string,
  ) {
    super(sentence);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return Number(raw);
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `${name} must be true or false; it is "${raw}".`);
}

function fraction(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+(\.\d+)?$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `${name} must be a number from ${min} to ${max}; it is "${raw}".`);
  }
  return Number(raw);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `${name} must be a URL (${protocols.join(', ')}); "${raw}" is not one.`);
  }
  if (!protocols.includes(parsed.protocol.replace(/:$/, ''))) {
    throw new ConfigError(name, `${name} must start with ${protocols.map((p) => `${p}://`).join(' or ')}.`);
  }
  return raw;
}

/** `loopback`, `linklocal`, `uniquelocal` (Express's names), an IPv4 or IPv6 address, or either with `/prefix`. */
function proxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * `TRUST_PROXY`: `false`, a number of hops (`1`: the nearest proxy), or a comma-separated list of the proxies'
 * addresses. `true` (trust any hop) is refused: anyone reaching the port directly could then pick their address.
 */
function trustProxy(env: Env): boolean | number | string[] {
  const raw = text(env, 'TRUST_PROXY');
  if (raw === undefined || ['false', '0', 'no'].includes(raw.toLowerCase())) return false;
  if (/^\d+$/.test(raw)) {
    if (Number(raw) > 10)
      throw new ConfigError('TRUST_PROXY', `TRUST_PROXY counts proxy hops, from 0 to 10; it is "${raw}".`);
    return Number(raw);
  }
  if (['true', 'yes'].includes(raw.toLowerCase())) {
    throw new ConfigError(
      'TRUST_PROXY',
      'TRUST_PROXY=true would let any client choose its address: give the number of proxies (1) or their addresses (loopback, 10.0.0.0/8).',
    );
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const wrong = entries.find((entry) => !proxyAddress(entry));
  if (wrong !== undefined) {
    throw new ConfigError(
      'TRUST_PROXY',
      `TRUST_PROXY must be false, a number of hops, or addresses such as loopback or 10.0.0.0/8; "${wrong}" is none.`,
    );
  }
  return entries;
}

/** `HOST`: an IP address or a name such as `localhost`, as `server.listen` takes it. */
function listenHost(env: Env): string | undefined {
  const raw = text(env, 'HOST');
  if (
    raw === undefined ||
    isIP(raw) !== 0 ||
    /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(raw)
  ) {
    return raw;
  }
  throw new ConfigError('HOST', `HOST must be an IP address (127.0.0.1, ::1, 0.0.0.0) or a host name; it is "${raw}".`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `${name} must be one of ${allowed.join(', ')}; it is "${raw}".`);
  }
  return raw as T;
}

export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres', 'postgresql']);
  const redisUrl = url(env, 'REDIS_URL', ['redis', 'rediss']);
  const smtpUrl = url(env, 'SMTP_URL', ['smtp', 'smtps']);
  const publicUrl = (url(env, 'PUBLIC_URL', ['http', 'https']) ?? `http://localhost:${port}`).replace(/\/+$/, '');

  const mailFrom =
    text(env, 'MAIL_FROM') ?? 'Bastide — réseau des tiers-lieux du Gers <ne-pas-repondre@bastide.gers.fr>';
  if (!/@/.test(mailFrom))
    throw new ConfigError('MAIL_FROM', `MAIL_FROM must contain an e-mail address; it is "${mailFrom}".`);

  const jwtSecret = text(env, 'JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'JWT_SECRET must be at least 32 characters long.');
  }
  if (nodeEnv === 'production' && jwtSecret === undefined) {
    throw new ConfigError('JWT_SECRET', 'JWT_SECRET is required when NODE_ENV=production.');
  }

  const adminEmail = text(env, 'BOOTSTRAP_ADMIN_EMAIL');
  const adminPassword = text(env, 'BOOTSTRAP_ADMIN_PASSWORD');
  if ((adminEmail === undefined) !== (adminPassword === undefined)) {
    throw new ConfigError(
      adminEmail === undefined ? 'BOOTSTRAP_ADMIN_EMAIL' : 'BOOTSTRAP_ADMIN_PASSWORD',
      'BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set together.',
    );
  }
  if (adminEmail !== undefined && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) {
    throw new ConfigError(
      'BOOTSTRAP_ADMIN_EMAIL',
      `BOOTSTRAP_ADMIN_EMAIL must be an e-mail address; it is "${adminEmail}".`,
    );
  }

  const metricsToken = text(env, 'METRICS_TOKEN');
  if (metricsToken !== undefined && !/^[\x21-\x7e]{24,}$/.test(metricsToken)) {
    throw new ConfigError(
      'METRICS_TOKEN',
      'METRICS_TOKEN must be at least 24 printable characters without spaces (openssl rand -hex 32 makes one).',
    );
  }
  const metricsPort = text(env, 'METRICS_PORT') === undefined ? undefined : integer(env, 'METRICS_PORT', 0, 0, 65535);

  const rawDataDir = text(env, 'DATA_DIR') ?? '.data';
  const rawLegalDir = text(env, 'LEGAL_CONTENT_DIR') ?? 'content/legal';
  return {
    nodeEnv,
    port,
    host: listenHost(env),
    databaseUrl,
    redisUrl,
    smtpUrl,
    mailFrom,
    publicUrl,
    jwtSecret,
    bootstrapAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : undefined,
    demoData: flag(env, 'DEMO_DATA', databaseUrl === undefined),
    bookingHorizonDays: integer(env, 'BOOKING_HORIZON_DAYS', 180, 1, 3660),
    rateLimitPerMinute: integer(env, 'RATE_LIMIT_PER_MINUTE', 20, 0, 1_000_000),
    trustProxy: trustProxy(env),
    jobsInApi: flag(env, 'JOBS_IN_API', redisUrl === undefined),
    jobLeaseSeconds: integer(env, 'JOB_LEASE_SECONDS', 30, 2, 3600),
    jobConcurrency: integer(env, 'JOB_CONCURRENCY', 4, 1, 100),
    jobBackoffScale: fraction(env, 'JOB_BACKOFF_SCALE', 1, 0.0001, 1),
    dataDir: isAbsolute(rawDataDir) ? rawDataDir : resolve(cwd, rawDataDir),
    legalContentDir: isAbsolute(rawLegalDir) ? rawLegalDir : resolve(cwd, rawLegalDir),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
    metricsToken,
    metricsPort,
  };
}
