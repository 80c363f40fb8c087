import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { SiteMemberPage, SiteMemberQuery } from './dto/site-member.dto';
import { SiteMembers } from './site-members';

@ApiTags('bookings')
@Controller()
export class SiteMembersController {
  constructor(private readonly members: SiteMembers) {}

  @Get('sites/:id/members')
  @Roles('admin', 'host')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: SiteMemberPage,
    description:
      'For the site’s team, to book in a member’s name: the members who booked at the site in the last 12 months ' +
      '(or hold a booking to come) matching q, and the account whose e-mail address is q, by last name. ' +
      '400 for q under 2 characters; 403 for a host of another site',
  })
  find(
    @Param('id') id: string,
    @Query() query: SiteMemberQuery,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SiteMemberPage> {
    return this.members.find(id, query, principal);
  }
}
