import { AvailabilityItem, BookingSeries, BookingView, WaitlistEntry } from '../core/api/booking.types';
import { QuotaView } from '../core/api/plans.types';
import { LECTOURE_SITE, givenSite } from './site-samples';

const AUCH = givenSite();

/** Tuesday 1 December 2026, morning, at the Auch site: three desks free. */
export function givenAvailability(overrides: Partial<AvailabilityItem> = {}): AvailabilityItem {
  return {
    site: { id: AUCH.id, name: AUCH.name, slug: AUCH.slug },
    free: [
      { id: 'desk-1', name: 'Poste 1', kind: 'desk' },
      { id: 'desk-2', name: 'Poste 2', kind: 'desk' },
      { id: 'desk-10', name: 'Poste 10', kind: 'desk' },
    ],
    freeCount: 3,
    start: '2026-12-01T08:30:00+01:00',
    end: '2026-12-01T13:00:00+01:00',
    ...overrides,
  };
}

export const LECTOURE_FULL: AvailabilityItem = givenAvailability({
  site: { id: LECTOURE_SITE.id, name: LECTOURE_SITE.name, slug: LECTOURE_SITE.slug },
  free: [],
  freeCount: 0,
  start: '2026-12-01T09:00:00+01:00',
});

export function givenBooking(overrides: Partial<BookingView> = {}): BookingView {
  return {
    id: 'b0000000-0000-4000-8000-000000000001',
    resourceId: 'desk-2',
    resourceName: 'Poste 2',
    siteId: AUCH.id,
    siteName: AUCH.name,
    userId: '6f1c2a4e-1d2b-4c5e-9f00-000000000001',
    start: '2026-12-01T08:30:00+01:00',
    end: '2026-12-01T13:00:00+01:00',
    date: '2026-12-01',
    slot: 'morning',
    status: 'confirmed',
    createdAt: '2026-11-30T10:00:00+01:00',
    cancelledAt: null,
    checkedInAt: null,
    seriesId: null,
    eventId: null,
    ...overrides,
  };
}

export function givenSeries(overrides: Partial<BookingSeries> = {}): BookingSeries {
  return {
    id: 'c0000000-0000-4000-8000-000000000001',
    siteId: AUCH.id,
    siteName: AUCH.name,
    resourceId: null,
    resourceName: null,
    kind: 'desk',
    weekdays: [2, 4],
    slot: 'morning',
    from: '2026-12-01',
    until: '2027-01-21',
    conflicts: [],
    nextDates: ['2026-12-01', '2026-12-03'],
    upcomingCount: 16,
    createdAt: '2026-11-30T10:00:00+01:00',
    cancelledAt: null,
    ...overrides,
  };
}

export function givenWaitlistEntry(overrides: Partial<WaitlistEntry> = {}): WaitlistEntry {
  return {
    id: 'd0000000-0000-4000-8000-000000000001',
    position: 2,
    status: 'waiting',
    siteId: AUCH.id,
    siteName: AUCH.name,
    kind: 'desk',
    date: '2026-12-01',
    slot: 'morning',
    bookingId: null,
    reason: null,
    createdAt: '2026-11-30T10:00:00+01:00',
    resolvedAt: null,
    ...overrides,
  };
}

/** Camille's employer gives two days a week at every site; half a day is booked this week. */
export function givenQuota(overrides: Partial<QuotaView> = {}): QuotaView {
  return {
    date: '2026-12-01',
    employer: { id: 'e0000000-0000-4000-8000-000000000001', name: 'Airbus' },
    contract: {
      id: 'e0000000-0000-4000-8000-000000000001',
      name: 'Airbus',
      planKind: null,
      siteIds: [],
      days: 2,
      period: { unit: 'week', from: '2026-11-30', until: '2026-12-06' },
      used: 0.5,
      remaining: 1.5,
    },
    plan: null,
    payAsYouGo: true,
    ...overrides,
  };
}
