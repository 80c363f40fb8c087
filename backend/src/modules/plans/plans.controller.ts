import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { PageQuery } from '../../common/pagination/page';
import {
  CreatePlanRequest,
  GrantPlanRequest,
  MemberPlanPage,
  MemberPlanView,
  PlanPage,
  PlanView,
  QuotaQuery,
  QuotaView,
} from './dto/plan.dto';
import { MemberPlansService } from './member-plans.service';
import { PlansService } from './plans.service';
import { QuotaService } from './quota.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller()
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly memberPlans: MemberPlansService,
    private readonly quota: QuotaService,
  ) {}

  @Post('plans')
  @Roles('admin')
  @Idempotent()
  @ApiCreatedResponse({ type: PlanView, description: 'A new plan in the network’s catalogue' })
  create(@Body() request: CreatePlanRequest, @CurrentPrincipal() principal: Principal): Promise<PlanView> {
    return this.plans.create(request, principal);
  }

  @Get('plans')
  @Roles('admin', 'host')
  @ApiOkResponse({ type: PlanPage, description: 'The catalogue, by name' })
  list(@Query() query: PageQuery): Promise<PlanPage> {
    return this.plans.list(query);
  }

  @Put('users/:userId/plan')
  @Roles('admin', 'host')
  @ApiOkResponse({
    type: MemberPlanView,
    description: 'The member holds the plan from `from`; it replaces what they held from then on',
  })
  grant(
    @Param('userId') userId: string,
    @Body() request: GrantPlanRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<MemberPlanView> {
    return this.memberPlans.grant(userId, request, principal);
  }

  @Get('users/:userId/plans')
  @Roles('admin', 'host')
  @ApiOkResponse({ type: MemberPlanPage, description: 'The plans a member holds or held, the latest first' })
  listFor(@Param('userId') userId: string, @Query() query: PageQuery): Promise<MemberPlanPage> {
    return this.memberPlans.listFor(userId, query);
  }

  @Get('me/quota')
  @Authenticated()
  @ApiOkResponse({ type: QuotaView, description: 'What covers the caller’s bookings and what is left' })
  myQuota(@Query() query: QuotaQuery, @CurrentPrincipal() principal: Principal): Promise<QuotaView> {
    return this.quota.quotaOf(principal.userId, query.date);
  }
}
