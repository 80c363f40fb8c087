// Mirrors backend/src/modules/newcomers/dto/trial-day.dto.ts (`components['schemas']` of openapi.d.ts).
import type { AuthResponse } from './identity.types';
import type { PersonRef } from './newcomers.types';

export const TRIAL_DAY_SLOTS = ['full_day', 'morning', 'afternoon'] as const;
export type TrialDaySlot = (typeof TRIAL_DAY_SLOTS)[number];

export type TrialDayState = 'sent' | 'accepted' | 'expired' | 'withdrawn';

export interface SuggestedSite {
  id: string;
  name: string;
  slug: string;
  communeCode: string;
  communeName: string;
  epciCode: string | null;
  /** Null when the file names no place: every published site is offered, without a distance. */
  distanceKm: number | null;
}

export interface SuggestedSitesPage {
  origin: { kind: 'commune' | 'epci'; code: string; name: string; approximate: boolean } | null;
  items: SuggestedSite[];
  total: number;
}

export interface TrialDayOffer {
  siteId: string;
  date: string;
  slot: TrialDaySlot;
  resourceId?: string;
}

export interface TrialDay {
  id: string;
  state: TrialDayState;
  siteId: string;
  siteName: string;
  resourceId: string | null;
  resourceName: string | null;
  kind: string;
  date: string;
  slot: TrialDaySlot;
  offeredBy: PersonRef | null;
  offeredAt: string;
  sentAt: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  withdrawnAt: string | null;
  bookingId: string | null;
  userId: string | null;
}

export interface TrialDayPage {
  items: TrialDay[];
  total: number;
}

export interface TrialDayInvitation {
  firstName: string;
  lastName: string;
  email: string;
  siteName: string;
  siteSlug: string;
  siteAddress: string;
  date: string;
  slot: TrialDaySlot;
  start: string | null;
  end: string | null;
  expiresAt: string;
  locale: 'fr' | 'en';
  accountExists: boolean;
}

export interface TrialDayAcceptance {
  booking: { id: string; siteName: string; resourceName: string; date: string; start: string; end: string };
  session?: AuthResponse;
}
