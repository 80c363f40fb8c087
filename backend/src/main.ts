import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './modules/demo/demo-network.data';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { configureHttpApp } from './http-app';
import { ProcessRole } from './jobs/jobs-runtime';

const SHUTDOWN_TIMEOUT_MS = 15_000;

function readConfig(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Bastide cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

async function bootstrap(): Promise<void> {
  const role: ProcessRole = process.argv.includes('--worker') ? 'worker' : 'api';
  const config = readConfig();
  if (role === 'worker' && !config.redisUrl) {
    process.stderr.write(
      'Bastide cannot start a worker: REDIS_URL is not set. Without Redis, jobs run inside the API process.\n',
    );
    process.exit(1);
  }
  if (role === 'worker' && !config.databaseUrl) {
    process.stderr.write(
      'Bastide cannot start a worker: DATABASE_URL is not set (the embedded database belongs to npm start).\n',
    );
    process.exit(1);
  }

  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres(config.dataDir, (message) => process.stderr.write(`${message}\n`));
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;

  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config, databaseUrl, role }), {
    bufferLogs: true,
    abortOnError: false,
  }).catch(async (error: unknown) => {
    process.stderr.write(`Bastide could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    await embedded?.stop();
    process.exit(1);
  });
  const logger = app.get(Logger);
  app.useLogger(logger);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: stopping`);
    const timer = setTimeout(() => {
      logger.error('Shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    try {
      await app.close();
      await embedded?.stop();
    } finally {
      clearTimeout(timer);
      process.exit(0);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  if (role === 'worker') {
    await app.init();
    logger.log('Bastide worker is taking jobs from Redis');
    return;
  }
  configureHttpApp(app, { frontendDir: join(__dirname, '..', 'frontend', 'browser') });
  const listening = config.host === undefined ? app.listen(config.port) : app.listen(config.port, config.host);
  await listening.catch(async (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE'
        ? `port ${config.port} is already in use (set PORT)`
        : error.code === 'EADDRNOTAVAIL'
          ? `${config.host} is not an address of this machine (HOST)`
          : error.message;
    process.stderr.write(`Bastide cannot listen: ${reason}\n`);
    await shutdown('listen failure');
  });
  const where = embedded ? `embedded PostgreSQL on port ${embedded.port}, data in ${config.dataDir}` : 'DATABASE_URL';
  process.stdout.write(
    `\nBastide is running at ${config.publicUrl}/  (API ${config.publicUrl}/api/v1, docs ${config.publicUrl}/api/docs)\n` +
      `Listening on ${config.host ?? 'every interface'}, port ${listeningPort(app)}. ` +
      `Database: ${where}. Jobs: ${config.redisUrl ? 'BullMQ on REDIS_URL' : 'in-process'}. ` +
      `Mail: ${config.smtpUrl ? 'SMTP_URL' : `files in ${config.dataDir}/mail`}.\n\n`,
  );
  if (config.demoData) {
    const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
    process.stdout.write(
      `Demo accounts (password ${DEMO_PASSWORD}):\n` +
        DEMO_ACCOUNTS.map((a) => `  ${a.email.padEnd(width)}  ${a.label}`).join('\n') +
        '\n\n',
    );
  }
}

/** The port actually bound: with several APIs on one host (or PORT=0), the logs must tell them apart. */
function listeningPort(app: NestExpressApplication): number | string {
  const address = (app.getHttpServer() as import('node:http').Server).address();
  return typeof address === 'object' && address !== null ? address.port : String(address);
}

void bootstrap();
