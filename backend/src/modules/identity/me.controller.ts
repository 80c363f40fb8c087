import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AccountRecoveryService } from './account-recovery.service';
import { EmailChange, PasswordChange } from './dto/account-links.dto';
import { Authenticated, CurrentPrincipal } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { MeView } from './dto/register.dto';
import { UpdateMeRequest } from './dto/session.dto';
import { MeService } from './me.service';
import { PersonalDataService } from './personal-data.service';

@ApiTags('identity')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly personalData: PersonalDataService,
    private readonly recovery: AccountRecoveryService,
  ) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: MeView })
  get(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    return this.me.get(principal);
  }

  @Patch()
  @Authenticated()
  @ApiOkResponse({ type: MeView })
  update(@CurrentPrincipal() principal: Principal, @Body() change: UpdateMeRequest): Promise<MeView> {
    return this.me.update(principal, change);
  }

  @Get('export')
  @Authenticated()
  @ApiOkResponse({
    description: 'Everything Bastide holds about the caller (GDPR right of access), as JSON',
    schema: { type: 'object', additionalProperties: true },
  })
  export(@CurrentPrincipal() principal: Principal): Promise<Record<string, unknown>> {
    return this.personalData.export(principal.userId);
  }

  @Delete()
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The account is erased; past bookings remain only as anonymous figures' })
  async erase(@CurrentPrincipal() principal: Principal): Promise<void> {
    await this.personalData.erase(principal.userId);
  }

  @Post('password')
  @Authenticated()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; the other sessions are signed out' })
  async changePassword(@CurrentPrincipal() principal: Principal, @Body() change: PasswordChange): Promise<void> {
    await this.recovery.changePassword(principal, change.currentPassword, change.newPassword);
  }

  @Post('email')
  @Authenticated()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'A confirmation link is sent to the new address; it is used once confirmed' })
  async changeEmail(@CurrentPrincipal() principal: Principal, @Body() change: EmailChange): Promise<void> {
    await this.recovery.requestEmailChange(principal, change.newEmail, change.password);
  }
}
