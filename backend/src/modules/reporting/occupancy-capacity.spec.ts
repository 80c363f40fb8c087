import { describe, expect, it } from '@jest/globals';
import type { OpeningHours } from '../sites/opening-hours';
import { openingRangesOn } from '../sites/site-calendar';
import { CapacitySite, capacityByGroup, openingMinutes } from './occupancy-capacity';
import { KEY_SEPARATOR } from './report-dimensions';
import { reportDays } from './report-period';

const WORKDAY: [string, string][] = [
  ['08:30', '12:30'],
  ['13:30', '18:00'],
];
const OFFICE_WEEK: OpeningHours = {
  mon: WORKDAY,
  tue: WORKDAY,
  wed: WORKDAY,
  thu: WORKDAY,
  fri: WORKDAY,
  sat: [],
  sun: [],
};
const EVERY_DAY: OpeningHours = {
  mon: [['08:30', '18:00']],
  tue: [['08:30', '18:00']],
  wed: [['08:30', '18:00']],
  thu: [['08:30', '18:00']],
  fri: [['08:30', '18:00']],
  sat: [['08:30', '18:00']],
  sun: [['08:30', '18:00']],
};

function site(
  overrides: Partial<CapacitySite> & { openingHours?: OpeningHours; openOn?: string[] } = {},
): CapacitySite {
  return {
    id: overrides.id ?? 'site-a',
    epciCode: overrides.epciCode ?? '200066926',
    schedule: {
      id: overrides.id ?? 'site-a',
      status: 'published',
      timezone: 'Europe/Paris',
      openingHours: overrides.openingHours ?? OFFICE_WEEK,
      openOnPublicHolidays: overrides.openOn ?? [],
    },
    resources: overrides.resources ?? new Map([['desk', 2]]),
    closures: overrides.closures ?? new Map(),
  };
}

const minutes = (map: Map<string, number>) =>
  Object.fromEntries([...map].map(([key, value]) => [key.split(KEY_SEPARATOR).join(','), value]));

describe('opening minutes', () => {
  it('count a lunch break out and split the day at 13:00', () => {
    // 08:30–12:30 is all morning, 13:30–18:00 all afternoon: 4 h + 4 h 30.
    expect(openingMinutes(WORKDAY)).toEqual({ morning: 240, afternoon: 270 });
    // A range across 13:00 gives each half its part.
    expect(openingMinutes([['09:00', '17:00']])).toEqual({ morning: 240, afternoon: 240 });
    expect(openingMinutes([['14:00', '24:00']])).toEqual({ morning: 0, afternoon: 600 });
    expect(openingMinutes([])).toEqual({ morning: 0, afternoon: 0 });
  });
});

