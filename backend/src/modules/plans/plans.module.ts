import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CoverResolver } from './cover-resolver';
import { MemberPlan } from './entities/member-plan.entity';
import { Plan } from './entities/plan.entity';
import { MemberPlansService } from './member-plans.service';
import { PlanPersonalData } from './plan-personal-data';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';
import { QuotaService } from './quota.service';

/**
 * Plans and quotas: the catalogue, the plans members hold, and `CoverResolver`, which says what covers a
 * booking (the employer's contract, from the organizations module's `Employers`; else the plan held; else
 * pay-as-you-go). Booked days are counted by the booking module through `CoverUsage`, which its global
 * module provides: the booking module imports this one, not the other way round.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Plan, MemberPlan]), OrganizationsModule],
  controllers: [PlansController],
  providers: [PlansService, MemberPlansService, QuotaService, CoverResolver, PlanPersonalData],
  // The services too, for the demo loader, which grants its plans through the same rules as an officer.
  exports: [CoverResolver, PlansService, MemberPlansService],
})
export class PlansModule {}
