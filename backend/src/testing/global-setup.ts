import { DataSource } from 'typeorm';
import { databaseOptions } from '../database/database-options';
import { DatabaseStartup } from '../database/database-startup';
import { TerritorySeeder } from '../modules/territory/territory-seeder';
import { databaseUrl, TEMPLATE_ENV, withAdminClient } from './test-database';

/**
 * Migrates and seeds one template database per run; every test file then copies it in a blink instead of
 * loading 35,000 communes again.
 */
export default async function globalSetup(): Promise<void> {
  const template = `bastide_template_${process.pid}`;
  await withAdminClient(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${template}`);
  });
  const dataSource = new DataSource(databaseOptions(databaseUrl(template)));
  await dataSource.initialize();
  try {
    await new DatabaseStartup(dataSource, new TerritorySeeder(dataSource)).onModuleInit();
  } finally {
    await dataSource.destroy();
  }
  process.env[TEMPLATE_ENV] = template;
}
