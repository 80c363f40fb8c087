import { describe, expect, it } from '@jest/globals';
import { easterSunday, frenchPublicHolidayOn, frenchPublicHolidays } from './french-public-holidays';

describe('French public holidays', () => {
  it('finds Easter Sunday for years whose date is known', () => {
    expect(easterSunday(2024)).toEqual({ month: 3, day: 31 });
    expect(easterSunday(2025)).toEqual({ month: 4, day: 20 });
    expect(easterSunday(2026)).toEqual({ month: 4, day: 5 });
    expect(easterSunday(2027)).toEqual({ month: 3, day: 28 });
    expect(easterSunday(2038)).toEqual({ month: 4, day: 25 });
  });

  it('lists the eleven holidays of 2026 in calendar order', () => {
    expect(frenchPublicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('moves the Easter-based holidays with Easter in 2027, across the end of March', () => {
    const byName = Object.fromEntries(frenchPublicHolidays(2027).map((h) => [h.name, h.date]));
    expect(byName['Lundi de Pâques']).toBe('2027-03-29');
    expect(byName['Ascension']).toBe('2027-05-06');
    expect(byName['Lundi de Pentecôte']).toBe('2027-05-17');
    expect(frenchPublicHolidays(2027)).toHaveLength(11);
  });

  it('says which date is a holiday, and that an ordinary day or Good Friday is not', () => {
    expect(frenchPublicHolidayOn('2026-04-06')?.name).toBe('Lundi de Pâques');
    expect(frenchPublicHolidayOn('2026-05-14')?.name).toBe('Ascension');
    expect(frenchPublicHolidayOn('2026-05-25')?.name).toBe('Lundi de Pentecôte');
    expect(frenchPublicHolidayOn('2026-04-03')).toBeUndefined();
    expect(frenchPublicHolidayOn('2026-06-02')).toBeUndefined();
    expect(frenchPublicHolidayOn('2026-12-26')).toBeUndefined();
  });
});
