import { DateTime } from 'luxon';
import type { PlanKind } from './entities/plan.entity';

/**
 * What covers a booking: the employer's telework contract (at its sites), else the member's plan, else
 * nothing (pay-as-you-go, no limit). Bookings store the kind and id of their cover.
 */
export type CoverKind = 'contract' | 'plan' | 'pay_as_you_go';
export const COVER_KINDS: readonly CoverKind[] = ['contract', 'plan', 'pay_as_you_go'];

export type QuotaPeriodUnit = 'week' | 'month' | 'validity';

/** Inclusive local dates; `until` is null for a pack held without an end date. */
export interface QuotaPeriod {
  unit: QuotaPeriodUnit;
  from: string;
  until: string | null;
}

export interface Cover {
  kind: CoverKind;
  /** The organization for a contract, the member plan (the holding, not the catalogue plan) for a plan. */
  id: string | null;
  /** The member's employer at that instant, whatever covers the booking: the booking keeps it for reports. */
  organizationId: string | null;
  /** The employer's name (contract) or the plan's name (plan); null for pay-as-you-go. */
  name: string | null;
  planKind: PlanKind | null;
  /** Days allowed in `period`; null: no limit (an unlimited plan, pay-as-you-go). */
  limit: number | null;
  /** Where the limit applies; null when there is none. */
  period: QuotaPeriod | null;
  /** A plan's last day held (null: until replaced, or not a plan). */
  validUntil: string | null;
}

/** A plan as a member holds it. */
export interface HeldPlan {
  id: string;
  name: string;
  kind: PlanKind;
  days: number | null;
  validFrom: string;
  validUntil: string | null;
}

/** The ISO week (Monday to Sunday) of a local date. */
export function isoWeekOf(date: string): QuotaPeriod {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  return {
    unit: 'week',
    from: day.startOf('week').toISODate()!,
    until: day.endOf('week').toISODate()!,
  };
}

/** The calendar month of a local date. */
export function monthOf(date: string): QuotaPeriod {
  const day = DateTime.fromISO(date, { zone: 'utc' });
  return { unit: 'month', from: day.startOf('month').toISODate()!, until: day.endOf('month').toISODate()! };
}

/**
 * The period a plan's limit applies to on `date`. A weekly or monthly plan's period is cut to the days the
 * plan is held: a plan taken on a Wednesday does not count the Monday's bookings made under another one.
 */
export function planPeriod(plan: HeldPlan, date: string): QuotaPeriod | null {
  switch (plan.kind) {
    case 'unlimited':
      return null;
    case 'pack':
      return { unit: 'validity', from: plan.validFrom, until: plan.validUntil };
    case 'weekly':
      return within(isoWeekOf(date), plan);
    case 'monthly':
      return within(monthOf(date), plan);
  }
}

function within(period: QuotaPeriod, plan: HeldPlan): QuotaPeriod {
  return {
    unit: period.unit,
    from: period.from < plan.validFrom ? plan.validFrom : period.from,
    until: plan.validUntil !== null && period.until! > plan.validUntil ? plan.validUntil : period.until,
  };
}

/** Whether a contract that lists `siteIds` (none: every site) covers bookings at `siteId`. */
export function contractCoversSite(siteIds: readonly string[], siteId: string): boolean {
  return siteIds.length === 0 || siteIds.includes(siteId);
}
