import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** The one place the TypeORM connection is described. `synchronize` stays off: every change is a migration. */
export function databaseOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    uuidExtension: 'pgcrypto',
    // Dates leave and enter the database as instants; local time is computed with the site's zone, never the server's.
    extra: { max: 20, options: '-c timezone=UTC', application_name: 'bastide' },
    // Failed queries surface as exceptions, logged once by the problem filter or the job runner.
    logging: false,
  };
}
