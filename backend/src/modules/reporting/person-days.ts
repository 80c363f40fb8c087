/*
 * The arithmetic of teleworker-days, apart from the SQL that gathers the bookings: what a person's day is
 * worth, and which employers may be shown. The report (`telework-days-report.ts`) applies both to what its
 * statements count.
 */

/** Fewer members than this in the period and an employer's figures go to `other`: no one is singled out. */
export const SMALL_GROUP_THRESHOLD = 5;

/** Which halves of a local day a booking touches: morning when it starts before 13:00, afternoon when it ends after. */
export interface DayHalves {
  morning: boolean;
  afternoon: boolean;
}

/**
 * What one person's day in a group is worth: a person counts once a day, their bookings of that day put
 * together; a half-day alone is 0.5, a morning and an afternoon (two bookings, a full day, or a meeting across
 * 13:00) make 1. No half at all is no day.
 */
export function personDayValue(bookings: DayHalves[]): number {
  const morning = bookings.some((booking) => booking.morning);
  const afternoon = bookings.some((booking) => booking.afternoon);
  if (morning && afternoon) return 1;
  return morning || afternoon ? 0.5 : 0;
}

/** Person-days of a group from its count of people's whole days and of their half-days. */
export function personDays(wholeDays: number, halfDays: number): number {
  return (
    wholeDays * personDayValue([{ morning: true, afternoon: true }]) +
    halfDays * personDayValue([{ morning: true, afternoon: false }])
  );
}

/**
 * The employers whose figures may be shown: those with at least SMALL_GROUP_THRESHOLD distinct members with
 * days in the period. The others are reported together as `other`, whatever the other dimension.
 */
export function shownOrganizations(
  members: { organizationId: string; members: number }[],
  threshold = SMALL_GROUP_THRESHOLD,
): string[] {
  return members.filter((organization) => organization.members >= threshold).map((o) => o.organizationId);
}
