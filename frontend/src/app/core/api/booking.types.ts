import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type AvailabilityPage = components['schemas']['AvailabilityPage'];
export type AvailabilityItem = components['schemas']['AvailabilityItem'];
export type FreeResource = components['schemas']['FreeResourceView'];
export type BookingView = components['schemas']['BookingView'];
export type BookingPage = components['schemas']['BookingPage'];
/** A booking as the site's team sees it: with who holds it. */
export type SiteBookingView = components['schemas']['SiteBookingView'];
export type SiteBookingPage = components['schemas']['SiteBookingPage'];
/** A member the site's team may book for: one who came lately, or whose address was given in full. */
export type SiteMember = components['schemas']['SiteMemberView'];
export type SiteMemberPage = components['schemas']['SiteMemberPage'];
export type CreateBookingRequest = components['schemas']['CreateBookingRequest'];
export type BookingStatus = BookingView['status'];
export type BookingSlotKind = BookingView['slot'];
/** The half-days and the whole day: what a desk is booked for. */
export type DaySlot = Exclude<BookingSlotKind, 'custom'>;

/** Morning first: the order a day is read in, and the order the search offers them. */
export const DAY_SLOTS: readonly DaySlot[] = ['morning', 'afternoon', 'full_day'];

/** A booking still to come or under way holds its place; a cancelled or missed one does not. */
export function isActive(booking: BookingView): boolean {
  return booking.status === 'confirmed' || booking.status === 'checked_in';
}

export type WaitlistEntry = components['schemas']['WaitlistEntryView'];
export type WaitlistPage = components['schemas']['WaitlistPage'];
export type SiteWaitlistEntry = components['schemas']['SiteWaitlistEntryView'];
export type SiteWaitlistPage = components['schemas']['SiteWaitlistPage'];
export type JoinWaitlistRequest = components['schemas']['JoinWaitlistRequest'];
export type BookingSeries = components['schemas']['BookingSeriesView'];
export type BookingSeriesPage = components['schemas']['BookingSeriesPage'];
export type BookingSeriesCreated = components['schemas']['BookingSeriesCreated'];
export type CreateBookingSeriesRequest = components['schemas']['CreateBookingSeriesRequest'];
export type SeriesConflict = components['schemas']['SeriesConflictView'];
