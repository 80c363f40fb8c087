import { Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { JobPage, JobsQuery, JobsSummary, JobView } from './jobs-admin.dto';
import { JobsAdminService } from './jobs-admin.service';
import { JobsDashboard } from './jobs-dashboard';

@ApiTags('jobs')
@ApiBearerAuth()
@Controller('admin/jobs')
export class JobsAdminController {
  constructor(
    private readonly jobs: JobsAdminService,
    private readonly dashboard: JobsDashboard,
  ) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({
    type: JobPage,
    description:
      'Outbox messages (mails, reminders, promotions): failed ones newest first, pending and scheduled ones by due time',
  })
  list(@Query() query: JobsQuery): Promise<JobPage> {
    return this.jobs.list(query);
  }

  @Get('summary')
  @Roles('admin')
  @ApiOkResponse({
    type: JobsSummary,
    description: 'Messages per state, failed ones per kind, the oldest pending one, and whether BullMQ is in use',
  })
  summary(): Promise<JobsSummary> {
    return this.jobs.summary();
  }

  @Post(':id/retry')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({
    type: JobView,
    description: 'The failed message gets its tries back, due now (audited); with Redis its kept BullMQ job is removed',
  })
  @ApiNotFoundResponse({ description: 'No such message' })
  @ApiConflictResponse({ description: '`job-not-failed`: only a failed message is retried; `job-in-progress`' })
  @ApiServiceUnavailableResponse({ description: '`queue-unreachable`: Redis does not answer' })
  retry(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<JobView> {
    return this.jobs.retry(id, principal);
  }

  @Post('dashboard-session')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({
    description:
      'Sets a 15-minute HttpOnly, SameSite=Strict cookie for `/api/admin/queues`, where the BullMQ dashboard is served',
  })
  @ApiConflictResponse({
    description: '`queue-dashboard-unavailable`: without REDIS_URL jobs run in-process and there is no dashboard',
  })
  openDashboard(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): void {
    response.setHeader('Set-Cookie', this.dashboard.sessionCookie(principal));
  }
}