describe('capacity by group', () => {
  it('is each active resource over the opening hours of each day, lunch break excluded', () => {
    // Monday 23 to Sunday 29 March 2026: five office days of 8 h 30 for 2 desks = 85 h.
    const days = reportDays({ from: '2026-03-23', to: '2026-03-29' });
    expect(minutes(capacityByGroup([site()], days, ['site']))).toEqual({ 'site-a': 5 * 510 * 2 });
    expect(minutes(capacityByGroup([site()], days, ['weekday']))).toEqual({
      '1': 1020,
      '2': 1020,
      '3': 1020,
      '4': 1020,
      '5': 1020,
    });
    expect(minutes(capacityByGroup([site()], days, ['halfDay']))).toEqual({
      morning: 5 * 240 * 2,
      afternoon: 5 * 270 * 2,
    });
  });

  it('leaves out a closure and the public holidays the site keeps closed', () => {
    // Week of 27 April 2026: Friday 1 May is Fête du Travail, and Tuesday 28 is closed for works.
    const days = reportDays({ from: '2026-04-27', to: '2026-05-01' });
    const closed = site({ closures: new Map([['2026-04-28', { reason: 'Travaux' }]]) });
    expect(minutes(capacityByGroup([closed], days, ['day']))).toEqual({
      '2026-04-27': 1020,
      '2026-04-29': 1020,
      '2026-04-30': 1020,
    });
    // A site that chose to open on 1 May counts it.
    const open = site({ openOn: ['2026-05-01'] });
    expect(minutes(capacityByGroup([open], days, ['day']))['2026-05-01']).toBe(1020);
  });

  it('counts wall-clock opening hours on the DST days of 29 March and 25 October 2026', () => {
    // The 23-hour and 25-hour Sundays hold 9 h 30 of opening like any other Sunday.
    const open = site({ openingHours: EVERY_DAY, resources: new Map([['desk', 1]]) });
    const spring = capacityByGroup([open], reportDays({ from: '2026-03-28', to: '2026-03-30' }), ['day']);
    expect(minutes(spring)).toEqual({ '2026-03-28': 570, '2026-03-29': 570, '2026-03-30': 570 });
    const autumn = capacityByGroup([open], reportDays({ from: '2026-10-25', to: '2026-10-25' }), ['day', 'halfDay']);
    expect(minutes(autumn)).toEqual({ '2026-10-25,morning': 270, '2026-10-25,afternoon': 300 });
  });

  it('groups by kind, EPCI, week and month, two dimensions at a time', () => {
    const a = site({
      resources: new Map([
        ['desk', 2],
        ['meeting_room', 1],
      ]),
    });
    const b = site({ id: 'site-b', epciCode: '243200599', resources: new Map([['desk', 1]]) });
    const days = reportDays({ from: '2026-03-30', to: '2026-04-03' });
    expect(minutes(capacityByGroup([a, b], days, ['kind']))).toEqual({ desk: 3 * 5 * 510, meeting_room: 5 * 510 });
    expect(minutes(capacityByGroup([a, b], days, ['epci', 'month']))).toEqual({
      '200066926,2026-03': 2 * 510 * 3,
      '200066926,2026-04': 3 * 510 * 3,
      '243200599,2026-03': 2 * 510,
      '243200599,2026-04': 3 * 510,
    });
    expect(minutes(capacityByGroup([b], days, ['week']))).toEqual({ '2026-W14': 5 * 510 });
    // A site without active resources has no capacity.
    expect(capacityByGroup([site({ resources: new Map() })], days, ['site']).size).toBe(0);
  });

  it('counts sites of one schedule together without a site grouping, each closure on its own site', () => {
    const network = [
      site({ id: 'auch', resources: new Map([['desk', 4]]) }),
      site({
        id: 'pavie',
        resources: new Map([
          ['desk', 1],
          ['meeting_room', 1],
        ]),
      }),
      site({ id: 'lectoure', epciCode: '243200599', resources: new Map([['desk', 2]]) }),
      site({ id: 'fleurance', epciCode: '243200599', openingHours: EVERY_DAY, resources: new Map([['desk', 3]]) }),
      site({ id: 'mirande', closures: new Map([['2026-05-05', { reason: 'Inventaire' }]]) }),
    ];
    const days = reportDays({ from: '2026-04-01', to: '2026-06-30' });
    // The sum of each site's own capacity is what the grouped sites give, for every grouping without a site.
    const bySite = capacityByGroup(network, days, ['site', 'epci', 'month', 'kind', 'halfDay']);
    for (const dimensions of [['epci', 'month'], ['month', 'kind', 'halfDay'], ['epci'], []] as const) {
      const summed = new Map<string, number>();
      for (const [key, value] of bySite) {
        const [, epci, month, kind, half] = key.split(KEY_SEPARATOR);
        const parts = { epci, month, kind, halfDay: half } as Record<string, string>;
        const groupKey = dimensions.map((dimension) => parts[dimension]).join(KEY_SEPARATOR);
        summed.set(groupKey, (summed.get(groupKey) ?? 0) + value);
      }
      expect(minutes(capacityByGroup(network, days, [...dimensions]))).toEqual(minutes(summed));
    }
    // Mirande's closure on Tuesday 5 May is taken off its own 2 desks only.
    const may = minutes(capacityByGroup(network, reportDays({ from: '2026-05-05', to: '2026-05-05' }), ['epci']));
    expect(may).toEqual({ '200066926': (4 + 2) * 510, '243200599': 2 * 510 + 3 * 570 });
  });

  it('agrees day by day with the sites module’s calendar over a year of closures and holidays', () => {
    // The reference: openingRangesOn for each site and day, as a booking would see it.
    const days = reportDays({ from: '2026-01-01', to: '2026-12-31' });
    const sites = [
      site({
        closures: new Map([
          ['2026-05-01', { reason: null }],
          ['2026-07-15', { reason: null }],
        ]),
      }),
      site({
        id: 'site-b',
        openingHours: EVERY_DAY,
        openOn: ['2026-07-14', '2026-11-11'],
        closures: new Map([
          ['2026-11-11', { reason: 'Inventaire' }],
          ['2026-03-29', { reason: null }],
        ]),
        resources: new Map([
          ['desk', 3],
          ['phone_booth', 1],
        ]),
      }),
    ];
    const expected = new Map<string, number>();
    for (const one of sites) {
      const count = [...one.resources.values()].reduce((sum, n) => sum + n, 0);
      for (const day of days) {
        const ranges = openingRangesOn(one.schedule, day.date, one.closures.get(day.date)).ranges;
        const { morning, afternoon } = openingMinutes(ranges);
        for (const [half, value] of [
          ['morning', morning],
          ['afternoon', afternoon],
        ] as const) {
          if (value === 0) continue;
          const key = [one.id, day.date, half].join(',');
          expected.set(key, (expected.get(key) ?? 0) + value * count);
        }
      }
    }
    expect(minutes(capacityByGroup(sites, days, ['site', 'day', 'halfDay']))).toEqual(Object.fromEntries(expected));
  });
});
