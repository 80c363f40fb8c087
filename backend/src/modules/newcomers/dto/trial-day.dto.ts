import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Omittable } from '../../../common/problem/presence';
import { SLOTS, type Slot } from '../../booking/booking-slots';
import { BookingView } from '../../booking/dto/booking.dto';
import { AuthResponse } from '../../identity/dto/register.dto';
import { IsLocalDate } from '../../sites/dto/site-validators';
import { PersonRef } from './newcomer.dto';

/** The state an officer sees: `sent` waits for the newcomer (`expired` once its link ran out). */
export const TRIAL_DAY_STATES = ['sent', 'accepted', 'expired', 'withdrawn'] as const;
export type TrialDayState = (typeof TRIAL_DAY_STATES)[number];

export class SuggestedSitesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 20, default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  limit = 5;
}

/** Where the suggestions are measured from. */
export class SuggestionOrigin {
  @ApiProperty({ enum: ['commune', 'epci'], description: 'What of the file placed it' })
  kind: 'commune' | 'epci';
  @ApiProperty({ example: '32013' }) code: string;
  @ApiProperty({ example: 'Auch' }) name: string;
  @ApiProperty({
    description:
      'True when the point is the mean position of the tiers-lieux of the commune’s EPCI (the commune holds ' +
      'none, and reference communes carry no coordinates), false when it is the commune’s own tiers-lieux',
  })
  approximate: boolean;
}

export class SuggestedSite {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Tiers-lieu d’Auch' }) name: string;
  @ApiProperty({ example: 'tiers-lieu-d-auch' }) slug: string;
  @ApiProperty({ example: '32013' }) communeCode: string;
  @ApiProperty({ example: 'Auch' }) communeName: string;
  @ApiProperty({ type: String, nullable: true }) epciCode: string | null;
  @ApiProperty({ example: 12.4, description: 'As the crow flies from the origin, in km (one decimal)' })
  distanceKm: number;
}

export class SuggestedSitesPage {
  @ApiProperty({ type: SuggestionOrigin, nullable: true, description: 'Null when the file names no place we can find' })
  origin: SuggestionOrigin | null;
  @ApiProperty({ type: [SuggestedSite] }) items: SuggestedSite[];
  @ApiProperty({ description: 'Published sites in all' }) total: number;
}

export class OfferTrialDayRequest {
  @ApiProperty({ format: 'uuid', description: 'A published site' })
  @IsUUID('all', { message: 'siteId must be a site id' })
  siteId: string;

  @ApiProperty({ format: 'date', example: '2026-12-04', description: 'The site’s local date' })
  @IsLocalDate()
  date: string;

  @ApiPropertyOptional({ enum: SLOTS, default: 'full_day' })
  @Omittable()
  @IsIn(SLOTS)
  slot?: Slot;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A desk (or other resource) of the site; left out, any free desk is chosen when they accept',
  })
  @Omittable()
  @IsUUID('all', { message: 'resourceId must be a resource id' })
  resourceId?: string;
}

export class TrialDayView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: TRIAL_DAY_STATES, enumName: 'TrialDayState' }) state: TrialDayState;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty() siteName: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: any free desk' })
  resourceId: string | null;
  @ApiProperty({ type: String, nullable: true }) resourceName: string | null;
  @ApiProperty({ example: 'desk' }) kind: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: SLOTS }) slot: Slot;
  @ApiProperty({ type: PersonRef, nullable: true }) offeredBy: PersonRef | null;
  @ApiProperty() offeredAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the invitation mail left' }) sentAt: string | null;
  @ApiProperty({ description: 'The link works until then' }) expiresAt: string;
  @ApiProperty({ type: String, nullable: true }) acceptedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The booking made at acceptance' })
  bookingId: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The account it was booked on' })
  userId: string | null;
}

export class TrialDayPage {
  @ApiProperty({ type: [TrialDayView] }) items: TrialDayView[];
  @ApiProperty() total: number;
}

/** What the invitation's link shows, to whoever holds it (the newcomer's mailbox). */
export class TrialDayInvitationView {
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ description: 'The account is opened with this address' }) email: string;
  @ApiProperty() siteName: string;
  @ApiProperty() siteSlug: string;
  @ApiProperty() siteAddress: string;
  @ApiProperty({ format: 'date' }) date: string;
  @ApiProperty({ enum: SLOTS }) slot: Slot;
  @ApiProperty({ type: String, nullable: true, description: 'Null when the site no longer opens that day' })
  start: string | null;
  @ApiProperty({ type: String, nullable: true }) end: string | null;
  @ApiProperty() expiresAt: string;
  @ApiProperty({ enum: ['fr', 'en'] }) locale: 'fr' | 'en';
  @ApiProperty({ description: 'An account has this address: sign in with it, then accept' })
  accountExists: boolean;
}

export class AcceptTrialDayRequest {
  @ApiPropertyOptional({
    description:
      'The new account’s password (the sign-up rules); left out when accepting signed in with the account of ' +
      'the invitation’s address',
  })
  @Omittable()
  @IsString()
  @Length(8, 128, { message: 'password must be 8 to 128 characters long' })
  password?: string;
}

export class TrialDayAcceptance {
  @ApiProperty({ type: BookingView }) booking: BookingView;
  @ApiPropertyOptional({
    type: AuthResponse,
    description: 'The new account and its session; absent when accepted signed in',
  })
  session?: AuthResponse;
}
