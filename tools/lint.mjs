#!/usr/bin/env node
// ESLint then Prettier, both without writing anything.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
for (const args of [
  [join(root, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings', '0'],
  [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--check', '--log-level', 'warn', '.'],
]) {
  const outcome = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (outcome.status !== 0) process.exit(outcome.status ?? 1);
}
