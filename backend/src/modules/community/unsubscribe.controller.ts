import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Public } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { PageQuery } from '../../common/pagination/page';
import { UnsubscribeView, UnsubscriptionPage } from './dto/unsubscribe.dto';
import { UnsubscriptionsService } from './unsubscriptions.service';

/** The links of community mails, which need no sign-in, and the member's own list of what they stopped. */
@ApiTags('community')
@Controller()
export class UnsubscribeController {
  constructor(private readonly unsubscriptions: UnsubscriptionsService) {}

  @Get('unsubscribe/:token')
  @Public()
  @ApiOkResponse({
    type: UnsubscribeView,
    description:
      'What the link stops and whether it is stopped already; changes nothing (mail scanners follow links). 404 for a forged link',
  })
  describe(@Param('token') token: string): Promise<UnsubscribeView> {
    return this.unsubscriptions.describe(token);
  }

  @Post('unsubscribe/:token')
  @Public()
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOkResponse({
    type: UnsubscribeView,
    description:
      'Unsubscribes; the target of List-Unsubscribe-Post (RFC 8058: body List-Unsubscribe=One-Click, ignored). Twice changes nothing',
  })
  unsubscribe(@Param('token') token: string): Promise<UnsubscribeView> {
    return this.unsubscriptions.unsubscribe(token);
  }

  @Get('me/unsubscriptions')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({
    type: UnsubscriptionPage,
    description: 'What the caller stopped receiving; siteId null: all community mail',
  })
  mine(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<UnsubscriptionPage> {
    return this.unsubscriptions.mine(principal.userId, query);
  }

  @Delete('me/unsubscriptions/:id')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Receives those mails again' })
  async resubscribe(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.unsubscriptions.resubscribe(principal.userId, id);
  }
}
