import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { checkSchedule, lastOccurrence, missedToday, nextOccurrence } from './recurring-schedule';

const SHEETS = { id: 'host.daily-sheets', pattern: '0 7 * * *', tz: 'Europe/Paris' };
const MONTHLY = { id: 'reporting.monthly', pattern: '0 6 1 * *', tz: 'Europe/Paris' };

/** A Paris wall-clock time as an instant, through luxon (the independent reckoning). */
const paris = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Paris' }).toJSDate();

describe('occurrences of a recurring schedule in Europe/Paris', () => {
  it('keeps 07:00 Paris across the spring change: 06:00Z on Saturday 28 March, 05:00Z from Sunday 29', () => {
    expect(nextOccurrence(SHEETS, new Date('2026-03-27T12:00:00Z')).toISOString()).toBe('2026-03-28T06:00:00.000Z');
    expect(nextOccurrence(SHEETS, new Date('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-29T05:00:00.000Z');
    // Between 02:00 and 03:00 on the 29th, local time does not exist: the next run is still 07:00 local.
    expect(nextOccurrence(SHEETS, new Date('2026-03-29T01:30:00Z')).toISOString()).toBe('2026-03-29T05:00:00.000Z');
    expect(nextOccurrence(SHEETS, new Date('2026-03-29T05:00:00Z')).toISOString()).toBe('2026-03-30T05:00:00.000Z');
  });

  it('keeps 07:00 Paris across the autumn change: 05:00Z on Saturday 24 October, 06:00Z from Sunday 25', () => {
    expect(nextOccurrence(SHEETS, new Date('2026-10-23T12:00:00Z')).toISOString()).toBe('2026-10-24T05:00:00.000Z');
    expect(nextOccurrence(SHEETS, new Date('2026-10-24T12:00:00Z')).toISOString()).toBe('2026-10-25T06:00:00.000Z');
    // 02:00–03:00 happens twice on the 25th: one run, at 07:00 local.
    expect(nextOccurrence(SHEETS, new Date('2026-10-25T00:30:00Z')).toISOString()).toBe('2026-10-25T06:00:00.000Z');
  });

  it('agrees with luxon on every day of a fortnight around each change', () => {
    for (const first of ['2026-03-22', '2026-10-18']) {
      let after = paris(`${first}T08:00`);
      for (let day = 1; day <= 14; day++) {
        const next = nextOccurrence(SHEETS, after);
        const expected = DateTime.fromISO(`${first}T07:00`, { zone: 'Europe/Paris' }).plus({ days: day });
        expect(next.toISOString()).toBe(expected.toUTC().toISO());
        after = next;
      }
    }
  });

  it('finds the monthly report’s 06:00 Paris on the first of the month, across the autumn change', () => {
    expect(nextOccurrence(MONTHLY, new Date('2026-10-15T12:00:00Z')).toISOString()).toBe('2026-11-01T05:00:00.000Z');
    expect(nextOccurrence(MONTHLY, new Date('2026-09-15T12:00:00Z')).toISOString()).toBe('2026-10-01T04:00:00.000Z');
  });

  it('counts an occurrence falling exactly now as the last one, not the next one', () => {
    const seven = paris('2026-03-29T07:00');
    expect(lastOccurrence(SHEETS, seven)).toEqual(seven);
    expect(nextOccurrence(SHEETS, seven)).toEqual(paris('2026-03-30T07:00'));
  });
});

describe('the occurrence missed today, run at start-up', () => {
  it('is today’s 07:00 when the process starts later that day, on the day of a change too', () => {
    expect(missedToday(SHEETS, paris('2026-03-29T09:40'))).toEqual(paris('2026-03-29T07:00'));
    expect(missedToday(SHEETS, paris('2026-10-25T23:59'))).toEqual(paris('2026-10-25T07:00'));
    expect(missedToday(SHEETS, paris('2026-03-29T07:00'))).toEqual(paris('2026-03-29T07:00'));
  });

  it('is none before 07:00, and none just after midnight (yesterday’s "tomorrow" has begun)', () => {
    expect(missedToday(SHEETS, paris('2026-03-29T06:59'))).toBeUndefined();
    expect(missedToday(SHEETS, paris('2026-03-30T00:10'))).toBeUndefined();
    expect(missedToday(MONTHLY, paris('2026-11-02T09:00'))).toBeUndefined();
    expect(missedToday(MONTHLY, paris('2026-11-01T09:00'))).toEqual(paris('2026-11-01T06:00'));
  });
});

describe('checkSchedule', () => {
  it('accepts the daily sheet and the monthly report, and refuses what cron or luxon cannot read', () => {
    expect(() => checkSchedule(SHEETS)).not.toThrow();
    expect(() => checkSchedule(MONTHLY)).not.toThrow();
    expect(() => checkSchedule({ ...SHEETS, tz: 'Europe/Auch' })).toThrow(/time zone/);
    expect(() => checkSchedule({ ...SHEETS, pattern: '0 7 * *' })).toThrow(/five fields/);
    expect(() => checkSchedule({ ...SHEETS, pattern: '0 25 * * *' })).toThrow(/unreadable/);
    expect(() => checkSchedule({ ...SHEETS, id: 'host:sheets' })).toThrow(/letters/);
  });
});
