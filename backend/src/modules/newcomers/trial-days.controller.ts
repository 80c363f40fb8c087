import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../../common/access/access.decorators';
import type { Principal } from '../../common/access/principal';
import { Idempotent } from '../../common/idempotency/idempotent.decorator';
import { LimitedPerAddress } from '../../common/rate-limit/rate-limit.guard';
import {
  AcceptTrialDayRequest,
  OfferTrialDayRequest,
  SuggestedSitesPage,
  SuggestedSitesQuery,
  TrialDayAcceptance,
  TrialDayInvitationView,
  TrialDayPage,
  TrialDayView,
} from './dto/trial-day.dto';
import { TrialDaysService } from './trial-days.service';

/** The tiers-lieux side of a newcomer's file: suggestions, trial days, and the invitation's public link. */
@ApiTags('newcomers')
@Controller()
export class TrialDaysController {
  constructor(private readonly trialDays: TrialDaysService) {}

  @Get('newcomers/:id/suggested-sites')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({
    type: SuggestedSitesPage,
    description:
      'Published tiers-lieux nearest the wished commune (else the wished area as a commune or EPCI of the Gers, ' +
      'else the welcome commune), nearest first, with the distance as the crow flies',
  })
  suggestedSites(@Param('id') id: string, @Query() query: SuggestedSitesQuery): Promise<SuggestedSitesPage> {
    return this.trialDays.suggestedSites(id, query.limit);
  }

  @Get('newcomers/:id/trial-days')
  @Roles('admin')
  @ApiBearerAuth()
  @ApiOkResponse({ type: TrialDayPage, description: 'The trial days offered on the file, newest first' })
  list(@Param('id') id: string): Promise<TrialDayPage> {
    return this.trialDays.list(id);
  }

  @Post('newcomers/:id/trial-days')
  @Roles('admin')
  @Idempotent()
  @ApiBearerAuth()
  @HttpCode(201)
  @ApiCreatedResponse({ type: TrialDayView, description: 'Offered; the invitation mail with its link follows' })
  @ApiConflictResponse({ description: 'An invitation is already waiting on this file, or no desk is free that day' })
  @ApiUnprocessableEntityResponse({ description: 'Site not published, closed that day, past or beyond the horizon' })
  offer(
    @Param('id') id: string,
    @Body() request: OfferTrialDayRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TrialDayView> {
    return this.trialDays.offer(id, request, principal);
  }

  @Post('newcomers/:id/trial-days/:trialDayId/withdraw')
  @Roles('admin')
  @ApiBearerAuth()
  @HttpCode(200)
  @ApiOkResponse({ type: TrialDayView, description: 'Withdrawn: the link no longer works' })
  @ApiConflictResponse({ description: 'Already accepted, withdrawn or expired' })
  withdraw(
    @Param('id') id: string,
    @Param('trialDayId') trialDayId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<TrialDayView> {
    return this.trialDays.withdraw(id, trialDayId, principal);
  }

  @Get('trial-day-invitations/:token')
  @Public()
  @ApiOkResponse({ type: TrialDayInvitationView, description: 'The invitation the mailed link names' })
  @ApiNotFoundResponse({
    description: 'Unknown link, or (type `trial-day-link-closed`, with `state`) one used, withdrawn or expired',
  })
  invitation(@Param('token') token: string): Promise<TrialDayInvitationView> {
    return this.trialDays.invitation(token);
  }

  @Post('trial-day-invitations/:token/accept')
  @Public()
  @LimitedPerAddress()
  @HttpCode(201)
  @ApiBearerAuth()
  @ApiCreatedResponse({
    type: TrialDayAcceptance,
    description:
      'Accepted: signed out, the member account is opened (with `session`) and the day booked on it; signed in ' +
      'with the account of the invitation’s address, the day is booked on it',
  })
  @ApiConflictResponse({ description: 'An account has this address (sign in, then accept), or no desk is free' })
  @ApiForbiddenResponse({ description: 'Signed in with an account of another address' })
  @ApiNotFoundResponse({ description: 'Unknown, used, withdrawn or expired link' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this address (Retry-After)' })
  accept(
    @Param('token') token: string,
    @Body() request: AcceptTrialDayRequest,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<TrialDayAcceptance> {
    return this.trialDays.accept(token, request, principal);
  }
}
