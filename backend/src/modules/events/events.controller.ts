import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentPrincipal, Public, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { checkedIdempotencyKey } from '../booking/idempotency-key';
import { CreateEventRequest, DuplicateEventRequest, EventQuery, UpdateEventRequest } from './dto/event.dto';
import { EventPage, EventView } from './dto/event-view.dto';
import { EventAgendaService } from './event-agenda.service';
import { EventCalendarFile } from './event-calendar-file';
import { EventChanges } from './event-changes.service';
import { EventCreation } from './event-creation.service';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly creation: EventCreation,
    private readonly changes: EventChanges,
    private readonly agenda: EventAgendaService,
    private readonly calendarFile: EventCalendarFile,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    type: EventPage,
    description: 'The network’s published events by start; members-only ones only to signed-in accounts',
  })
  list(@Query() query: EventQuery, @CurrentPrincipal() principal?: Principal): Promise<EventPage> {
    return this.agenda.list(query, principal);
  }

  // Declared before `:id`, which would otherwise take `<id>.ics` for an id.
  @Get(':id.ics')
  @Public()
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({
    description: 'The event as an RFC 5545 calendar (one VEVENT, stable UID, STATUS:CANCELLED once cancelled)',
    schema: { type: 'string' },
  })
  async calendar(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const calendar = await this.calendarFile.render(id, principal);
    response.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="event-${id}.ics"`);
    return calendar;
  }

  @Get(':id')
  @Public()
  @ApiOkResponse({ type: EventView, description: '404 for a draft or a members-only event the caller may not see' })
  get(@Param('id') id: string, @CurrentPrincipal() principal?: Principal): Promise<EventView> {
    return this.events.get(id, principal);
  }

  @Post()
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same user: the first answer' })
  @ApiCreatedResponse({ type: EventView, description: 'A draft; with roomId the room is reserved (409 when taken)' })
  create(
    @Body() request: CreateEventRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<EventView> {
    return this.creation.create(request, principal, checkedIdempotencyKey(idempotencyKey));
  }

  @Patch(':id')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: EventView,
    description: 'Registrants are told of a change of time or place; 422 for a capacity below the number registered',
  })
  update(
    @Param('id') id: string,
    @Body() change: UpdateEventRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EventView> {
    return this.changes.update(id, change, principal);
  }

  @Post(':id/publish')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EventView })
  publish(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EventView> {
    return this.events.publish(id, principal);
  }

  @Post(':id/cancel')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EventView, description: 'Frees the room and tells every registrant' })
  cancel(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EventView> {
    return this.events.cancel(id, principal);
  }

  @Post(':id/duplicate')
  @Roles('admin', 'host')
  @Idempotent()
  @ApiBearerAuth()
  @ApiCreatedResponse({
    type: EventView,
    description: 'A draft copy, by default one week later at the same local time; its room reserved anew',
  })
  duplicate(
    @Param('id') id: string,
    @Body() request: DuplicateEventRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<EventView> {
    return this.creation.duplicate(id, request, principal);
  }
}
