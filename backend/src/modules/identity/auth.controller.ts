import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Public } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { LimitedPerAddress } from '../../common/rate-limit/rate-limit.guard';
import { AuthService } from './auth.service';
import { AuthResponse, RegisterRequest } from './dto/register.dto';
import { LoginRequest, RefreshRequest, TokenPairView } from './dto/session.dto';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @Public()
  @LimitedPerAddress()
  @HttpCode(201)
  @ApiCreatedResponse({ type: AuthResponse })
  @ApiConflictResponse({ description: 'E-mail address already registered' })
  register(@Body() request: RegisterRequest): Promise<AuthResponse> {
    return this.auth.register(request);
  }

  @Post('login')
  @Public()
  @LimitedPerAddress()
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponse })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail address or password' })
  @ApiTooManyRequestsResponse({
    description: 'Account locked after repeated failures, or too many requests from this address (Retry-After)',
  })
  login(@Body() request: LoginRequest): Promise<AuthResponse> {
    return this.auth.login(request);
  }

  @Post('refresh')
  @Public()
  @LimitedPerAddress()
  @HttpCode(200)
  @ApiOkResponse({ type: TokenPairView, description: 'A new pair; the presented refresh token stops working' })
  @ApiUnauthorizedResponse({ description: 'Unknown, expired, revoked or already used refresh token' })
  refresh(@Body() request: RefreshRequest): Promise<TokenPairView> {
    return this.auth.refresh(request.refreshToken);
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiNoContentResponse({ description: 'The session and its refresh token are revoked' })
  async logout(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.auth.logout(principal.sessionId);
  }
}
