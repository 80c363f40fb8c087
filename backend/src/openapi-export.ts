import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { writeFileSync } from 'node:fs';
import { AppModule } from './app.module';
import { loadConfig } from './config/app-config';
import { buildOpenApiDocument, configureHttpApp } from './http-app';

/**
 * Writes the OpenAPI document without a database: Nest's preview mode builds the module graph and reads
 * the routes but instantiates no provider. The front end's API types are generated from this file.
 */
async function exportOpenApi(target: string): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'development', DATA_DIR: '/nonexistent', JWT_SECRET: 'x'.repeat(32) });
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl: 'postgres://unused/unused', role: 'api' }),
    { preview: true, logger: false },
  );
  configureHttpApp(app);
  writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
  await app.close();
}

void exportOpenApi(process.argv[2] ?? 'openapi.json');
