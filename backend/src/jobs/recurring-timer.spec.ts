import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { DateTime } from 'luxon';
import { FixedClock } from '../common/clock/clock';
import type { RegisteredTask } from './recurring-task-registry';
import { RecurringTimer } from './recurring-timer';

const SHEETS = { id: 'host.daily-sheets', pattern: '0 7 * * *', tz: 'Europe/Paris' };
const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();

describe('RecurringTimer (no Redis): the injected clock decides when a task runs', () => {
  let clock: FixedClock;
  let runs: Date[];
  let failures: number;
  let timer: RecurringTimer;

  const start = (now: Date) => {
    clock = new FixedClock(now);
    const task: RegisteredTask = {
      schedule: SHEETS,
      task: {
        run: async (firedAt: Date) => {
          if (failures > 0) {
            failures -= 1;
            throw new Error('database away');
          }
          runs.push(firedAt);
        },
      },
    };
    timer = new RecurringTimer({ all: () => [task] }, clock);
    timer.start();
  };

  /** Moves the clock and the process's timers together, a minute at a time. */
  const pass = async (ms: number) => {
    for (let left = ms; left > 0; left -= 60_000) {
      const step = Math.min(60_000, left);
      clock.advance(step);
      await jest.advanceTimersByTimeAsync(step);
    }
  };

  beforeEach(() => {
    jest.useFakeTimers();
    jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    runs = [];
    failures = 0;
  });
  afterEach(async () => {
    await timer.stop();
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('fires at 07:00 Paris, then at 07:00 Paris the next day across the spring change', async () => {
    start(paris('2026-03-28T06:58'));
    await pass(60_000);
    expect(runs).toEqual([]);
    await pass(60_000);
    expect(runs).toEqual([new Date('2026-03-28T06:00:00Z')]);
    // 23 hours of Paris clock (the night loses one) to Sunday's 07:00, which is 05:00Z.
    await pass(22 * 3600_000 + 59 * 60_000);
    expect(runs).toHaveLength(1);
    await pass(60_000);
    expect(runs).toEqual([new Date('2026-03-28T06:00:00Z'), new Date('2026-03-29T05:00:00Z')]);
  });

  it('runs at start-up the occurrence of today it missed, and not yesterday’s', async () => {
    start(paris('2026-10-25T09:40'));
    await jest.advanceTimersByTimeAsync(0);
    expect(runs).toEqual([new Date('2026-10-25T06:00:00Z')]);
    await timer.stop();

    runs = [];
    start(paris('2026-10-26T00:10'));
    await pass(5 * 60_000);
    expect(runs).toEqual([]);
  });

  it('tries a failed run again a minute later, for the same occurrence', async () => {
    failures = 1;
    start(paris('2026-03-30T06:59'));
    await pass(60_000);
    expect(runs).toEqual([]);
    await pass(60_000);
    expect(runs).toEqual([paris('2026-03-30T07:00')]);
  });

  it('runs nothing once stopped', async () => {
    start(paris('2026-03-30T06:59'));
    await timer.stop();
    await pass(5 * 60_000);
    expect(runs).toEqual([]);
  });
});
