import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { OpeningRange } from '../sites/opening-hours';
import { customWindow, localInstant, parseInputInstant, slotWindow, type Slot } from './booking-slots';

const PARIS = 'Europe/Paris';
const WORKDAY: OpeningRange[] = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];
const iso = (t: DateTime) => t.toISO({ suppressMilliseconds: true });
const slot = (ranges: OpeningRange[], date: string, s: Slot) => {
  const w = slotWindow({ ranges }, date, s, PARIS);
  return [iso(w.start), iso(w.end)];
};

describe('booking slots in the site’s zone', () => {
  it('places the slots of an ordinary winter and summer day at the right instants', () => {
    expect(slot(WORKDAY, '2026-03-27', 'full_day')).toEqual(['2026-03-27T08:30:00+01:00', '2026-03-27T18:00:00+01:00']);
    expect(slot(WORKDAY, '2026-03-27', 'morning')).toEqual(['2026-03-27T08:30:00+01:00', '2026-03-27T13:00:00+01:00']);
    expect(slot(WORKDAY, '2026-03-30', 'afternoon')).toEqual([
      '2026-03-30T13:00:00+02:00',
      '2026-03-30T18:00:00+02:00',
    ]);
    // The same 09:00 is one hour apart in UTC either side of the spring change.
    const before = localInstant('2026-03-27', '09:00', PARIS);
    const after = localInstant('2026-03-30', '09:00', PARIS);
    expect(iso(before)).toBe('2026-03-27T09:00:00+01:00');
    expect(iso(after)).toBe('2026-03-30T09:00:00+02:00');
    expect(before.toUTC().hour).toBe(8);
    expect(after.toUTC().hour).toBe(7);
  });

  it('counts the spring-change Sunday (29 March 2026) as 23 hours', () => {
    const allDay: OpeningRange[] = [['00:00', '24:00']];
    const w = slotWindow({ ranges: allDay }, '2026-03-29', 'full_day', PARIS);
    expect([iso(w.start), iso(w.end)]).toEqual(['2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00']);
    expect(w.end.diff(w.start, 'hours').hours).toBe(23);
    expect(slot(allDay, '2026-03-29', 'morning')).toEqual(['2026-03-29T00:00:00+01:00', '2026-03-29T13:00:00+02:00']);
    expect(slot([['09:00', '18:00']], '2026-03-29', 'afternoon')).toEqual([
      '2026-03-29T13:00:00+02:00',
      '2026-03-29T18:00:00+02:00',
    ]);
  });

  it('counts the autumn-change Sunday (25 October 2026) as 25 hours', () => {
    const w = slotWindow({ ranges: [['00:00', '24:00']] }, '2026-10-25', 'full_day', PARIS);
    expect([iso(w.start), iso(w.end)]).toEqual(['2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00']);
    expect(w.end.diff(w.start, 'hours').hours).toBe(25);
    expect(slot([['09:00', '18:00']], '2026-10-25', 'morning')).toEqual([
      '2026-10-25T09:00:00+01:00',
      '2026-10-25T13:00:00+01:00',
    ]);
  });

  it('refuses local times that do not exist (02:30 on 29 March 2026)', () => {
    expect(() => localInstant('2026-03-29', '02:30', PARIS)).toThrow(/does not exist/);
    expect(() => slotWindow({ ranges: [['02:30', '12:00']] }, '2026-03-29', 'morning', PARIS)).toThrow(
      /does not exist/,
    );
    expect(() => parseInputInstant('2026-03-29T02:30:00', PARIS)).toThrow(/does not exist/);
    expect(iso(parseInputInstant('2026-03-29T03:30:00', PARIS)!)).toBe('2026-03-29T03:30:00+02:00');
    // With an offset, an input is an instant, shown in the site's zone.
    expect(iso(parseInputInstant('2026-03-29T01:30:00Z', PARIS)!)).toBe('2026-03-29T03:30:00+02:00');
    expect(parseInputInstant('2026-03-29', PARIS)).toBeUndefined();
    expect(parseInputInstant('tomorrow', PARIS)).toBeUndefined();
  });

  it('has no morning when the site opens at 13:00, no afternoon when it closes by 13:00', () => {
    expect(() => slotWindow({ ranges: [['13:00', '19:00']] }, '2026-03-27', 'morning', PARIS)).toThrow(/no morning/);
    expect(() => slotWindow({ ranges: [['08:00', '13:00']] }, '2026-03-27', 'afternoon', PARIS)).toThrow(
      /no afternoon/,
    );
    expect(slot([['08:00', '12:00']], '2026-03-27', 'morning')).toEqual([
      '2026-03-27T08:00:00+01:00',
      '2026-03-27T12:00:00+01:00',
    ]);
  });

  it('says why a day is closed', () => {
    expect(() =>
      slotWindow(
        { ranges: [], closedBecause: { kind: 'public_holiday', name: 'Lundi de Pâques' } },
        '2026-04-06',
        'full_day',
        PARIS,
      ),
    ).toThrow(/public holiday \(Lundi de Pâques\)/);
    expect(() => slotWindow({ ranges: [] }, '2026-03-28', 'full_day', PARIS)).toThrow(/no opening hours/);
  });

  it('takes explicit windows on half-hours inside one opening range', () => {
    const at = (s: string) => parseInputInstant(s, PARIS)!;
    const ok = customWindow(
      { ranges: WORKDAY },
      at('2026-03-30T09:00:00+02:00'),
      at('2026-03-30T10:30:00+02:00'),
      PARIS,
    );
    expect([iso(ok.start), iso(ok.end)]).toEqual(['2026-03-30T09:00:00+02:00', '2026-03-30T10:30:00+02:00']);
    expect(() =>
      customWindow({ ranges: WORKDAY }, at('2026-03-30T09:15:00+02:00'), at('2026-03-30T10:00:00+02:00'), PARIS),
    ).toThrow(/30-minute/);
    // Across the lunch break: two ranges, not one.
    expect(() =>
      customWindow({ ranges: WORKDAY }, at('2026-03-30T12:00:00+02:00'), at('2026-03-30T14:00:00+02:00'), PARIS),
    ).toThrow(/inside one of these ranges/);
    expect(() =>
      customWindow({ ranges: WORKDAY }, at('2026-03-30T10:00:00+02:00'), at('2026-03-30T09:00:00+02:00'), PARIS),
    ).toThrow(/after start/);
  });
});
