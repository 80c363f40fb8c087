import { describe, expect, it } from '@jest/globals';
import type { DiscoveryService } from '@nestjs/core';
import type { RecurringSchedule, RecurringTask } from './recurring-task';
import { RecurringTaskRegistry } from './recurring-task-registry';

const noop: RecurringTask = { run: async () => undefined };

/** A discovery that finds the given `@Recurring` providers, as Nest's would. */
function registryOf(...schedules: RecurringSchedule[]): RecurringTaskRegistry {
  const wrappers = schedules.map((schedule) => ({ schedule, instance: noop }));
  const discovery = {
    getProviders: () => wrappers,
    getMetadataByDecorator: (_decorator: unknown, wrapper: { schedule: RecurringSchedule }) => wrapper.schedule,
  } as unknown as DiscoveryService;
  const registry = new RecurringTaskRegistry(discovery);
  registry.onModuleInit();
  return registry;
}

const SHEETS = { id: 'host.daily-sheets', pattern: '0 7 * * *', tz: 'Europe/Paris' };

describe('RecurringTaskRegistry', () => {
  it('finds each task by its id', () => {
    const monthly = { id: 'reporting.monthly', pattern: '0 6 1 * *', tz: 'Europe/Paris' };
    const registry = registryOf(SHEETS, monthly);
    expect(registry.all().map((entry) => entry.schedule.id)).toEqual(['host.daily-sheets', 'reporting.monthly']);
    expect(registry.find('reporting.monthly')?.task).toBe(noop);
    expect(registry.find('nothing')).toBeUndefined();
  });

  it('stops start-up on two tasks with one id, or a schedule that cannot be read', () => {
    expect(() => registryOf(SHEETS, { ...SHEETS, pattern: '0 8 * * *' })).toThrow(/declared twice/);
    expect(() => registryOf({ ...SHEETS, tz: 'Paris' })).toThrow(/time zone/);
  });
});
