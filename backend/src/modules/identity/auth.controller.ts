import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/access/access.decorators';
import { AuthService } from './auth.service';
import { AuthResponse, RegisterRequest } from './dto/register.dto';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @Public()
  @HttpCode(201)
  @ApiCreatedResponse({ type: AuthResponse })
  @ApiConflictResponse({ description: 'E-mail address already registered' })
  register(@Body() request: RegisterRequest): Promise<AuthResponse> {
    return this.auth.register(request);
  }
}
