import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Employers, type Employment } from '../organizations/employers';
import { contractCoversSite, isoWeekOf, planPeriod, type Cover, type HeldPlan } from './cover';
import type { PlanKind } from './entities/plan.entity';

/**
 * Which cover a member's booking at a site on a local date falls under. Exported for the booking module,
 * which asks inside the booking's transaction (hence the manager) after taking the member's quota lock.
 */
@Injectable()
export class CoverResolver {
  constructor(private readonly employers: Employers) {}

  /**
   * The employer's contract if it covers the site; otherwise the plan the member holds that day; otherwise
   * pay-as-you-go. A contract comes first: it is the employer who pays for those days.
   */
  async coverFor(manager: EntityManager, userId: string, siteId: string, localDate: string): Promise<Cover> {
    const employment = await this.employers.employmentOf(manager, userId);
    const organizationId = employment?.organizationId ?? null;
    if (employment?.contract && contractCoversSite(employment.contract.siteIds, siteId)) {
      return contractCover(employment, localDate);
    }
    const plan = await this.planHeldOn(manager, userId, localDate);
    if (plan) return planCover(plan, localDate, organizationId);
    return payAsYouGo(organizationId);
  }

  /** Both possible covers on a date, for the member's own view of what is left. */
  async coversOn(
    manager: EntityManager,
    userId: string,
    localDate: string,
  ): Promise<{ employment: Employment | null; contract: Cover | null; plan: Cover | null }> {
    const employment = await this.employers.employmentOf(manager, userId);
    const plan = await this.planHeldOn(manager, userId, localDate);
    return {
      employment,
      contract: employment?.contract ? contractCover(employment, localDate) : null,
      plan: plan ? planCover(plan, localDate, employment?.organizationId ?? null) : null,
    };
  }

  async planHeldOn(manager: EntityManager, userId: string, localDate: string): Promise<HeldPlan | undefined> {
    const [row]: {
      id: string;
      name: string;
      kind: PlanKind;
      days: string | null;
      valid_from: string;
      valid_until: string | null;
    }[] = await manager.query(
      `SELECT mp.id, p.name, p.kind, p.days, mp.valid_from::text AS valid_from, mp.valid_until::text AS valid_until
       FROM member_plans mp JOIN plans p ON p.id = mp.plan_id
       WHERE mp.user_id = $1 AND mp.valid_from <= $2::date AND (mp.valid_until IS NULL OR mp.valid_until >= $2::date)`,
      [userId, localDate],
    );
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      kind: row.kind,
      days: row.days === null ? null : Number(row.days),
      validFrom: row.valid_from,
      validUntil: row.valid_until,
    };
  }
}

function contractCover(employment: Employment, localDate: string): Cover {
  return {
    kind: 'contract',
    id: employment.organizationId,
    organizationId: employment.organizationId,
    name: employment.organizationName,
    planKind: null,
    limit: employment.contract!.daysPerWeek,
    period: isoWeekOf(localDate),
    validUntil: null,
  };
}

function planCover(plan: HeldPlan, localDate: string, organizationId: string | null): Cover {
  return {
    kind: 'plan',
    id: plan.id,
    organizationId,
    name: plan.name,
    planKind: plan.kind,
    limit: plan.days,
    period: planPeriod(plan, localDate),
    validUntil: plan.validUntil,
  };
}

function payAsYouGo(organizationId: string | null): Cover {
  return {
    kind: 'pay_as_you_go',
    id: null,
    organizationId,
    name: null,
    planKind: null,
    limit: null,
    period: null,
    validUntil: null,
  };
}
