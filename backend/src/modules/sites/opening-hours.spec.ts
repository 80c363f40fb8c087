import { describe, expect, it } from '@jest/globals';
import { isOpeningHours, openingHoursProblems } from './opening-hours';

const office = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];
const week = { mon: office, tue: office, wed: office, thu: office, fri: office, sat: [], sun: [] };

describe('opening hours', () => {
  it('accept a week with a lunch break and closed weekends', () => {
    expect(openingHoursProblems(week)).toEqual([]);
    expect(isOpeningHours(week)).toBe(true);
  });

  it('accept a day that runs until midnight, and ranges that touch', () => {
    expect(
      openingHoursProblems({
        ...week,
        fri: [
          ['08:00', '18:00'],
          ['18:00', '24:00'],
        ],
      }),
    ).toEqual([]);
  });

  it('refuse a week with a missing day or a day that is not one', () => {
    const { sun: _sun, ...withoutSunday } = week;
    expect(openingHoursProblems(withoutSunday)).toEqual(['sun is missing (an empty list closes the day)']);
    expect(openingHoursProblems({ ...week, monday: [] })).toEqual(['monday is not a day (mon … sun)']);
  });

  it('refuse what is not a week at all', () => {
    for (const value of [null, 'mon-fri', [], 42]) {
      expect(openingHoursProblems(value)).toHaveLength(1);
    }
  });

  it('refuse malformed times, including 24:00 as a start and single-digit hours', () => {
    expect(openingHoursProblems({ ...week, mon: [['8:30', '12:30']] })).toEqual([
      'mon: ["8:30","12:30"] is not a ["HH:MM", "HH:MM"] range',
    ]);
    expect(openingHoursProblems({ ...week, mon: [['24:00', '24:00']] })).toHaveLength(1);
    expect(openingHoursProblems({ ...week, mon: [['08:60', '12:00']] })).toHaveLength(1);
    expect(openingHoursProblems({ ...week, mon: [['08:00']] })).toHaveLength(1);
    expect(openingHoursProblems({ ...week, mon: 'closed' })).toHaveLength(1);
  });

  it('refuse a range that ends before it starts, or is empty', () => {
    expect(openingHoursProblems({ ...week, tue: [['13:30', '12:00']] })).toEqual([
      'tue: 13:30–12:00 does not end after it starts',
    ]);
    expect(openingHoursProblems({ ...week, tue: [['09:00', '09:00']] })).toHaveLength(1);
  });

  it('refuse ranges that overlap or are out of order', () => {
    expect(
      openingHoursProblems({
        ...week,
        wed: [
          ['08:30', '12:30'],
          ['12:00', '18:00'],
        ],
      }),
    ).toEqual(['wed: 12:00–18:00 overlaps or precedes the range before it']);
    expect(
      openingHoursProblems({
        ...week,
        wed: [
          ['13:30', '18:00'],
          ['08:30', '12:30'],
        ],
      }),
    ).toHaveLength(1);
  });

  it('refuse more ranges in a day than any site has', () => {
    const many = Array.from({ length: 7 }, (_, i) => [`0${i}:00`, `0${i}:30`]);
    expect(openingHoursProblems({ ...week, thu: many })).toEqual(['thu: has more than 6 ranges']);
  });
});
