import { describe, expect, it } from '@jest/globals';
import { personDays, personDayValue, shownOrganizations, SMALL_GROUP_THRESHOLD } from './person-days';

const MORNING = { morning: true, afternoon: false };
const AFTERNOON = { morning: false, afternoon: true };
const FULL_DAY = { morning: true, afternoon: true };

describe('a person’s day', () => {
  it('is 0.5 for a half-day alone, whichever half', () => {
    expect(personDayValue([MORNING])).toBe(0.5);
    expect(personDayValue([AFTERNOON])).toBe(0.5);
  });

  it('is 1 for a morning and an afternoon the same day, as for a full day or a meeting across 13:00', () => {
    expect(personDayValue([MORNING, AFTERNOON])).toBe(1);
    expect(personDayValue([AFTERNOON, MORNING])).toBe(1);
    expect(personDayValue([FULL_DAY])).toBe(1);
  });

  it('counts a person once a day however many bookings they hold', () => {
    expect(personDayValue([MORNING, MORNING, MORNING])).toBe(0.5);
    expect(personDayValue([FULL_DAY, MORNING, AFTERNOON, FULL_DAY])).toBe(1);
  });

  it('is nothing without a half', () => {
    expect(personDayValue([])).toBe(0);
    expect(personDayValue([{ morning: false, afternoon: false }])).toBe(0);
  });

  it('adds up whole days and half-days of a group', () => {
    expect(personDays(0, 0)).toBe(0);
    expect(personDays(3, 0)).toBe(3);
    expect(personDays(0, 3)).toBe(1.5);
    expect(personDays(2, 5)).toBe(4.5);
  });
});

describe('the privacy threshold', () => {
  it('is five members', () => {
    expect(SMALL_GROUP_THRESHOLD).toBe(5);
  });

  it('shows employers of five members or more, and groups those of fewer as other', () => {
    const shown = shownOrganizations([
      { organizationId: 'airbus', members: 5 },
      { organizationId: 'sarl', members: 4 },
      { organizationId: 'mairie', members: 12 },
      { organizationId: 'solo', members: 1 },
    ]);
    expect(shown).toEqual(['airbus', 'mairie']);
  });

  it('shows none when every employer is small, and takes another threshold', () => {
    expect(shownOrganizations([{ organizationId: 'sarl', members: 4 }])).toEqual([]);
    expect(shownOrganizations([{ organizationId: 'sarl', members: 4 }], 3)).toEqual(['sarl']);
  });
});
