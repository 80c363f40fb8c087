import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { DirectoryService } from './directory.service';
import {
  DirectoryPage,
  DirectoryProfileRequest,
  DirectoryProfileView,
  DirectoryQuery,
  SkillPage,
  SkillQuery,
} from './dto/directory.dto';

/** The members' directory: visible to signed-in members only, each card only once its member lists it. */
@ApiTags('community')
@ApiBearerAuth()
@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('me/directory-profile')
  @Authenticated()
  @ApiOkResponse({
    type: DirectoryProfileView,
    description: 'The caller’s card; hidden (listed: false) until they list it',
  })
  myProfile(@CurrentPrincipal() principal: Principal): Promise<DirectoryProfileView> {
    return this.directory.profileOf(principal.userId);
  }

  @Put('me/directory-profile')
  @Authenticated()
  @ApiOkResponse({ type: DirectoryProfileView, description: 'The card replaced; 400 for a site that is not published' })
  saveMyProfile(
    @CurrentPrincipal() principal: Principal,
    @Body() request: DirectoryProfileRequest,
  ): Promise<DirectoryProfileView> {
    return this.directory.save(principal.userId, request);
  }

  @Get('directory')
  @Authenticated()
  @ApiOkResponse({
    type: DirectoryPage,
    description: 'Listed cards only; an e-mail address only when its member shows it',
  })
  search(@Query() query: DirectoryQuery): Promise<DirectoryPage> {
    return this.directory.search(query);
  }

  @Get('directory/skills')
  @Authenticated()
  @ApiOkResponse({ type: SkillPage, description: 'The skills of listed cards, for the search’s autocomplete' })
  skills(@Query() query: SkillQuery): Promise<SkillPage> {
    return this.directory.skills(query);
  }
}
