import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { PageQuery } from '../../common/pagination/page';
import { SiteHostPage } from './dto/site-host.dto';
import { SiteHostsService } from './site-hosts.service';

@ApiTags('sites')
@ApiBearerAuth()
@Controller('sites/:siteId/hosts')
export class SiteHostsController {
  constructor(private readonly hosts: SiteHostsService) {}

  @Get()
  @Roles('admin', 'host')
  @ApiOkResponse({ type: SiteHostPage, description: 'The hosts of the site, first appointed first' })
  list(
    @Param('siteId') siteId: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SiteHostPage> {
    return this.hosts.list(siteId, query, principal);
  }

  @Put(':userId')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The user hosts the site, from their next request on' })
  appoint(
    @Param('siteId') siteId: string,
    @Param('userId') userId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.hosts.appoint(siteId, userId, principal);
  }

  @Delete(':userId')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The user no longer hosts the site' })
  remove(
    @Param('siteId') siteId: string,
    @Param('userId') userId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.hosts.remove(siteId, userId, principal);
  }
}
