import type { components } from './openapi';

// Named once here so components import domain names, not the generator's paths.
export type OrganizationView = components['schemas']['OrganizationView'];
export type OrganizationDetailView = components['schemas']['OrganizationDetailView'];
export type OrganizationPage = components['schemas']['OrganizationPage'];
export type OrganizationMemberView = components['schemas']['OrganizationMemberView'];
export type CreateOrganizationRequest = components['schemas']['CreateOrganizationRequest'];
export type UpdateOrganizationRequest = components['schemas']['UpdateOrganizationRequest'];
export type TeleworkContract = components['schemas']['TeleworkContractView'];
export type PlanView = components['schemas']['PlanView'];
export type PlanKind = PlanView['kind'];
export type PlanPage = components['schemas']['PlanPage'];
export type CreatePlanRequest = components['schemas']['CreatePlanRequest'];
export type GrantPlanRequest = components['schemas']['GrantPlanRequest'];
export type MemberPlanView = components['schemas']['MemberPlanView'];
export type MemberPlanPage = components['schemas']['MemberPlanPage'];
export type QuotaView = components['schemas']['QuotaView'];
export type AllowanceView = components['schemas']['AllowanceView'];

/** The kinds of plan, in the order the officers' form offers them. */
export const PLAN_KINDS: readonly PlanKind[] = ['pack', 'weekly', 'monthly', 'unlimited'];
