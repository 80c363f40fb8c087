import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { DateTime } from 'luxon';
import { dailySheetKey } from '../modules/host-sheets/daily-sheets.task';
import { givenAdmin, givenMember, TestAccount } from '../testing/accounts';
import { givenSite } from '../testing/sites-fixtures';
import { createTestApp, eventually, TestApp } from '../testing/test-app';
import { TEST_REDIS_URL } from '../testing/test-database';
import { JobsRuntime } from './jobs-runtime';
import { workerConnectionOptions } from './redis-connections';
import { RECURRING_QUEUE } from './recurring-task';

/** Monday 23 March 2026, 07:00 in Paris. */
const SEVEN = new Date('2026-03-23T06:00:00Z');

describe("recurring tasks on BullMQ's job scheduler (real Redis)", () => {
  // A database index of this spec's own: the queue's name is the application's.
  const redisUrl = `${TEST_REDIS_URL}/8`;
  const queue = new Queue(RECURRING_QUEUE, { connection: workerConnectionOptions(redisUrl) });
  let api: TestApp;
  let worker: TestApp;

  beforeAll(async () => {
    await queue.obliterate({ force: true });
    // A task removed from the code since an earlier release: start-up takes its scheduler away.
    await queue.upsertJobScheduler(
      'retired.task',
      { pattern: '0 3 * * *', tz: 'Europe/Paris' },
      { name: 'retired.task' },
    );
    api = await createTestApp({ env: { REDIS_URL: redisUrl } });
    worker = await createTestApp({ env: { REDIS_URL: redisUrl }, role: 'worker', databaseUrl: api.databaseUrl });
    await api.app.get(JobsRuntime).scheduler!.registered();
    await worker.app.get(JobsRuntime).scheduler!.registered();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
    await queue.close();
  });

  it('registers one scheduler per task, at 07:00 in Europe/Paris, however many processes upsert it', async () => {
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.key).sort()).toEqual([
      'host.daily-sheets',
      'newcomers.retention',
      'reporting.monthly-summary',
    ]);
    const sheets = schedulers.find((s) => s.key === 'host.daily-sheets');
    expect(sheets).toMatchObject({ name: 'host.daily-sheets', pattern: '0 7 * * *', tz: 'Europe/Paris' });
    // Its next job is due at the next 07:00 Paris time, whatever the season.
    const now = DateTime.now().setZone('Europe/Paris');
    const today = now.set({ hour: 7, minute: 0, second: 0, millisecond: 0 });
    const next = today > now ? today : today.plus({ days: 1 });
    expect(sheets?.next).toBe(next.toMillis());
    expect(api.app.get(JobsRuntime).timer).toBeUndefined();
  });

  it("registers the officers' monthly summary on the 1st at 06:00 in Europe/Paris", async () => {
    const summary = (await queue.getJobSchedulers()).find((s) => s.key === 'reporting.monthly-summary');
    expect(summary).toMatchObject({ name: 'reporting.monthly-summary', pattern: '0 6 1 * *', tz: 'Europe/Paris' });
    const now = DateTime.now().setZone('Europe/Paris');
    const thisMonth = now.startOf('month').set({ hour: 6 });
    expect(summary?.next).toBe((thisMonth > now ? thisMonth : thisMonth.plus({ months: 1 })).toMillis());
  });

  it('runs an occurrence in the worker process: one outbox row per published site, host and date, even twice', async () => {
    const admin = await givenAdmin(api);
    const site = await givenSite(api, admin);
    const draft = await givenSite(api, admin, {}, 'draft');
    const hosts: TestAccount[] = [];
    for (const siteId of [site.id, site.id, draft.id]) {
      const host = await givenMember(api);
      await api.http.put(`/api/v1/sites/${siteId}/hosts/${host.id}`).set('Authorization', admin.bearer).expect(204);
      hosts.push(host);
    }

    // Two occurrences of 07:00 on 23 March (a catch-up and the scheduler's own, say), run one after the other.
    for (const run of ['a', 'b']) {
      const job = await queue.add(
        'host.daily-sheets',
        { occurrence: SEVEN.getTime() },
        { jobId: `test-${run}-${Date.now()}` },
      );
      await eventually(async () => (await job.getState()) === 'completed');
    }
    const rows: { key: string; payload: Record<string, string> }[] = await api.dataSource.query(
      `SELECT key, payload FROM outbox_messages WHERE kind = 'host.daily-sheet' ORDER BY key`,
    );
    expect(rows.map((row) => row.key).sort()).toEqual(
      [dailySheetKey(site.id, '2026-03-24', hosts[0].id), dailySheetKey(site.id, '2026-03-24', hosts[1].id)].sort(),
    );
    expect(rows.map((row) => row.payload)).toContainEqual({ siteId: site.id, hostId: hosts[0].id, date: '2026-03-24' });
  });
});
