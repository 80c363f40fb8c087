import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { CreateSiteRequest, SiteQuery, UpdateSiteRequest } from './dto/site.dto';
import { SiteDetailView, SitePage } from './dto/site-view.dto';
import { SitesService } from './sites.service';

@ApiTags('sites')
@Controller('sites')
export class SitesController {
  constructor(private readonly sites: SitesService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: SitePage, description: 'Published sites, by name (officers: any status)' })
  list(@Query() query: SiteQuery, @CurrentPrincipal() principal?: Principal): Promise<SitePage> {
    return this.sites.list(query, principal);
  }

  @Get(':idOrSlug')
  @Public()
  @ApiParam({ name: 'idOrSlug', example: 'tiers-lieu-d-auch' })
  @ApiOkResponse({ type: SiteDetailView, description: 'A published site; admins and its hosts also see drafts' })
  get(@Param('idOrSlug') idOrSlug: string, @CurrentPrincipal() principal?: Principal): Promise<SiteDetailView> {
    return this.sites.get(idOrSlug, principal);
  }

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: SiteDetailView, description: 'The new site, as a draft' })
  create(@Body() request: CreateSiteRequest): Promise<SiteDetailView> {
    return this.sites.create(request);
  }

  @Patch(':id')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiOkResponse({ type: SiteDetailView })
  update(
    @Param('id') id: string,
    @Body() change: UpdateSiteRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SiteDetailView> {
    return this.sites.update(id, change, principal);
  }
}
