import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNumber, IsOptional, IsString, IsUUID, Length, ValidateIf } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { Clearable } from '../../../common/problem/presence';
import { HasNoNul, IsLocalDate } from '../../sites/dto/site-validators';
import { PLAN_KINDS, type PlanKind } from '../entities/plan.entity';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** The most days a plan of each kind may give in its period (half-day steps). */
export const PLAN_DAY_BOUNDS: Record<Exclude<PlanKind, 'unlimited'>, number> = { weekly: 7, monthly: 31, pack: 1000 };

export class CreatePlanRequest {
  @ApiProperty({ example: 'Carnet 10 jours', maxLength: 120 })
  @trimmed
  @IsString()
  @Length(1, 120)
  @HasNoNul()
  name: string;

  @ApiProperty({
    enum: PLAN_KINDS,
    description: 'pack: N days while held; weekly: N per ISO week; monthly: N per month',
  })
  @IsIn(PLAN_KINDS, { message: `kind must be one of ${PLAN_KINDS.join(', ')}` })
  kind: PlanKind;

  @ApiPropertyOptional({
    example: 10,
    description: 'Days, in steps of 0.5: required except for unlimited (at most 7 weekly, 31 monthly, 1000 a pack)',
  })
  @ValidateIf((request: CreatePlanRequest) => request.kind !== 'unlimited' || request.days !== undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'days must be a number of days' })
  days?: number;
}

export class PlanView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Carnet 10 jours' }) name: string;
  @ApiProperty({ enum: PLAN_KINDS }) kind: PlanKind;
  @ApiProperty({ type: Number, nullable: true, example: 10, description: 'Null for unlimited' }) days: number | null;
  @ApiProperty({ example: '2026-01-05T10:00:00+01:00' }) createdAt: string;
}

export class PlanPage {
  @ApiProperty({ type: [PlanView] }) items: PlanView[];
  @ApiProperty() total: number;
}

export class GrantPlanRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'planId must be a plan id' })
  planId: string;

  @ApiProperty({ example: '2026-04-01', description: 'First local date the member holds the plan' })
  @IsLocalDate()
  from: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-06-30',
    description: 'Last local date (inclusive); left out or null: until another plan replaces it',
  })
  @Clearable()
  @IsLocalDate()
  until?: string | null;
}

export class MemberPlanView {
  @ApiProperty({ format: 'uuid', description: 'This holding of the plan' }) id: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ type: PlanView }) plan: PlanView;
  @ApiProperty({ example: '2026-04-01' }) from: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-06-30' }) until: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Who granted it' })
  grantedBy: string | null;
  @ApiProperty({ example: '2026-03-20T11:00:00+01:00' }) grantedAt: string;
}

export class MemberPlanPage {
  @ApiProperty({ type: [MemberPlanView] }) items: MemberPlanView[];
  @ApiProperty() total: number;
}

export class QuotaQuery {
  @ApiPropertyOptional({ example: '2026-04-01', description: 'The local date to look at; today by default' })
  @IsOptional()
  @IsLocalDate()
  date?: string;
}

export class QuotaPeriodView {
  @ApiProperty({ enum: ['week', 'month', 'validity'] }) unit: string;
  @ApiProperty({ example: '2026-03-30' }) from: string;
  @ApiProperty({ type: String, nullable: true, example: '2026-04-05', description: 'Null: a pack with no end' })
  until: string | null;
}

/** One cover and what is left of it in the period around the date asked about. */
export class AllowanceView {
  @ApiProperty({ format: 'uuid', description: 'The organization (contract) or the member plan (plan)' }) id: string;
  @ApiProperty({ example: 'Carnet 10 jours', description: 'The employer’s or the plan’s name' }) name: string;
  @ApiProperty({ type: String, nullable: true, enum: PLAN_KINDS, description: 'Plans only' })
  planKind: PlanKind | null;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Contracts: the sites covered (empty: all)' })
  siteIds: string[];
  @ApiProperty({ type: Number, nullable: true, example: 2, description: 'Days in the period; null: no limit' })
  days: number | null;
  @ApiProperty({ type: QuotaPeriodView, nullable: true }) period: QuotaPeriodView | null;
  @ApiProperty({ example: 1.5, description: 'Days taken by active bookings in the period' }) used: number;
  @ApiProperty({ type: Number, nullable: true, example: 0.5, description: 'Null: no limit' }) remaining: number | null;
  @ApiPropertyOptional({ example: '2026-06-30', type: String, nullable: true, description: 'Plans: last date held' })
  validUntil?: string | null;
}

export class EmployerRefView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Airbus Operations' }) name: string;
}

/**
 * What covers the caller's bookings on a date: the employer's contract (at its sites), the plan held
 * (elsewhere, or everywhere without a contract); whatever neither covers is pay-as-you-go.
 */
export class QuotaView {
  @ApiProperty({ example: '2026-03-20' }) date: string;
  @ApiProperty({ type: EmployerRefView, nullable: true }) employer: EmployerRefView | null;
  @ApiProperty({ type: AllowanceView, nullable: true }) contract: AllowanceView | null;
  @ApiProperty({ type: AllowanceView, nullable: true }) plan: AllowanceView | null;
  @ApiProperty({ description: 'True when some bookings would be pay-as-you-go (no plan held that day)' })
  payAsYouGo: boolean;
}

export class PlanQuery extends PageQuery {}
