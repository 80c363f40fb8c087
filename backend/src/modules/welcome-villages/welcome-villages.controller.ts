import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import {
  CreateWelcomeVillageRequest,
  UpdateWelcomeVillageRequest,
  WelcomeVillagePage,
  WelcomeVillageQuery,
  WelcomeVillageView,
} from './dto/welcome-village.dto';
import { WelcomeVillagesService } from './welcome-villages.service';

@ApiTags('welcome-villages')
@Controller('welcome-villages')
export class WelcomeVillagesController {
  constructor(private readonly villages: WelcomeVillagesService) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: WelcomeVillagePage,
    description: 'Published welcome villages by commune name, with their relay’s contact (officers: any)',
  })
  list(@Query() query: WelcomeVillageQuery, @CurrentPrincipal() principal?: Principal): Promise<WelcomeVillagePage> {
    return this.villages.list(query, principal);
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: WelcomeVillageView, description: 'A published village; officers also see the others' })
  get(@Param('id') id: string, @CurrentPrincipal() principal?: Principal): Promise<WelcomeVillageView> {
    return this.villages.get(id, principal);
  }

  @Post()
  @Roles('admin')
  @Idempotent()
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: WelcomeVillageView, description: 'The new welcome village (unpublished by default)' })
  @ApiBadRequestResponse({ description: 'Invalid fields, an unknown commune, or half a position' })
  @ApiConflictResponse({ description: 'The commune is already a welcome village' })
  create(
    @Body() request: CreateWelcomeVillageRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WelcomeVillageView> {
    return this.villages.create(request, principal);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: WelcomeVillageView, description: 'The village as changed (publish with `published`)' })
  @ApiBadRequestResponse({ description: 'Invalid fields, or half a position' })
  update(
    @Param('id') id: string,
    @Body() change: UpdateWelcomeVillageRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WelcomeVillageView> {
    return this.villages.update(id, change, principal);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'The commune no longer volunteers; files that chose it keep it' })
  remove(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.villages.remove(id, principal);
  }
}
