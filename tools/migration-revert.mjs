#!/usr/bin/env node
// `npm run migration:revert [-- --count N]`: undoes the last N migrations (1 by default) of the database
// (DATABASE_URL, or the embedded default), each through its own `down()`, newest first. For rolling back an
// upgrade whose migrations must go; restoring the pre-upgrade backup is the other way (docs/backups.md).
// Stop every Bastide process first: each one runs pending migrations again when it starts.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { main, openDatabase, root, ToolError } from './database-tools.mjs';

/** The newest modification time under `dir`, ignoring test files (as `npm start` decides to build). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (!/\.(int-)?spec\.ts$/.test(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

await main(async () => {
  const index = process.argv.indexOf('--count');
  const count = index === -1 ? 1 : Number(process.argv[index + 1]);
  if (!Number.isInteger(count) || count < 1)
    throw new ToolError('--count needs a whole number of migrations, 1 or more.');
  // The migration list is the built API's, so that what is undone is what the running version applied.
  const built = join(root, 'dist/backend/database/database-options.js');
  if (!existsSync(built) || newest(join(root, 'backend/src')) > statSync(built).mtimeMs) {
    process.stderr.write('Building the API…\n');
    execFileSync(process.execPath, [join(root, 'tools/build-api.mjs')], { cwd: root, stdio: 'inherit' });
  }
  const require = createRequire(import.meta.url);
  const { databaseOptions } = require(built);
  const { DataSource } = require('typeorm');
  const log = (line) => process.stderr.write(`${line}\n`);
  const database = await openDatabase(undefined, log);
  const dataSource = new DataSource({ ...databaseOptions(database.url), logging: false });
  try {
    await dataSource.initialize();
    for (let i = 0; i < count; i++) {
      const [last] = await dataSource.query(`SELECT name FROM migrations ORDER BY "timestamp" DESC, id DESC LIMIT 1`);
      if (!last) throw new ToolError('No migration left to revert.');
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write(`Reverted ${last.name}\n`);
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.release();
  }
});
