import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { Authenticated, CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { checkedIdempotencyKey } from '../booking/idempotency-key';
import {
  AttendanceRequest,
  MyRegistrationPage,
  MyRegistrationsQuery,
  RegistrationPage,
  RegistrationResult,
  RegistrationsExportQuery,
  RegistrationsQuery,
  RegistrationView,
} from './dto/registration.dto';
import { EventAgendaService } from './event-agenda.service';
import { EventRegistrationsService } from './event-registrations.service';

@ApiTags('events')
@Controller()
export class EventRegistrationsController {
  constructor(
    private readonly registrations: EventRegistrationsService,
    private readonly agenda: EventAgendaService,
  ) {}

  @Post('events/:id/registrations')
  @Authenticated()
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same user: the first answer' })
  @ApiCreatedResponse({
    type: RegistrationResult,
    description:
      'A place, or a place in line with its position; 409 already registered or waitlisted; ' +
      '422 after the deadline or for a cancelled event',
  })
  register(
    @Param('id') id: string,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<RegistrationResult> {
    return this.registrations.register(id, principal, checkedIdempotencyKey(idempotencyKey));
  }

  @Delete('events/:id/registrations/me')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description: 'Cancels the caller’s registration or place in line; the first in line is promoted and told',
  })
  async leave(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.registrations.leave(id, principal);
  }

  @Get('events/:id/registrations')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiOkResponse({ type: RegistrationPage, description: 'Registered, attended and waitlisted (with positions)' })
  list(
    @Param('id') id: string,
    @Query() query: RegistrationsQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationPage> {
    return this.registrations.list(id, query, principal);
  }

  @Get('events/:id/registrations/export.csv')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The attendee list as CSV (UTF-8 with BOM, semicolons, formulas neutralised)',
    schema: { type: 'string' },
  })
  async exportCsv(
    @Param('id') id: string,
    @Query() query: RegistrationsExportQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const csv = await this.registrations.exportCsv(id, query.lang ?? 'fr', principal);
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="registrations-${id}.csv"`);
    return csv;
  }

  @Post('events/:id/registrations/:registrationId/attendance')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: RegistrationView, description: 'Marked attended (or, with attended: false, unmarked)' })
  attendance(
    @Param('id') id: string,
    @Param('registrationId') registrationId: string,
    @Body() request: AttendanceRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<RegistrationView> {
    return this.registrations.markAttendance(id, registrationId, request.attended ?? true, principal);
  }

  @Get('me/event-registrations')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ type: MyRegistrationPage, description: 'The caller’s registrations, by event start' })
  mine(@Query() query: MyRegistrationsQuery, @CurrentPrincipal() principal: Principal): Promise<MyRegistrationPage> {
    return this.agenda.mine(query, principal);
  }
}
