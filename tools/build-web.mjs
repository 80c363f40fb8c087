#!/usr/bin/env node
// `npm run build:web`: the production build of the web app into dist/frontend/browser, which the API serves.
// Through nx from node_modules, without its daemon (a build host or a CI runner has no use for one) and without
// its cache (a release must be built from its own sources, never from a cache left by another checkout).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { NX_BIN } from './nx-bin.mjs';

execFileSync(process.execPath, [NX_BIN, 'run', 'frontend:build:production', '--skip-nx-cache'], {
  cwd: resolve(import.meta.dirname, '..'),
  stdio: 'inherit',
  env: { ...process.env, NX_DAEMON: 'false' },
});
