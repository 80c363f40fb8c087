import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import type { OpeningRange } from '../sites/opening-hours';
import { noShowReleaseAt } from './no-show-release-time';

const PARIS = 'Europe/Paris';
const WITH_LUNCH: OpeningRange[] = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];
const at = (iso: string) => DateTime.fromISO(iso, { zone: PARIS });
const release = (slot: 'full_day' | 'morning' | 'afternoon' | 'custom', start: string, ranges = WITH_LUNCH) =>
  noShowReleaseAt(slot, at(start), start.slice(0, 10), ranges, '10:30', PARIS)?.toISO();

describe('no-show release time', () => {
  it('releases mornings and full days at the release time', () => {
    expect(release('morning', '2026-03-30T08:30')).toBe('2026-03-30T10:30:00.000+02:00');
    expect(release('full_day', '2026-03-30T08:30')).toBe('2026-03-30T10:30:00.000+02:00');
  });

  it('gives an afternoon the same grace after its own start', () => {
    expect(release('afternoon', '2026-03-30T13:00')).toBe('2026-03-30T15:00:00.000+02:00');
    // A site opening at 14:00 and releasing at 15:00 gives an hour, from 14:00, to the afternoon and the day alike.
    const late: OpeningRange[] = [['14:00', '20:00']];
    const at = (slot: 'afternoon' | 'full_day') =>
      noShowReleaseAt(slot, DateTime.fromISO('2026-03-30T14:00', { zone: PARIS }), '2026-03-30', late, '15:00', PARIS);
    expect(at('afternoon')?.toISO()).toBe('2026-03-30T15:00:00.000+02:00');
    expect(at('full_day')?.toISO()).toBe('2026-03-30T15:00:00.000+02:00');
  });

  it('keeps the wall clock on the day summer time starts', () => {
    expect(release('morning', '2026-03-29T09:00', [['09:00', '18:00']])).toBe('2026-03-29T10:30:00.000+02:00');
  });

  it('releases nothing by the hour, nor on a day the site opens at or after the release time', () => {
    expect(release('custom', '2026-03-30T09:00')).toBeUndefined();
    expect(release('full_day', '2026-03-30T14:00', [['14:00', '20:00']])).toBeUndefined();
    expect(release('afternoon', '2026-03-30T13:00', [])).toBeUndefined();
  });
});
