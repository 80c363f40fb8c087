#!/usr/bin/env node
// ts-jest only transpiles, so type errors in specs would pass silently: every tsconfig is checked here.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const projects = [
  'backend/tsconfig.app.json',
  'backend/tsconfig.spec.json',
  'frontend/tsconfig.app.json',
  'frontend/tsconfig.spec.json',
  'e2e/tsconfig.json',
];
for (const project of projects) {
  const outcome = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', project, '--noEmit'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (outcome.status !== 0) process.exit(outcome.status ?? 1);
  process.stdout.write(`  ${project}: no type errors\n`);
}
