import { DateTime } from 'luxon';
import { localInstant, slotWindow, type BookingSlot, type Window } from '../booking/booking-slots';
import type { ResourceKind } from '../sites/site-amenities';
import { openingRangesOn, type SiteSchedule } from '../sites/site-calendar';
import type { DemoHabit } from './demo-community.data';
import type { DemoSiteKey } from './demo-network.data';

/** The demo's history: the last four weeks, and the next two. */
export const DEMO_PAST_DAYS = 28;
export const DEMO_AHEAD_DAYS = 14;

export type DemoBookingStatus = 'confirmed' | 'checked_in' | 'cancelled' | 'no_show';

export interface DemoPlace {
  key: DemoSiteKey;
  id: string;
  schedule: SiteSchedule;
  resources: { id: string; kind: ResourceKind }[];
}

export interface DemoPerson {
  key: string;
  id: string;
  homeCommuneCode: string | null;
  organizationId: string | null;
  habits: DemoHabit[];
}

export interface DemoBooking {
  resourceId: string;
  siteId: string;
  userId: string;
  start: Date;
  end: Date;
  slot: BookingSlot;
  status: DemoBookingStatus;
  /** The member's home commune and employer when they booked, as the booking module snapshots them. */
  homeCommuneCode: string | null;
  organizationId: string | null;
  createdAt: Date;
  checkedInAt: Date | null;
  cancelledAt: Date | null;
}

/**
 * A number in [0, 1) that depends only on `key` (FNV-1a): the same demo every time for the same day,
 * without a random generator whose sequence would shift when one habit is added.
 */
export function demoChance(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 0x1_0000_0000;
}

/**
 * The bookings the demo's members made, from their weekly habits, around `now`: in the sites' opening
 * hours (public holidays and half-days the site does not have are skipped, as the API would refuse them),
 * each active booking on a desk or room no other active booking holds at that time (the exclusion
 * constraint would refuse the batch otherwise). Past ones were mostly checked in, a few cancelled or not
 * attended; upcoming ones are confirmed, a few already cancelled.
 */
export function planDemoBookings(now: Date, places: DemoPlace[], people: DemoPerson[]): DemoBooking[] {
  const byKey = new Map(places.map((place) => [place.key, place]));
  const held = new Map<string, Window[]>();
  const bookings: DemoBooking[] = [];
  const today = DateTime.fromJSDate(now, { zone: 'Europe/Paris' }).startOf('day');
  for (let offset = -DEMO_PAST_DAYS; offset <= DEMO_AHEAD_DAYS; offset++) {
    const day = today.plus({ days: offset });
    const date = day.toISODate()!;
    for (const person of people) {
      for (const kind of ['desk', 'meeting_room'] as const) {
        const chosen = pickHabit(person, day.weekday, kind, date);
        const place = chosen && byKey.get(chosen.site);
        if (!chosen || !place) continue;
        const window = windowOf(place.schedule, date, chosen.slot);
        if (!window) continue;
        const status = statusOf(`${person.key}|${date}|${kind}`, window, now);
        const resourceId = freeResource(place, kind, window, person.key, status === 'cancelled' ? undefined : held);
        if (!resourceId) continue;
        bookings.push(
          booking(
            person,
            place,
            resourceId,
            window,
            typeof chosen.slot === 'string' ? chosen.slot : 'custom',
            status,
            now,
          ),
        );
      }
    }
  }
  return bookings;
}

function pickHabit(person: DemoPerson, weekday: number, kind: ResourceKind, date: string): DemoHabit | undefined {
  const roll = demoChance(`${person.key}|${date}|${kind}`);
  let reach = 0;
  for (const candidate of person.habits) {
    if (candidate.weekday !== weekday || (candidate.kind ?? 'desk') !== kind) continue;
    reach += candidate.share;
    if (roll < reach) return candidate;
  }
  return undefined;
}

/** The slot's instants that day, or undefined when the site is closed then (the API's 422). */
function windowOf(schedule: SiteSchedule, date: string, slot: DemoHabit['slot']): Window | undefined {
  const opening = openingRangesOn(schedule, date, undefined);
  if (!opening.ranges.length) return undefined;
  const zone = schedule.timezone;
  if (typeof slot === 'string') {
    try {
      return slotWindow(opening, date, slot, zone);
    } catch {
      return undefined;
    }
  }
  const start = localInstant(date, slot.start, zone);
  const end = localInstant(date, slot.end, zone);
  const inside = opening.ranges.some(
    ([from, to]) => localInstant(date, from, zone) <= start && end <= localInstant(date, to, zone),
  );
  return inside ? { start, end } : undefined;
}

function statusOf(key: string, window: Window, now: Date): DemoBookingStatus {
  const roll = demoChance(`${key}|status`);
  const nowTime = DateTime.fromJSDate(now);
  if (window.end <= nowTime) {
    if (roll < 0.08) return 'cancelled';
    if (roll < 0.11) return 'no_show';
    return roll < 0.3 ? 'confirmed' : 'checked_in';
  }
  if (window.start <= nowTime) {
    if (roll < 0.08) return 'cancelled';
    return roll < 0.3 ? 'confirmed' : 'checked_in';
  }
  return roll < 0.05 ? 'cancelled' : 'confirmed';
}

/**
 * The member's usual desk (or room) when it is free, else the next free one; `held` records what active
 * bookings hold. A cancelled booking holds nothing, as in the exclusion constraint.
 */
function freeResource(
  place: DemoPlace,
  kind: ResourceKind,
  window: Window,
  personKey: string,
  held: Map<string, Window[]> | undefined,
): string | undefined {
  const candidates = place.resources.filter((resource) => resource.kind === kind);
  if (!candidates.length) return undefined;
  const usual = Math.floor(demoChance(`${personKey}|${place.key}|usual`) * candidates.length);
  for (let i = 0; i < candidates.length; i++) {
    const resource = candidates[(usual + i) % candidates.length];
    if (!held) return resource.id;
    const windows = held.get(resource.id) ?? [];
    if (windows.some((other) => other.start < window.end && window.start < other.end)) continue;
    held.set(resource.id, [...windows, window]);
    return resource.id;
  }
  return undefined;
}

function booking(
  person: DemoPerson,
  place: DemoPlace,
  resourceId: string,
  window: Window,
  slot: BookingSlot,
  status: DemoBookingStatus,
  now: Date,
): DemoBooking {
  const key = `${person.key}|${window.start.toISO()}`;
  const nowTime = DateTime.fromJSDate(now);
  // Booked a few days to two weeks ahead, and never after now.
  const bookedAhead = window.start.minus({ days: 2 + Math.floor(demoChance(`${key}|created`) * 12) });
  const created = DateTime.min(bookedAhead, nowTime.minus({ hours: 1 }));
  const lastChance = DateTime.min(window.start, nowTime);
  const cancelled =
    status === 'cancelled' ? created.plus({ milliseconds: lastChance.diff(created).toMillis() / 2 }) : null;
  const arrived = window.start.plus({ minutes: Math.floor(demoChance(`${key}|arrival`) * 20) });
  return {
    resourceId,
    siteId: place.id,
    userId: person.id,
    start: window.start.toJSDate(),
    end: window.end.toJSDate(),
    slot,
    status,
    homeCommuneCode: person.homeCommuneCode,
    organizationId: person.organizationId,
    createdAt: created.toJSDate(),
    checkedInAt: status === 'checked_in' ? DateTime.min(arrived, nowTime).toJSDate() : null,
    cancelledAt: cancelled?.toJSDate() ?? null,
  };
}
