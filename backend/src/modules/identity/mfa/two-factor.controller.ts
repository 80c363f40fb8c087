import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Public } from '../../../common/access/access.decorators';
import type { Principal } from '../../../common/access/principal';
import { LimitedPerAddress } from '../../../common/rate-limit/rate-limit.guard';
import { AuthService } from '../auth.service';
import { AuthResponse } from '../dto/register.dto';
import { MfaCodeRequest, MfaSetupView, MfaSignInRequest, RecoveryCodesView } from './two-factor.dto';
import { TwoFactorService } from './two-factor.service';

@ApiTags('identity')
@Controller('auth/mfa')
export class TwoFactorController {
  constructor(
    private readonly twoFactor: TwoFactorService,
    private readonly auth: AuthService,
  ) {}

  @Post()
  @Public()
  @LimitedPerAddress()
  @HttpCode(200)
  @ApiOkResponse({ type: AuthResponse, description: 'Second step of a sign-in with two-factor on' })
  @ApiUnauthorizedResponse({ description: 'Wrong code, or the sign-in step expired' })
  signIn(@Body() request: MfaSignInRequest): Promise<AuthResponse> {
    return this.auth.completeTwoFactorSignIn(request.mfaToken, request.code);
  }

  @Post('setup')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOkResponse({ type: MfaSetupView, description: 'A new secret for the authenticator app, pending a first code' })
  setUp(@CurrentPrincipal() principal: Principal): Promise<MfaSetupView> {
    return this.twoFactor.setUp(principal);
  }

  @Post('enable')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesView })
  enable(@CurrentPrincipal() principal: Principal, @Body() request: MfaCodeRequest): Promise<RecoveryCodesView> {
    return this.twoFactor.enable(principal, request.code);
  }

  @Post('disable')
  @Authenticated()
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Two-factor sign-in is off' })
  async disable(@CurrentPrincipal() principal: Principal, @Body() request: MfaCodeRequest): Promise<void> {
    await this.twoFactor.disable(principal, request.code);
  }
}
