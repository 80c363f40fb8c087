import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiExtraModels,
  getSchemaPath,
} from '@nestjs/swagger';
import { MfaChallenge } from './mfa/two-factor.dto';
import { Authenticated, CurrentPrincipal, Public } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { LimitedPerAddress } from '../../common/rate-limit/rate-limit.guard';
import { AccountRecoveryService } from './account-recovery.service';
import { AuthService } from './auth.service';
import { LinkTokenRequest, PasswordResetConfirmation, PasswordResetRequest } from './dto/account-links.dto';
import { AuthResponse, RegisterRequest } from './dto/register.dto';
import { LoginRequest, RefreshRequest, TokenPairView } from './dto/session.dto';

@ApiTags('identity')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly recovery: AccountRecoveryService,
  ) {}

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
  @ApiExtraModels(AuthResponse, MfaChallenge)
  @ApiOkResponse({
    description: 'Signed in, or, with two-factor on, the challenge to complete with POST /auth/mfa',
    schema: { oneOf: [{ $ref: getSchemaPath(AuthResponse) }, { $ref: getSchemaPath(MfaChallenge) }] },
  })
  @ApiUnauthorizedResponse({ description: 'Wrong e-mail address or password' })
  @ApiTooManyRequestsResponse({
    description: 'Account locked after repeated failures, or too many requests from this address (Retry-After)',
  })
  login(@Body() request: LoginRequest): Promise<AuthResponse | MfaChallenge> {
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

  @Post('verify-email')
  @Public()
  @LimitedPerAddress()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The address (or the new address) is confirmed' })
  async verifyEmail(@Body() request: LinkTokenRequest): Promise<void> {
    await this.recovery.verifyEmail(request.token);
  }

  @Post('password-reset')
  @Public()
  @LimitedPerAddress()
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'If the address has an account, a reset link is on its way (the answer never tells)',
  })
  async requestPasswordReset(@Body() request: PasswordResetRequest): Promise<void> {
    await this.recovery.requestPasswordReset(request.email);
  }

  @Post('password-reset/confirm')
  @Public()
  @LimitedPerAddress()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The password is changed and every session signed out' })
  async resetPassword(@Body() request: PasswordResetConfirmation): Promise<void> {
    await this.recovery.resetPassword(request.token, request.password);
  }
}
