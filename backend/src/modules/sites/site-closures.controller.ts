import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { ClosurePage, ClosureQuery, ClosureView, CreateClosureRequest } from './dto/closure.dto';
import { SiteClosuresService } from './site-closures.service';

@ApiTags('sites')
@ApiBearerAuth()
@Controller('sites/:siteId/closures')
export class SiteClosuresController {
  constructor(private readonly closures: SiteClosuresService) {}

  @Post()
  @Roles('admin', 'host')
  @Idempotent()
  @ApiCreatedResponse({ type: ClosureView, description: 'The site is closed that day; 409 if it already was' })
  create(
    @Param('siteId') siteId: string,
    @Body() request: CreateClosureRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ClosureView> {
    return this.closures.create(siteId, request, principal);
  }

  @Get()
  @Roles('admin', 'host')
  @ApiOkResponse({ type: ClosurePage, description: 'Closures in date order' })
  list(
    @Param('siteId') siteId: string,
    @Query() query: ClosureQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ClosurePage> {
    return this.closures.list(siteId, query, principal);
  }

  @Delete(':closureId')
  @Roles('admin', 'host')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The site opens that day again, as its week says' })
  remove(
    @Param('siteId') siteId: string,
    @Param('closureId') closureId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.closures.remove(siteId, closureId, principal);
  }
}
