import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { DEMO_HABITS, DEMO_REGULARS } from './demo-community.data';
import { DEMO_AHEAD_DAYS, DEMO_PAST_DAYS, DemoBooking, DemoPlace, planDemoBookings } from './demo-bookings';
import { DEMO_ACCOUNTS, DEMO_SITES } from './demo-network.data';

const PLACES: DemoPlace[] = DEMO_SITES.map((site) => ({
  key: site.key,
  id: `site-${site.key}`,
  schedule: {
    id: `site-${site.key}`,
    status: 'published',
    timezone: 'Europe/Paris',
    openingHours: site.openingHours,
    openOnPublicHolidays: [],
  },
  resources: site.resources.map((resource, i) => ({ id: `${site.key}-${i}`, kind: resource.kind })),
}));
const PEOPLE = [...DEMO_ACCOUNTS, ...DEMO_REGULARS].map((person) => ({
  key: person.key,
  id: `user-${person.key}`,
  homeCommuneCode: person.homeCommuneCode,
  organizationId: person.key === 'julien' ? 'org-aero' : null,
  habits: DEMO_HABITS[person.key] ?? [],
}));

// A Friday in late November: the window reaches back over Armistice Day (Wednesday 11 November).
const NOW = DateTime.fromISO('2026-11-20T11:00:00', { zone: 'Europe/Paris' }).toJSDate();
const plan = planDemoBookings(NOW, PLACES, PEOPLE);
const localDate = (instant: Date) => DateTime.fromJSDate(instant, { zone: 'Europe/Paris' }).toISODate()!;
const active = (booking: DemoBooking) => booking.status !== 'cancelled';

describe('planDemoBookings', () => {
  it('gives the sites a realistic history: mostly Auch, four weeks back and two ahead', () => {
    const past = plan.filter((b) => b.end <= NOW);
    expect(past.length).toBeGreaterThan(60);
    expect(plan.length - past.length).toBeGreaterThan(20);
    const auch = plan.filter((b) => b.siteId === 'site-auch').length;
    expect(auch / plan.length).toBeGreaterThan(0.5);
    expect(new Set(plan.map((b) => b.siteId)).size).toBeGreaterThanOrEqual(5);
    const dates = plan.map((b) => localDate(b.start)).sort();
    expect(dates[0] >= '2026-10-23').toBe(true);
    expect(dates.at(-1)! <= DateTime.fromJSDate(NOW).plus({ days: DEMO_AHEAD_DAYS }).toISODate()!).toBe(true);
    expect(DEMO_PAST_DAYS).toBe(28);
  });

  it('never lets two active bookings of a resource overlap', () => {
    const live = plan.filter(active);
    for (const [i, a] of live.entries()) {
      for (const b of live.slice(i + 1)) {
        if (a.resourceId === b.resourceId) expect(a.start < b.end && b.start < a.end).toBe(false);
      }
    }
  });

  it('books only when the site is open: no public holiday, no weekend, no Saint-Clar Monday', () => {
    expect(plan.filter((b) => localDate(b.start) === '2026-11-11')).toEqual([]);
    for (const booking of plan) {
      const start = DateTime.fromJSDate(booking.start, { zone: 'Europe/Paris' });
      expect(start.weekday).toBeLessThanOrEqual(5);
      if (booking.siteId === 'site-saintClar') expect([2, 4]).toContain(start.weekday);
    }
  });

  it('mixes statuses as time allows: checked in, not attended, cancelled in the past; confirmed ahead', () => {
    const past = new Set(plan.filter((b) => b.end <= NOW).map((b) => b.status));
    expect(past).toEqual(new Set(['checked_in', 'confirmed', 'cancelled', 'no_show']));
    for (const booking of plan.filter((b) => b.start > NOW)) {
      expect(['confirmed', 'cancelled']).toContain(booking.status);
      expect(booking.checkedInAt).toBeNull();
    }
    for (const booking of plan) {
      expect(booking.createdAt <= NOW).toBe(true);
      expect(booking.createdAt < booking.start).toBe(true);
      if (booking.status === 'checked_in') expect(booking.checkedInAt! >= booking.start).toBe(true);
      if (booking.status === 'cancelled') {
        expect(booking.cancelledAt! > booking.createdAt && booking.cancelledAt! <= NOW).toBe(true);
      } else {
        expect(booking.cancelledAt).toBeNull();
      }
    }
  });

  it("keeps Julien's employer contract: two days a week at most, with his employer and commune snapshot", () => {
    const julien = plan.filter((b) => b.userId === 'user-julien' && active(b));
    const perWeek = new Map<number, number>();
    for (const booking of julien) {
      const week = DateTime.fromJSDate(booking.start, { zone: 'Europe/Paris' }).weekNumber;
      perWeek.set(week, (perWeek.get(week) ?? 0) + 1);
    }
    expect(Math.max(...perWeek.values())).toBeLessThanOrEqual(2);
    expect(julien.every((b) => b.organizationId === 'org-aero' && b.homeCommuneCode === '31069')).toBe(true);
  });

  it('books meeting rooms by the hour, inside opening hours', () => {
    const rooms = plan.filter((b) => b.slot === 'custom');
    expect(rooms.length).toBeGreaterThan(0);
    for (const booking of rooms) {
      expect(DateTime.fromJSDate(booking.start, { zone: 'Europe/Paris' }).toFormat('HH:mm')).toBe('14:00');
    }
  });

  it('is the same demo every time for the same day', () => {
    expect(planDemoBookings(NOW, PLACES, PEOPLE)).toEqual(plan);
  });
});
