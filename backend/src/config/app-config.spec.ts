import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('gives the embedded defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/bastide');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      redisUrl: undefined,
      demoData: true,
      bookingHorizonDays: 180,
      rateLimitPerMinute: 20,
      publicUrl: 'http://localhost:3000',
      dataDir: '/srv/bastide/.data',
      jobsInApi: true,
      jobLeaseSeconds: 30,
      jobConcurrency: 4,
      jobBackoffScale: 1,
    });
  });

  it('reads a shorter job lease and a retry scale for tests', () => {
    const config = loadConfig({ JOB_LEASE_SECONDS: '5', JOB_BACKOFF_SCALE: '0.01' });
    expect(config.jobLeaseSeconds).toBe(5);
    expect(config.jobBackoffScale).toBe(0.01);
  });

  it('turns demo data off and leaves jobs to workers when real services are configured', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/bastide', REDIS_URL: 'redis://cache:6379' });
    expect(config.demoData).toBe(false);
    expect(config.jobsInApi).toBe(false);
  });

  it("trusts no proxy by default, and reads a hop count or the proxies' addresses", () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.0.2.7' }).trustProxy).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.7',
    ]);
  });

  it('listens on every interface unless HOST names one', () => {
    expect(loadConfig({}).host).toBeUndefined();
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
  });

  it.each([
    ['HOST', '127.0.0.1:3000'],
    ['HOST', 'http://localhost'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '11'],
    ['TRUST_PROXY', 'proxy.example.fr'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['REDIS_URL', 'not a url'],
    ['DEMO_DATA', 'perhaps'],
    ['BOOKING_HORIZON_DAYS', '0'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['JOB_LEASE_SECONDS', '1'],
    ['JOB_CONCURRENCY', '0'],
    ['JOB_BACKOFF_SCALE', '2'],
    ['JOB_BACKOFF_SCALE', '-0.5'],
    ['JWT_SECRET', 'short'],
    ['NODE_ENV', 'staging'],
    ['METRICS_TOKEN', 'too-short'],
    ['METRICS_TOKEN', 'twenty four chars with spaces'],
    ['METRICS_PORT', 'nine'],
  ])('refuses %s=%s with a sentence naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(name);
    expect((error as ConfigError).message).toContain(name);
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' })).toThrow(/JWT_SECRET/);
  });

  it('requires both bootstrap admin variables together', () => {
    expect(() => loadConfig({ BOOTSTRAP_ADMIN_EMAIL: 'a@b.fr' })).toThrow(/BOOTSTRAP_ADMIN_PASSWORD/);
  });

  it('reads the legal pages from content/legal, or from LEGAL_CONTENT_DIR resolved against the working folder', () => {
    expect(loadConfig({}, '/srv/bastide').legalContentDir).toBe('/srv/bastide/content/legal');
    expect(loadConfig({ LEGAL_CONTENT_DIR: 'reseau/textes' }, '/srv/bastide').legalContentDir).toBe(
      '/srv/bastide/reseau/textes',
    );
    expect(loadConfig({ LEGAL_CONTENT_DIR: '/etc/bastide/legal' }, '/srv/bastide').legalContentDir).toBe(
      '/etc/bastide/legal',
    );
  });

  it('leaves the metrics endpoint off without METRICS_TOKEN, and reads the token and a worker port', () => {
    expect(loadConfig({})).toMatchObject({ metricsToken: undefined, metricsPort: undefined });
    const token = 'a'.repeat(24);
    expect(loadConfig({ METRICS_TOKEN: token, METRICS_PORT: '9464' })).toMatchObject({
      metricsToken: token,
      metricsPort: 9464,
    });
  });
});
