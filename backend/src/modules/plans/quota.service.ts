import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock/clock';
import { siteToday } from '../sites/site-time';
import type { Cover } from './cover';
import { CoverResolver } from './cover-resolver';
import { CoverUsage } from './cover-usage';
import type { AllowanceView, QuotaView } from './dto/plan.dto';
import { NETWORK_ZONE } from './plan-records';

/** A member's own view of what covers their bookings and what is left ("remaining quota"). */
@Injectable()
export class QuotaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly covers: CoverResolver,
    private readonly usage: CoverUsage,
    private readonly clock: Clock,
  ) {}

  async quotaOf(userId: string, date?: string): Promise<QuotaView> {
    const day = date ?? siteToday(this.clock.now(), NETWORK_ZONE);
    const manager = this.dataSource.manager;
    const { employment, contract, plan } = await this.covers.coversOn(manager, userId, day);
    return {
      date: day,
      employer: employment ? { id: employment.organizationId, name: employment.organizationName } : null,
      contract: contract && (await this.allowance(userId, contract, employment?.contract?.siteIds ?? [])),
      plan: plan && (await this.allowance(userId, plan, [])),
      // Without a plan, what the contract does not cover (other sites, or everything) is pay-as-you-go.
      payAsYouGo: plan === null && !(contract && employment!.contract!.siteIds.length === 0),
    };
  }

  private async allowance(userId: string, cover: Cover, siteIds: string[]): Promise<AllowanceView> {
    const used = cover.limit === null ? 0 : await this.usage.daysUsed(this.dataSource.manager, userId, cover);
    return {
      id: cover.id!,
      name: cover.name!,
      planKind: cover.planKind,
      siteIds,
      days: cover.limit,
      period: cover.period,
      used,
      remaining: cover.limit === null ? null : Math.max(0, cover.limit - used),
      ...(cover.kind === 'plan' ? { validUntil: cover.validUntil } : {}),
    };
  }
}
