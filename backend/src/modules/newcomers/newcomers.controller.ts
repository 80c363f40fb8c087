import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { LimitedPerAddress } from '../../common/rate-limit/rate-limit.guard';
import {
  NewcomerDetailView,
  NewcomerIntakeRequest,
  NewcomerNoteRequest,
  NewcomerPage,
  NewcomerQuery,
  NewcomerReceipt,
  NewcomerTimelineEntryView,
  UpdateNewcomerRequest,
} from './dto/newcomer.dto';
import { NewcomersService } from './newcomers.service';

@ApiTags('newcomers')
@Controller('newcomers')
export class NewcomersController {
  constructor(private readonly newcomers: NewcomersService) {}

  @Post()
  @Public()
  @LimitedPerAddress()
  @HttpCode(201)
  @ApiCreatedResponse({ type: NewcomerReceipt, description: 'The file is open; an acknowledgement mail follows' })
  @ApiBadRequestResponse({ description: 'Invalid fields, or `consent` not true' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address (Retry-After)' })
  submit(@Body() request: NewcomerIntakeRequest): Promise<NewcomerReceipt> {
    return this.newcomers.submit(request);
  }

  @Get()
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: NewcomerPage,
    description:
      'The pipeline, newest first (anonymised files left out), a page at a time: `limit` (default 50, at most ' +
      '500) files from `offset`; `total` counts every file the filters match, so a board asks each status for ' +
      'its own pages',
  })
  find(@Query() query: NewcomerQuery): Promise<NewcomerPage> {
    return this.newcomers.find(query);
  }

  @Get(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: NewcomerDetailView, description: 'The file and its timeline, oldest entry first' })
  get(@Param('id') id: string): Promise<NewcomerDetailView> {
    return this.newcomers.get(id);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: NewcomerDetailView, description: 'The whole file, changes on its timeline' })
  update(
    @Param('id') id: string,
    @Body() change: UpdateNewcomerRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NewcomerDetailView> {
    return this.newcomers.update(id, change, principal);
  }

  @Post(':id/notes')
  @Roles('admin')
  @Idempotent()
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: NewcomerTimelineEntryView, description: 'The dated note, with its author' })
  addNote(
    @Param('id') id: string,
    @Body() note: NewcomerNoteRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<NewcomerTimelineEntryView> {
    return this.newcomers.addNote(id, note, principal);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Erased at the newcomer’s request: the file is anonymised' })
  erase(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.newcomers.erase(id, principal);
  }
}
