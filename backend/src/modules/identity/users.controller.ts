import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../common/access/access.decorators';
import { UserPage, UserQuery } from './dto/user-search.dto';
import { UsersService } from './users.service';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ type: UserPage, description: 'Find accounts by name or e-mail address' })
  find(@Query() query: UserQuery): Promise<UserPage> {
    return this.users.find(query);
  }
}
