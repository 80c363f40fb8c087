#!/usr/bin/env node
// `npm run restore -- <file> [--to <database URL>] [--force]`: pg_restore of a `npm run backup` dump into the
// database given by --to, else DATABASE_URL, else the embedded default. A database that already holds tables is
// refused unless --force, which empties it first (every schema but PostgreSQL's own is dropped).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  clientProgram,
  main,
  objectCount,
  openDatabase,
  runClient,
  serverMajor,
  splitPassword,
  ToolError,
  withClient,
} from './database-tools.mjs';

function option(name) {
  const index = process.argv.indexOf(name);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (!value || value.startsWith('--')) throw new ToolError(`${name} needs a value.`);
  return value;
}

await main(async () => {
  const args = process.argv.slice(2);
  const to = option('--to');
  const force = args.includes('--force');
  const file = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--to');
  if (!file) throw new ToolError('Usage: npm run restore -- <backup file> [--to <database URL>] [--force]');
  const dump = resolve(process.cwd(), file);
  if (!existsSync(dump)) throw new ToolError(`${dump} does not exist.`);
  const log = (line) => process.stderr.write(`${line}\n`);
  const database = await openDatabase(to, log);
  try {
    const pgRestore = clientProgram('pg_restore', await serverMajor(database.url));
    const objects = await objectCount(database.url);
    if (objects > 0 && !force) {
      throw new ToolError(
        `The target database is not empty (${objects} tables, views or sequences): restore into a new database, ` +
          'or add --force to replace everything in it.',
      );
    }
    if (objects > 0) {
      log('--force: emptying the target database');
      await withClient(database.url, async (client) => {
        const { rows } = await client.query(
          `SELECT nspname FROM pg_namespace
           WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg_toast%'
             AND nspname NOT LIKE 'pg_temp%'`,
        );
        for (const { nspname } of rows) await client.query(`DROP SCHEMA ${client.escapeIdentifier(nspname)} CASCADE`);
        await client.query('CREATE SCHEMA public');
      });
    }
    const { url, password } = splitPassword(database.url);
    // Owners and grants are the source's: the target's user owns what it restores.
    runClient(
      pgRestore,
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, dump],
      password,
    );
    log(`Restored ${dump}. Start Bastide on that database: migrations newer than the backup run at start-up.`);
  } finally {
    await database.release();
  }
});
