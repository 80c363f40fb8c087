import { describe, expect, it } from '@jest/globals';
import { contractCoversSite, HeldPlan, isoWeekOf, monthOf, planPeriod } from './cover';

const plan = (kind: HeldPlan['kind'], validFrom: string, validUntil: string | null = null): HeldPlan => ({
  id: 'p',
  name: 'Forfait',
  kind,
  days: kind === 'unlimited' ? null : 2,
  validFrom,
  validUntil,
});

describe('quota periods', () => {
  it('run Monday to Sunday (ISO weeks), across a month and a year end', () => {
    expect(isoWeekOf('2026-03-20')).toEqual({ unit: 'week', from: '2026-03-16', until: '2026-03-22' });
    expect(isoWeekOf('2026-03-22')).toEqual({ unit: 'week', from: '2026-03-16', until: '2026-03-22' });
    expect(isoWeekOf('2026-04-01')).toEqual({ unit: 'week', from: '2026-03-30', until: '2026-04-05' });
    expect(isoWeekOf('2027-01-01')).toEqual({ unit: 'week', from: '2026-12-28', until: '2027-01-03' });
  });

  it('take calendar months, February included', () => {
    expect(monthOf('2026-02-14')).toEqual({ unit: 'month', from: '2026-02-01', until: '2026-02-28' });
    expect(monthOf('2028-02-29')).toEqual({ unit: 'month', from: '2028-02-01', until: '2028-02-29' });
  });

  it('are cut to the days a weekly or monthly plan is held', () => {
    expect(planPeriod(plan('weekly', '2026-03-18'), '2026-03-20')).toEqual({
      unit: 'week',
      from: '2026-03-18',
      until: '2026-03-22',
    });
    expect(planPeriod(plan('monthly', '2026-01-01', '2026-03-10'), '2026-03-05')).toEqual({
      unit: 'month',
      from: '2026-03-01',
      until: '2026-03-10',
    });
  });

  it('span a pack’s whole validity, and do not exist for an unlimited plan', () => {
    expect(planPeriod(plan('pack', '2026-03-01', '2026-06-30'), '2026-04-02')).toEqual({
      unit: 'validity',
      from: '2026-03-01',
      until: '2026-06-30',
    });
    expect(planPeriod(plan('pack', '2026-03-01'), '2027-04-02')).toEqual({
      unit: 'validity',
      from: '2026-03-01',
      until: null,
    });
    expect(planPeriod(plan('unlimited', '2026-03-01'), '2026-04-02')).toBeNull();
  });
});

describe('contract sites', () => {
  it('cover every site when none is listed, else the listed ones only', () => {
    expect(contractCoversSite([], 'auch')).toBe(true);
    expect(contractCoversSite(['auch'], 'auch')).toBe(true);
    expect(contractCoversSite(['auch'], 'gimont')).toBe(false);
  });
});
