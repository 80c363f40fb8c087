import { describe, expect, it } from '@jest/globals';
import { openingRangesOn, SiteSchedule } from './site-calendar';

const day: [string, string][] = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];
const schedule: SiteSchedule = {
  id: 'site',
  status: 'published',
  timezone: 'Europe/Paris',
  openingHours: { mon: day, tue: day, wed: day, thu: [['09:00', '17:00']], fri: day, sat: [], sun: [] },
  openOnPublicHolidays: [],
};

describe('opening ranges of a date', () => {
  it('follow the week on an ordinary day', () => {
    expect(openingRangesOn(schedule, '2026-06-04', undefined)).toEqual({ ranges: [['09:00', '17:00']] });
    expect(openingRangesOn(schedule, '2026-06-06', undefined).ranges).toEqual([]);
  });

  it('are empty on a public holiday, which says why', () => {
    expect(openingRangesOn(schedule, '2026-05-14', undefined)).toEqual({
      ranges: [],
      closedBecause: { kind: 'public_holiday', name: 'Ascension' },
    });
  });

  it('follow the week on a public holiday the site chose to open on', () => {
    const open = { ...schedule, openOnPublicHolidays: ['2026-05-14'] };
    expect(openingRangesOn(open, '2026-05-14', undefined)).toEqual({ ranges: [['09:00', '17:00']] });
  });

  it('are empty on a closure, whatever the week says', () => {
    expect(openingRangesOn(schedule, '2026-06-04', { reason: 'Travaux' })).toEqual({
      ranges: [],
      closedBecause: { kind: 'closure', reason: 'Travaux' },
    });
  });
});
