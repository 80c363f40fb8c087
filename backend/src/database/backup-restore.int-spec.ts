import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { FixedClock } from '../common/clock/clock';
import { givenAdmin, givenMember, TestAccount } from '../testing/accounts';
import { givenBooking } from '../testing/booking-fixtures';
import { givenResource, givenSite } from '../testing/sites-fixtures';
import { createTestApp, TestApp } from '../testing/test-app';
import { databaseUrl, TEMPLATE_ENV, withAdminClient } from '../testing/test-database';

const run = promisify(execFile);
// Jest runs from the repository's root (npm test, the CI), as the operator's npm run does.
const ROOT = process.cwd();
const NOW = new Date('2026-03-20T10:00:00Z');

/** `node tools/<script> ...args` as an operator runs it (npm run backup / restore), answering its exit and output. */
async function tool(script: string, args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'tools', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function myBookings(t: TestApp, who: TestAccount): Promise<{ id: string; start: string; resourceId: string }[]> {
  const response = await t.http.get('/api/v1/me/bookings').set('Authorization', who.bearer).expect(200);
  return response.body.items;
}

describe('npm run backup, then npm run restore into a fresh database', () => {
  const clock = new FixedClock(NOW);
  let source: TestApp;
  let restored: TestApp | undefined;
  let member: TestAccount;
  let booked: { id: string }[];
  const folder = mkdtempSync(join(tmpdir(), 'bastide-backup-'));
  // Named after the run's template, so that the run's teardown drops it if this file crashes.
  const freshName = `${process.env[TEMPLATE_ENV]}_restore_${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    source = await createTestApp({ clock });
    const admin = await givenAdmin(source);
    member = await givenMember(source);
    const site = await givenSite(source, admin);
    const desk = await givenResource(source, admin, site.id);
    booked = [
      await givenBooking(source, member, { resourceId: desk.id, date: '2026-03-26', slot: 'morning' }),
      await givenBooking(source, member, { resourceId: desk.id, date: '2026-03-27', slot: 'full_day' }),
    ];
    await withAdminClient((client) => client.query(`CREATE DATABASE ${freshName}`));
  });
  afterAll(async () => {
    await restored?.close();
    await source.close();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${freshName} WITH (FORCE)`));
    rmSync(folder, { recursive: true, force: true });
  });

  it('backs up, refuses to restore over a database in use, restores into a new one and the app finds the bookings', async () => {
    const dump = join(folder, 'bastide.dump');
    const backup = await tool('backup.mjs', [dump], { DATABASE_URL: source.databaseUrl });
    expect(backup).toMatchObject({ code: 0 });
    expect(backup.stdout.trim()).toBe(dump);
    expect(existsSync(dump)).toBe(true);
    expect(existsSync(`${dump}.partial`)).toBe(false);

    const refused = await tool('restore.mjs', [dump, '--to', source.databaseUrl]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/not empty.*--force/s);

    const restore = await tool('restore.mjs', [dump, '--to', databaseUrl(freshName)]);
    expect(restore).toMatchObject({ code: 0 });

    // The app starts on the restored database (its migrations find nothing to do) and serves the same bookings
    // to the same member, whose session came along.
    restored = await createTestApp({ clock, databaseUrl: databaseUrl(freshName) });
    const before = await myBookings(source, member);
    const after = await myBookings(restored, member);
    expect(after.map((b) => b.id).sort()).toEqual(booked.map((b) => b.id).sort());
    expect(after).toEqual(before);
    await restored.http.post('/api/v1/auth/login').send({ email: member.email, password: member.password }).expect(200);
  });

  it('restores over a database with --force, emptying it first', async () => {
    const dump = join(folder, 'bastide.dump');
    await restored?.close();
    restored = undefined;
    const forced = await tool('restore.mjs', [dump, '--to', databaseUrl(freshName), '--force']);
    expect(forced).toMatchObject({ code: 0 });
    expect(forced.stderr).toContain('--force: emptying the target database');
    restored = await createTestApp({ clock, databaseUrl: databaseUrl(freshName) });
    expect((await myBookings(restored, member)).map((b) => b.id).sort()).toEqual(booked.map((b) => b.id).sort());
  });

  it('rolls the restored database back with npm run migration:revert, and the app migrates it forward again', async () => {
    await restored?.close();
    restored = undefined;
    const applied = async (): Promise<string[]> => {
      const target = new Client({ connectionString: databaseUrl(freshName) });
      await target.connect();
      try {
        const { rows } = await target.query(`SELECT name FROM migrations ORDER BY "timestamp" DESC, id DESC`);
        return rows.map((row: { name: string }) => row.name);
      } finally {
        await target.end();
      }
    };
    const before = await applied();
    // Builds the API first when dist/ is missing or older than the sources, as npm start does.
    const reverted = await tool('migration-revert.mjs', ['--count', '2'], { DATABASE_URL: databaseUrl(freshName) });
    expect(reverted).toMatchObject({ code: 0 });
    expect(reverted.stdout.trim().split('\n')).toEqual([`Reverted ${before[0]}`, `Reverted ${before[1]}`]);
    expect(await applied()).toEqual(before.slice(2));
    // The same version started again applies them anew, and the bookings are still there.
    restored = await createTestApp({ clock, databaseUrl: databaseUrl(freshName) });
    expect(await applied()).toEqual(before);
    expect((await myBookings(restored, member)).map((b) => b.id).sort()).toEqual(booked.map((b) => b.id).sort());
  }, 600_000);

  it('writes to backups/bastide-<timestamp>.dump by default', async () => {
    const backup = await tool('backup.mjs', [], { DATABASE_URL: source.databaseUrl });
    try {
      expect(backup).toMatchObject({ code: 0 });
      expect(backup.stdout.trim()).toMatch(new RegExp(`^${ROOT}/backups/bastide-\\d{8}T\\d{6}Z\\.dump$`));
      expect(existsSync(backup.stdout.trim())).toBe(true);
    } finally {
      if (backup.stdout.trim()) rmSync(backup.stdout.trim(), { force: true });
    }
  });

  it('says what is missing when there is neither DATABASE_URL nor an embedded database', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'bastide-no-data-'));
    const env = { DATABASE_URL: '', DATA_DIR: empty };
    try {
      const backup = await tool('backup.mjs', [join(folder, 'none.dump')], env);
      expect(backup.code).not.toBe(0);
      expect(backup.stderr).toMatch(/DATABASE_URL is not set and there is no embedded database/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
