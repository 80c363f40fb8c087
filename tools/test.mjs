#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest. Needs PostgreSQL and Redis at their local
// defaults (or TEST_DATABASE_URL / TEST_REDIS_URL) and Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
import { NX_BIN } from './nx-bin.mjs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, 'tmp/test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const node = process.execPath;
const jest = [join(root, 'node_modules/jest/bin/jest.js')];
const esm = ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'];
const tally = { passed: 0, failed: 0 };
// Jest's default (one worker fewer than cores) runs everything in band on a 2-core machine, while the
// integration files spend much of their time waiting on PostgreSQL, Redis and SMTP, and each has its own
// database: two workers at least (29 November 2026: 472 s for the 414 integration tests on two workers, against
// 1,432 s in band in the clean run before it).
const workers = `--maxWorkers=${Math.max(2, availableParallelism())}`;

function step(label, command, args, { jestReport } = {}) {
  const started = Date.now();
  process.stdout.write(`\n▶ ${label}\n`);
  const outcome = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', FORCE_COLOR: '0' },
  });
  if (jestReport && existsSync(jestReport)) {
    const report = JSON.parse(readFileSync(jestReport, 'utf8'));
    tally.passed += report.numPassedTests;
    tally.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (outcome.status !== 0) {
    process.stdout.write(`✖ ${label} failed after ${seconds} s\n`);
    process.stdout.write(`\nTests: ${tally.passed} passed, ${Math.max(tally.failed, 1)} failed\n`);
    process.exit(outcome.status ?? 1);
  }
  process.stdout.write(`✔ ${label} (${seconds} s)\n`);
}

function jestRun(label, prefix, config, name, extra = []) {
  const report = join(results, `${name}.json`);
  step(label, node, [...prefix, ...jest, '--config', config, '--json', `--outputFile=${report}`, ...extra], {
    jestReport: report,
  });
}

step('Lint (ESLint, Prettier)', node, [join(root, 'tools/lint.mjs')]);
step('Type checks', node, [join(root, 'tools/typecheck.mjs')]);
step('API types match the OpenAPI document', node, [join(root, 'tools/openapi-types.mjs'), '--check']);
jestRun('Backend unit tests', [...esm], 'backend/jest.config.cjs', 'backend-unit', [
  '--selectProjects',
  'unit',
  workers,
]);
jestRun('Frontend unit tests', [], 'frontend/jest.config.cjs', 'frontend-unit', [workers]);
jestRun(
  'Backend integration tests (PostgreSQL, Redis, SMTP)',
  [...esm],
  'backend/jest.config.cjs',
  'backend-integration',
  ['--selectProjects', 'integration', workers],
);
step('Build the API', node, [join(root, 'tools/build-api.mjs')]);
step('Build the web app', node, [NX_BIN, 'run', 'frontend:build:production', '--skip-nx-cache']);
jestRun('End-to-end tests in Chromium', [...esm], 'e2e/jest.config.cjs', 'e2e', ['--runInBand']);

process.stdout.write(`\nAll checks passed.\nTests: ${tally.passed} passed, ${tally.failed} failed\n`);
