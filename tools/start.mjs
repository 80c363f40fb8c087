#!/usr/bin/env node
// `npm start` / `npm run worker`: build what is missing or out of date, then run Bastide in this process
// (so that Ctrl-C reaches it, and with it the embedded PostgreSQL, directly).
import { NX_BIN } from './nx-bin.mjs';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const worker = process.argv.includes('--worker');

/** The newest modification time under `dir`, ignoring test files. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (!/\.(int-)?spec\.ts$/.test(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

function stale(output, ...sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => existsSync(source) && newest(source) > built);
}

function run(label, args) {
  process.stdout.write(`Building ${label}…\n`);
  execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } });
}

const backendMain = join(root, 'dist/backend/main.js');
if (stale(backendMain, join(root, 'backend/src'))) {
  run('the API', [join(root, 'tools/build-api.mjs')]);
}
const frontendIndex = join(root, 'dist/frontend/browser/index.html');
if (!worker && stale(frontendIndex, join(root, 'frontend/src'), join(root, 'frontend/public'))) {
  run('the web app', [NX_BIN, 'run', 'frontend:build:production', '--skip-nx-cache']);
}

await import(pathToFileURL(backendMain).href);
