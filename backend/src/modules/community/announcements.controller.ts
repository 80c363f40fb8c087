import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { PageQuery } from '../../common/pagination/page';
import { AnnouncementsService } from './announcements.service';
import {
  AnnouncementPage,
  AnnouncementPreview,
  AnnouncementPreviewRequest,
  AnnouncementRequest,
  AnnouncementView,
} from './dto/announcement.dto';

/** A site's team writes to the members who booked there. */
@ApiTags('community')
@ApiBearerAuth()
@Controller('sites/:siteId/announcements')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Post()
  @Roles('admin', 'host')
  @Idempotent()
  @ApiCreatedResponse({
    type: AnnouncementView,
    description:
      'Mailed to each recipient (recipientCount) through the outbox; 429 with Retry-After when the site already sent one today (its local day), 422 no-recipients',
  })
  send(
    @Param('siteId') siteId: string,
    @Body() request: AnnouncementRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AnnouncementView> {
    return this.announcements.send(siteId, request, principal);
  }

  @Post('preview')
  @Roles('admin', 'host')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({
    type: AnnouncementPreview,
    description: 'The mail as rendered, and its recipient count; sends nothing',
  })
  preview(
    @Param('siteId') siteId: string,
    @Body() request: AnnouncementPreviewRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AnnouncementPreview> {
    return this.announcements.preview(siteId, request, principal);
  }

  @Get()
  @Roles('admin', 'host')
  @ApiOkResponse({ type: AnnouncementPage })
  history(
    @Param('siteId') siteId: string,
    @Query() query: PageQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<AnnouncementPage> {
    return this.announcements.history(siteId, query, principal);
  }
}
