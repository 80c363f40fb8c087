#!/usr/bin/env node
// Generates the front end's API types from the backend's OpenAPI document, so the two ends cannot drift.
//   node tools/openapi-types.mjs          write frontend/src/app/core/api/openapi.d.ts
//   node tools/openapi-types.mjs --check  fail when the committed file is stale
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(import.meta.dirname, '..');
const target = join(root, 'frontend/src/app/core/api/openapi.d.ts');
const check = process.argv.includes('--check');

execFileSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'backend/tsconfig.app.json')],
  {
    stdio: 'inherit',
  },
);
const scratch = mkdtempSync(join(tmpdir(), 'bastide-openapi-'));
try {
  const documentFile = join(scratch, 'openapi.json');
  execFileSync(process.execPath, [join(root, 'dist/backend/openapi-export.js'), documentFile], { stdio: 'inherit' });
  const document = JSON.parse(readFileSync(documentFile, 'utf8'));
  const header = '// Generated from the backend OpenAPI document by `npm run api:types`. Do not edit.\n\n';
  const types = header + astToString(await openapiTS(document));
  if (check) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
    if (current !== types) {
      console.error(`${target} is stale: the backend's API changed. Run \`npm run api:types\` and commit the result.`);
      process.exit(1);
    }
    console.log('API types are up to date with the backend OpenAPI document.');
  } else {
    writeFileSync(target, types);
    console.log(`Wrote ${target}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
