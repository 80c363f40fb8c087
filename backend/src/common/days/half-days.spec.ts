import { describe, expect, it } from '@jest/globals';
import { daysText, isHalfDayCount } from './half-days';

describe('half-day counts', () => {
  it('accept multiples of 0.5 within the bounds', () => {
    for (const days of [0.5, 1, 2.5, 7]) expect(isHalfDayCount(days, 0.5, 7)).toBe(true);
  });

  it('refuse other fractions, values out of bounds and non-numbers', () => {
    for (const days of [0, 0.25, 1.3, 7.5, -1, Number.NaN, Infinity, '2', null]) {
      expect(isHalfDayCount(days, 0.5, 7)).toBe(false);
    }
  });

  it('read in English', () => {
    expect([0, 0.5, 1, 1.5, 3].map(daysText)).toEqual(['0 day', '0.5 day', '1 day', '1.5 days', '3 days']);
  });
});
