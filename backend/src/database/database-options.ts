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
    // Safety nets against a starved pool (a transaction waiting for a second pooled connection): a request
    // that cannot get a connection within 10 s fails (503, see `ProblemDetailsFilter`) instead of waiting
    // forever, and PostgreSQL ends a session left idle in a transaction for a minute, giving its locks back.
    extra: {
      max: 20,
      connectionTimeoutMillis: 10_000,
      options: '-c timezone=UTC -c idle_in_transaction_session_timeout=60000',
      application_name: 'bastide',
    },
    // Failed queries surface as exceptions, logged once by the problem filter or the job runner.
    logging: false,
  };
}
