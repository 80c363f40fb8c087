import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { membersStatement, networkMonths, presenceAnswers, yearMasks } from './occupancy-members';
import { reportDays } from './report-period';

describe('the months of a year as reporting_member_years holds them', () => {
  it('gives each year the bits of its months inside the range, January = 1', () => {
    expect(yearMasks('2025-01-01', '2025-12-01')).toEqual([{ year: 2025, mask: 4095 }]);
    expect(yearMasks('2026-10-01', '2026-10-01')).toEqual([{ year: 2026, mask: 1 << 9 }]);
    expect(yearMasks('2025-11-01', '2026-02-01')).toEqual([
      { year: 2025, mask: (1 << 10) | (1 << 11) },
      { year: 2026, mask: 1 | 2 },
    ]);
  });

  it('turns the per-year counts of each month bit into month rows, leaving out empty months', () => {
    const counts: Record<string, string | number>[] = [
      { year: 2025, m1: '0', m2: '3', m3: '0', m12: '7' },
      { year: 2026, m1: '2' },
    ];
    expect(networkMonths(counts, '2025-02-01', '2026-01-01')).toEqual([
      { key0: '2025-02', members: '3' },
      { key0: '2025-12', members: '7' },
      { key0: '2026-01', members: '2' },
    ]);
  });
});

describe('which level answers unique members', () => {
  it('answers groupings by site, EPCI and month only', () => {
    expect(presenceAnswers(['site'])).toBe(true);
    expect(presenceAnswers(['epci', 'month'])).toBe(true);
    expect(presenceAnswers([])).toBe(true);
    expect(presenceAnswers(['site', 'kind'])).toBe(false);
    expect(presenceAnswers(['halfDay'])).toBe(false);
  });

  const statement = (dimensions: ('site' | 'epci' | 'month')[], first: string, last: string, epciCode?: string) =>
    membersStatement({ first, last, dimensions, scope: { kind: 'network', epciCode } }).sql;

  it('reads the counts per site, or per EPCI, for a month or per month', () => {
    expect(statement(['site'], '2026-10-01', '2026-10-01')).toContain('reporting_site_month_counts');
    expect(statement(['epci', 'month'], '2025-01-01', '2025-12-01')).toContain('reporting_epci_month_counts');
    expect(statement(['month'], '2025-01-01', '2025-12-01', '200066926')).toContain('reporting_epci_month_counts');
  });

  it('counts distinct people over several months without a month grouping', () => {
    expect(statement(['site'], '2025-01-01', '2025-12-01')).toContain('count(DISTINCT f.user_id)');
    expect(statement(['epci'], '2025-01-01', '2025-03-01')).toContain('reporting_member_epci_months');
  });

  it('reads the network’s months and years from the month masks; a host’s sites from the members per site', () => {
    expect(
      membersStatement({ first: '2025-01-01', last: '2025-12-01', dimensions: ['month'], scope: { kind: 'network' } }),
    ).toMatchObject({ yearMonths: true });
    expect(statement([], '2025-01-01', '2025-12-01')).toMatch(/count\(\*\) AS members\s+FROM reporting_member_years/);
    expect(statement([], '2024-07-01', '2025-06-01')).toContain('count(DISTINCT y.user_id)');
    const host = membersStatement({
      first: '2026-10-01',
      last: '2026-10-01',
      dimensions: ['month'],
      scope: { kind: 'sites', siteIds: ['a'] },
    });
    expect(host.sql).toContain('reporting_member_site_months');
  });
});

describe('report days', () => {
  it('give the ISO week and month luxon gives, across years and a 53-week year', () => {
    for (const day of reportDays({ from: '2020-12-20', to: '2027-01-10' })) {
      const date = DateTime.fromISO(day.date, { zone: 'UTC' });
      expect([day.week, day.month, day.weekday]).toEqual([
        date.toFormat("kkkk-'W'WW"),
        date.toFormat('yyyy-MM'),
        date.weekday,
      ]);
    }
  });
});
