import { givenEvent } from '../../testing/event-samples';
import {
  byDay,
  eventDate,
  eventTimes,
  lastDayOf,
  monthLabel,
  monthWeeks,
  shiftMonth,
  validMonth,
} from './event-calendar';

describe('event calendar', () => {
  it("reads an event's day and times in its own zone, whatever the browser's", () => {
    // 23:30 in Paris on 31 December is already 1 January in UTC.
    const late = givenEvent({ start: '2026-12-31T23:30:00+01:00', end: '2027-01-01T01:00:00+01:00' });
    expect(eventDate(late)).toBe('2026-12-31');
    expect(eventTimes(late)).toEqual({ start: '23:30', end: '01:00' });
  });

  it('lays a month out in Monday-to-Sunday weeks, with the days around it to fill the rows', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const weeks = monthWeeks('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toEqual({ date: '2026-11-30', inMonth: false });
    expect(weeks[0][1]).toEqual({ date: '2026-12-01', inMonth: true });
    expect(weeks[4][6]).toEqual({ date: '2027-01-03', inMonth: false });
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('moves between months across years and knows their last day', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(lastDayOf('2028-02')).toBe('2028-02-29');
    expect(validMonth('2026-13')).toBeNull();
    expect(validMonth('2026-04')).toBe('2026-04');
    expect(monthLabel('2026-12', 'fr')).toBe('décembre 2026');
  });

  it('groups events by the day they start on, in date order', () => {
    const days = byDay([
      givenEvent({ id: 'a', start: '2026-12-02T09:00:00+01:00' }),
      givenEvent({ id: 'b', start: '2026-12-02T18:30:00+01:00' }),
      givenEvent({ id: 'c', start: '2026-12-01T09:00:00+01:00' }),
    ]);
    expect(days.map((day) => [day.date, day.events.map((event) => event.id)])).toEqual([
      ['2026-12-01', ['c']],
      ['2026-12-02', ['a', 'b']],
    ]);
  });
});
