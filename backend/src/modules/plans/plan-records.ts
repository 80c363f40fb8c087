import { siteInstant } from '../sites/site-time';
import type { MemberPlanView, PlanView } from './dto/plan.dto';
import type { PlanKind } from './entities/plan.entity';

/** The network's times are Europe/Paris: a plan belongs to no one site. */
export const NETWORK_ZONE = 'Europe/Paris';

export interface PlanRow {
  id: string;
  name: string;
  kind: PlanKind;
  days: string | null;
  created_at: Date;
}

export function toPlanView(row: PlanRow): PlanView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    days: row.days === null ? null : Number(row.days),
    createdAt: siteInstant(row.created_at, NETWORK_ZONE),
  };
}

export const MEMBER_PLAN_SELECT = `
  SELECT mp.id, mp.user_id, mp.valid_from::text AS valid_from, mp.valid_until::text AS valid_until, mp.granted_by,
         mp.granted_at, p.id AS plan_id, p.name AS plan_name, p.kind AS plan_kind, p.days AS plan_days,
         p.created_at AS plan_created_at
  FROM member_plans mp JOIN plans p ON p.id = mp.plan_id`;

export interface MemberPlanRow {
  id: string;
  user_id: string;
  valid_from: string;
  valid_until: string | null;
  granted_by: string | null;
  granted_at: Date;
  plan_id: string;
  plan_name: string;
  plan_kind: PlanKind;
  plan_days: string | null;
  plan_created_at: Date;
}

export function toMemberPlanView(row: MemberPlanRow): MemberPlanView {
  return {
    id: row.id,
    userId: row.user_id,
    plan: toPlanView({
      id: row.plan_id,
      name: row.plan_name,
      kind: row.plan_kind,
      days: row.plan_days,
      created_at: row.plan_created_at,
    }),
    from: row.valid_from,
    until: row.valid_until,
    grantedBy: row.granted_by,
    grantedAt: siteInstant(row.granted_at, NETWORK_ZONE),
  };
}
