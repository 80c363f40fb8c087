import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { NotificationPreferencesChange, NotificationPreferencesView } from './dto/notification-preferences.dto';
import { MemberNotificationPreferences } from './member-notification-preferences';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly preferences: MemberNotificationPreferences) {}

  @Get()
  @Authenticated()
  @ApiOkResponse({
    type: NotificationPreferencesView,
    description:
      'Which optional e-mails the caller receives, whether they receive community mail, and in which language',
  })
  get(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferencesView> {
    return this.preferences.get(principal);
  }

  @Patch()
  @Authenticated()
  @ApiOkResponse({ type: NotificationPreferencesView, description: 'The preferences after the change' })
  update(
    @CurrentPrincipal() principal: Principal,
    @Body() change: NotificationPreferencesChange,
  ): Promise<NotificationPreferencesView> {
    return this.preferences.update(principal, change);
  }
}
