import { AllowanceView, OrganizationDetailView, OrganizationView, PlanView, QuotaView } from '../core/api/plans.types';

export function givenOrganization(overrides: Partial<OrganizationView> = {}): OrganizationView {
  return {
    id: 'org-aero',
    name: 'Aéro Toulouse',
    siren: '383474814',
    contract: { daysPerWeek: 2, siteIds: [] },
    memberCount: 0,
    createdAt: '2026-01-05T10:00:00+01:00',
    ...overrides,
  };
}

export function givenOrganizationDetail(overrides: Partial<OrganizationDetailView> = {}): OrganizationDetailView {
  return { ...givenOrganization(), members: [], ...overrides };
}

export function givenPlan(overrides: Partial<PlanView> = {}): PlanView {
  return {
    id: 'plan-pack',
    name: 'Carnet 10 jours',
    kind: 'pack',
    days: 10,
    createdAt: '2026-01-05T10:00:00+01:00',
    ...overrides,
  };
}

export function givenAllowance(overrides: Partial<AllowanceView> = {}): AllowanceView {
  return {
    id: 'org-aero',
    name: 'Aéro Toulouse',
    planKind: null,
    siteIds: [],
    days: 2,
    period: { unit: 'week', from: '2026-03-16', until: '2026-03-22' },
    used: 1.5,
    remaining: 0.5,
    ...overrides,
  };
}

export function givenQuota(overrides: Partial<QuotaView> = {}): QuotaView {
  return {
    date: '2026-03-20',
    employer: null,
    contract: null,
    plan: null,
    payAsYouGo: true,
    ...overrides,
  };
}
