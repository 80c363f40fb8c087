import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { PageQuery } from '../../common/pagination/page';
import { CreateResourceRequest, ResourcePage, ResourceView, UpdateResourceRequest } from './dto/resource.dto';
import { ResourcesService } from './resources.service';

@ApiTags('resources')
@Controller()
export class ResourcesController {
  constructor(private readonly resources: ResourcesService) {}

  @Get('sites/:siteId/resources')
  @Public()
  @ApiOkResponse({ type: ResourcePage, description: 'Active resources of the site' })
  list(
    @Param('siteId') siteId: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal?: Principal,
  ): Promise<ResourcePage> {
    return this.resources.listActive(siteId, query, principal);
  }

  @Post('sites/:siteId/resources')
  @Roles('admin', 'host')
  @Idempotent()
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ResourceView })
  create(
    @Param('siteId') siteId: string,
    @Body() request: CreateResourceRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ResourceView> {
    return this.resources.create(siteId, request, principal);
  }

  @Patch('resources/:id')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ResourceView })
  update(
    @Param('id') id: string,
    @Body() change: UpdateResourceRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<ResourceView> {
    return this.resources.update(id, change, principal);
  }

  @Delete('resources/:id')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Deactivated: no new bookings, past ones kept' })
  remove(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.resources.deactivate(id, principal);
  }
}
