import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { checkedIdempotencyKey } from '../booking/idempotency-key';
import { CreateEventSeriesRequest } from './dto/event-series.dto';
import { EventSeriesCreated, EventSeriesView } from './dto/event-view.dto';
import { EventSeriesService } from './event-series.service';

@ApiTags('events')
@ApiBearerAuth()
@Controller('event-series')
export class EventSeriesController {
  constructor(private readonly series: EventSeriesService) {}

  @Post()
  @Roles('admin', 'host')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same user: the first answer' })
  @ApiCreatedResponse({
    type: EventSeriesCreated,
    description: 'One event per week; a week whose room is taken or whose time does not exist is a conflict',
  })
  create(
    @Body() request: CreateEventSeriesRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<EventSeriesCreated> {
    return this.series.create(request, principal, checkedIdempotencyKey(idempotencyKey));
  }

  @Get(':id')
  @Roles('admin', 'host')
  @ApiOkResponse({ type: EventSeriesView, description: '404 for anyone but its site’s hosts and officers' })
  get(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EventSeriesView> {
    return this.series.get(id, principal);
  }

  @Post(':id/cancel')
  @Roles('admin', 'host')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: EventSeriesView, description: 'Cancels its events still to come; registrants are told' })
  cancel(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<EventSeriesView> {
    return this.series.cancel(id, principal);
  }
}
