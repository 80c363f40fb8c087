#!/usr/bin/env node
// `npm run backup [-- <file>]`: a pg_dump of Bastide's database in PostgreSQL's custom format (compressed, and
// restorable table by table with pg_restore), by default to backups/bastide-<UTC timestamp>.dump.
// The database is DATABASE_URL's, or the embedded default's under DATA_DIR (see docs/backups.md).
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { clientProgram, main, openDatabase, root, runClient, serverMajor, splitPassword } from './database-tools.mjs';

await main(async () => {
  const given = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const target = given ? resolve(process.cwd(), given) : join(root, 'backups', `bastide-${stamp}.dump`);
  const log = (line) => process.stderr.write(`${line}\n`);
  const database = await openDatabase(undefined, log);
  try {
    const pgDump = clientProgram('pg_dump', await serverMajor(database.url));
    const { url, password } = splitPassword(database.url);
    mkdirSync(dirname(target), { recursive: true });
    // Written aside then renamed: a dump cut short never passes for a backup.
    const partial = `${target}.partial`;
    try {
      runClient(pgDump, ['--format=custom', '--compress=6', `--file=${partial}`, `--dbname=${url}`], password);
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    process.stdout.write(`${target}\n`);
    log(`Backup written: ${target} (${(statSync(target).size / 1024).toFixed(0)} KiB, ${pgDump})`);
  } finally {
    await database.release();
  }
});
