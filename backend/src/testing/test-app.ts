import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DestinationStream } from 'pino';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { Clock } from '../common/clock/clock';
import { AppConfig, loadConfig } from '../config/app-config';
import { configureHttpApp } from '../http-app';
import { ProcessRole } from '../jobs/jobs-runtime';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  http: ReturnType<typeof request>;
  config: AppConfig;
  dataSource: DataSource;
  databaseUrl: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Environment on top of the test defaults (a fresh database, a temporary data folder, quiet logs). */
  env?: Record<string, string>;
  clock?: Clock;
  role?: ProcessRole;
  /** Reuse another app's database (two API processes on one database). */
  databaseUrl?: string;
  /** Where the app's log lines go (give `LOG_LEVEL` in `env` too): the logging spec reads them. */
  logStream?: DestinationStream;
}

/** The real Nest app over HTTP, on its own fresh PostgreSQL database. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = options.databaseUrl ? undefined : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? database!.url;
  const dataDir = mkdtempSync(join(tmpdir(), 'bastide-test-'));
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    RATE_LIMIT_PER_MINUTE: '0',
    NODE_ENV: 'test',
    ...options.env,
  });
  let builder = Test.createTestingModule({
    imports: [AppModule.forRoot({ config, databaseUrl, role: options.role ?? 'api', logStream: options.logStream })],
  });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error'] });
  configureHttpApp(app);
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    config,
    dataSource: app.get(DataSource),
    databaseUrl,
    async close() {
      await app.close();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `probe` gives a truthy value, instead of sleeping a guessed time. */
export async function eventually<T>(
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
