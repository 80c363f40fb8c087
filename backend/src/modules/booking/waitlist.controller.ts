import { Body, Controller, Delete, Get, Headers, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import {
  JoinWaitlistRequest,
  MyWaitlistQuery,
  SiteWaitlistPage,
  SiteWaitlistQuery,
  WaitlistEntryView,
  WaitlistPage,
} from './dto/waitlist.dto';
import { checkedIdempotencyKey } from './idempotency-key';
import { WaitlistService } from './waitlist.service';

@ApiTags('bookings')
@Controller()
export class WaitlistController {
  constructor(private readonly waitlist: WaitlistService) {}

  @Post('waitlist')
  @Authenticated()
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Same key, same user: the first answer' })
  @ApiCreatedResponse({
    type: WaitlistEntryView,
    description:
      'In line (position from 1); when a place of that kind frees then, the first in line is booked and told by mail. ' +
      '409 already in that line or already booked then; 422 not bookable then, or a place is free',
  })
  join(
    @Body() request: JoinWaitlistRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<WaitlistEntryView> {
    return this.waitlist.join(request, principal, checkedIdempotencyKey(idempotencyKey));
  }

  @Delete('waitlist/:id')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Out of the line; 404 for anyone but its member' })
  async leave(@Param('id') id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.waitlist.leave(id, principal);
  }

  @Get('me/waitlist')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ type: WaitlistPage, description: 'The caller’s entries from today on, with their positions' })
  mine(@Query() query: MyWaitlistQuery, @CurrentPrincipal() principal: Principal): Promise<WaitlistPage> {
    return this.waitlist.listMine(principal, query);
  }

  @Get('sites/:id/waitlist')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiOkResponse({ type: SiteWaitlistPage, description: 'The site’s lines that day, who waits first' })
  forSite(
    @Param('id') id: string,
    @Query() query: SiteWaitlistQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SiteWaitlistPage> {
    return this.waitlist.listForSite(id, query, principal);
  }
}
