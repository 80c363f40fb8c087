import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestApp, TestApp } from '../testing/test-app';

describe('database schema', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('is exactly what the entities describe: generating a migration would produce nothing', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has no migration left to run and never synchronizes', async () => {
    expect(await t.dataSource.showMigrations()).toBe(false);
    expect(t.dataSource.options.synchronize).toBe(false);
  });
});
