#!/usr/bin/env node
// `npm run build:api`: compiles the API into dist/backend, then copies what the compiler does not:
// each module's mail templates (`modules/<module>/mail/*.hbs`), read at run time beside the code.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'backend/tsconfig.app.json')],
  {
    cwd: root,
    stdio: 'inherit',
  },
);

const modules = join(root, 'backend/src/modules');
for (const module of readdirSync(modules)) {
  const templates = join(modules, module, 'mail');
  if (existsSync(templates)) cpSync(templates, join(root, 'dist/backend/modules', module, 'mail'), { recursive: true });
}
