import { describe, expect, it } from '@jest/globals';
import { InvalidInput } from '../../common/problem/domain-error';
import { compareKeys, wholeMonths } from './occupancy-report';
import {
  dimensionLabel,
  KEY_SEPARATOR,
  OCCUPANCY_DIMENSIONS,
  parseGroupBy,
  TELEWORK_DIMENSIONS,
} from './report-dimensions';
import { checkPeriod, periodInstants, reportDays } from './report-period';

const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof InvalidInput ? error.errors[0].field : 'not InvalidInput';
  }
  return undefined;
};

describe('groupBy', () => {
  it('takes one dimension or two, and falls back to the report’s default', () => {
    expect(parseGroupBy(undefined, OCCUPANCY_DIMENSIONS, 'site')).toEqual(['site']);
    expect(parseGroupBy('weekday,halfDay', OCCUPANCY_DIMENSIONS, 'site')).toEqual(['weekday', 'halfDay']);
    expect(parseGroupBy('homeEpci', TELEWORK_DIMENSIONS, 'organization')).toEqual(['homeEpci']);
  });

  it('refuses unknown, repeated and more than two dimensions, naming groupBy', () => {
    for (const value of ['resource', 'site,month,day', 'site,site', 'kind', ',']) {
      expect(fieldOf(() => parseGroupBy(value, TELEWORK_DIMENSIONS, 'organization'))).toBe('groupBy');
    }
  });
});

describe('report period', () => {
  it('refuses a period that ends before it starts or spans more than six years', () => {
    expect(fieldOf(() => checkPeriod({ from: '2026-03-02', to: '2026-03-01' }))).toBe('to');
    expect(fieldOf(() => checkPeriod({ from: '2020-01-01', to: '2026-12-31' }))).toBe('to');
    expect(fieldOf(() => checkPeriod({ from: '2021-01-01', to: '2026-12-31' }))).toBeUndefined();
    expect(fieldOf(() => checkPeriod({ from: '2026-03-01', to: '2026-03-01' }))).toBeUndefined();
  });

  it('lists dates with their ISO week, month and weekday, across a DST change and a year end', () => {
    expect(reportDays({ from: '2026-03-28', to: '2026-03-30' })).toEqual([
      { date: '2026-03-28', weekday: 6, week: '2026-W13', month: '2026-03' },
      { date: '2026-03-29', weekday: 7, week: '2026-W13', month: '2026-03' },
      { date: '2026-03-30', weekday: 1, week: '2026-W14', month: '2026-03' },
    ]);
    // 1 January 2027 is a Friday of ISO week 53 of 2026.
    expect(reportDays({ from: '2027-01-01', to: '2027-01-04' }).map((day) => day.week)).toEqual([
      '2026-W53',
      '2026-W53',
      '2026-W53',
      '2027-W01',
    ]);
  });

  it('reads bookings from a UTC window wide enough for any zone', () => {
    expect(periodInstants({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      after: new Date('2026-02-28T00:00:00Z'),
      before: new Date('2026-04-02T00:00:00Z'),
    });
  });
});

describe('labels', () => {
  it('say calendar keys in French and name things from the names given', () => {
    const names = new Map([['site:abc', 'Tiers-lieu d’Auch']]);
    expect(dimensionLabel('month', '2026-08', names)).toBe('août 2026');
    expect(dimensionLabel('weekday', '7', names)).toBe('dimanche');
    expect(dimensionLabel('halfDay', 'afternoon', names)).toBe('après-midi');
    expect(dimensionLabel('kind', 'phone_booth', names)).toBe('Cabine téléphonique');
    expect(dimensionLabel('site', 'abc', names)).toBe('Tiers-lieu d’Auch');
    expect(dimensionLabel('site', 'unknown', names)).toBe('unknown');
  });
});

describe('whole months of a period', () => {
  it('are the months inside it, with the days before and after them', () => {
    expect(wholeMonths({ from: '2026-03-01', to: '2026-04-30' })).toEqual({
      first: '2026-03-01',
      last: '2026-04-01',
      edges: [],
    });
    expect(wholeMonths({ from: '2026-02-15', to: '2026-05-03' })).toEqual({
      first: '2026-03-01',
      last: '2026-04-01',
      edges: [
        { from: '2026-02-15', to: '2026-02-28' },
        { from: '2026-05-01', to: '2026-05-03' },
      ],
    });
    expect(wholeMonths({ from: '2026-03-23', to: '2026-04-06' })).toBeUndefined();
    expect(wholeMonths({ from: '2026-12-01', to: '2027-01-31' })?.last).toBe('2027-01-01');
  });
});

describe('the order of rows', () => {
  it('compares composite keys part by part, a part that begins another first', () => {
    const key = (...parts: string[]) => parts.join(KEY_SEPARATOR);
    const keys = [
      key('243200599', '2026-01'),
      key('none', '2026-01'),
      key('200066926', '2026-12'),
      key('2000669', '2026-12'),
      key('200066926', '2026-02'),
      key('200066926'),
      key('200066926', '2026-W05'),
      key('200066926', '2026-02', 'morning'),
    ];
    const partByPart = (a: string, b: string) => {
      const [left, right] = [a.split(KEY_SEPARATOR), b.split(KEY_SEPARATOR)];
      for (let index = 0; index < Math.max(left.length, right.length); index++) {
        const [x, y] = [left[index] ?? '', right[index] ?? ''];
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    };
    expect([...keys].sort(compareKeys)).toEqual([...keys].sort(partByPart));
    expect([...keys].sort(compareKeys).slice(0, 3)).toEqual([
      key('2000669', '2026-12'),
      key('200066926'),
      key('200066926', '2026-02'),
    ]);
  });
});
