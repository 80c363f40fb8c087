import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import {
  CreateOrganizationRequest,
  OrganizationDetailView,
  OrganizationPage,
  OrganizationQuery,
  UpdateOrganizationRequest,
} from './dto/organization.dto';
import { OrganizationMembersService } from './organization-members.service';
import { OrganizationsService } from './organizations.service';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly members: OrganizationMembersService,
  ) {}

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiCreatedResponse({ type: OrganizationDetailView, description: 'The new employer (409 if its SIREN is taken)' })
  create(
    @Body() request: CreateOrganizationRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationDetailView> {
    return this.organizations.create(request, principal);
  }

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: OrganizationPage, description: 'Employers by name, found by name or SIREN' })
  find(@Query() query: OrganizationQuery): Promise<OrganizationPage> {
    return this.organizations.find(query);
  }

  @Get(':id')
  @Roles('admin')
  @ApiOkResponse({ type: OrganizationDetailView, description: 'The employer, its contract and its members' })
  get(@Param('id') id: string): Promise<OrganizationDetailView> {
    return this.organizations.get(id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: OrganizationDetailView })
  update(
    @Param('id') id: string,
    @Body() change: UpdateOrganizationRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<OrganizationDetailView> {
    return this.organizations.update(id, change, principal);
  }

  @Put(':id/members/:userId')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The organization is the user’s employer (moved from any previous one)' })
  attach(
    @Param('id') id: string,
    @Param('userId') userId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.members.attach(id, userId, principal);
  }

  @Delete(':id/members/:userId')
  @Roles('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The user no longer has this employer' })
  detach(
    @Param('id') id: string,
    @Param('userId') userId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<void> {
    return this.members.detach(id, userId, principal);
  }
}
