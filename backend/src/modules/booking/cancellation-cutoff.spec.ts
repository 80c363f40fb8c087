import { describe, expect, it } from '@jest/globals';
import { cancellationDeadline } from './cancellation-cutoff';

const PARIS = 'Europe/Paris';

describe('cancellation deadline', () => {
  const start = new Date('2026-03-30T06:30:00Z'); // Monday 30 March 2026, 08:30 in summer time

  it('is the start itself by default', () => {
    expect(cancellationDeadline(start, PARIS, { kind: 'until_start' }).toISO()).toBe('2026-03-30T08:30:00.000+02:00');
  });

  it('counts whole days on the calendar across the spring change, the rest in minutes', () => {
    // 24 hours before would be 07:30 local on Sunday 29 March; a day before is 08:30.
    expect(cancellationDeadline(start, PARIS, { kind: 'minutes_before', minutes: 1440 }).toISO()).toBe(
      '2026-03-29T08:30:00.000+02:00',
    );
    expect(cancellationDeadline(start, PARIS, { kind: 'minutes_before', minutes: 1440 + 90 }).toISO()).toBe(
      '2026-03-29T07:00:00.000+02:00',
    );
    expect(cancellationDeadline(start, PARIS, { kind: 'minutes_before', minutes: 120 }).toISO()).toBe(
      '2026-03-30T06:30:00.000+02:00',
    );
  });

  it('is the evening before at the given local time, in winter time the day before the change', () => {
    expect(cancellationDeadline(start, PARIS, { kind: 'day_before_at', time: '18:00' }).toISO()).toBe(
      '2026-03-29T18:00:00.000+02:00',
    );
    const sunday = new Date('2026-03-29T07:00:00Z'); // 09:00 on the change day; the day before is in winter time
    expect(cancellationDeadline(sunday, PARIS, { kind: 'day_before_at', time: '18:00' }).toISO()).toBe(
      '2026-03-28T18:00:00.000+01:00',
    );
  });
});
