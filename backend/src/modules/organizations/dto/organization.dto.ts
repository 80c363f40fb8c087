import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsHalfDayCount } from '../../../common/days/half-days';
import { PageQuery } from '../../../common/pagination/page';
import { Clearable, Omittable } from '../../../common/problem/presence';
import { HasNoNul } from '../../sites/dto/site-validators';
import { isSiren } from '../siren';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
/** "383 474 814" as printed on a Kbis extract is the same number as "383474814". */
const digitsOnly = Transform(({ value }) => (typeof value === 'string' ? value.replace(/[\s.]/g, '') : value));

const IsSiren = () =>
  ValidateBy({
    name: 'isSiren',
    validator: {
      validate: (value) => isSiren(value),
      defaultMessage: () => 'siren must be the 9 digits of a SIREN number, its last digit a valid check digit',
    },
  });

export class TeleworkContractDocument {
  @ApiProperty({ example: 2, minimum: 0.5, maximum: 7, description: 'Days per ISO week per employee, in steps of 0.5' })
  @IsHalfDayCount(0.5, 7)
  daysPerWeek: number;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'The sites the contract covers; empty or left out: every site of the network',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(200)
  @ArrayUnique({ message: 'siteIds must not repeat a site' })
  @IsUUID('all', { each: true, message: 'each of siteIds must be a site id' })
  siteIds?: string[];
}

export class CreateOrganizationRequest {
  @ApiProperty({ example: 'Airbus Operations', maxLength: 200 })
  @trimmed
  @IsString()
  @Length(1, 200)
  @HasNoNul()
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '383474814',
    description: 'SIREN (9 digits, Luhn check digit); spaces ignored',
  })
  @Clearable()
  @digitsOnly
  @IsSiren()
  siren?: string | null;

  @ApiPropertyOptional({ type: TeleworkContractDocument, nullable: true, description: 'The telework contract, if any' })
  @Clearable()
  @IsObject()
  @ValidateNested()
  @Type(() => TeleworkContractDocument)
  contract?: TeleworkContractDocument | null;
}

/** Any field; `siren: null` forgets the number, `contract: null` ends the contract, a contract replaces it whole. */
export class UpdateOrganizationRequest {
  @ApiPropertyOptional({ example: 'Airbus Operations', maxLength: 200 })
  @Omittable()
  @trimmed
  @IsString()
  @Length(1, 200)
  @HasNoNul()
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '383474814' })
  @Clearable()
  @digitsOnly
  @IsSiren()
  siren?: string | null;

  @ApiPropertyOptional({ type: TeleworkContractDocument, nullable: true })
  @Clearable()
  @IsObject()
  @ValidateNested()
  @Type(() => TeleworkContractDocument)
  contract?: TeleworkContractDocument | null;
}

export class OrganizationQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name (accents and case ignored) or the SIREN' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @HasNoNul()
  q?: string;
}

export class TeleworkContractView {
  @ApiProperty({ example: 2 }) daysPerWeek: number;
  @ApiProperty({ type: [String], format: 'uuid', description: 'Empty: every site of the network' })
  siteIds: string[];
}

export class OrganizationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Airbus Operations' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '383474814' }) siren: string | null;
  @ApiProperty({ type: TeleworkContractView, nullable: true }) contract: TeleworkContractView | null;
  @ApiProperty({ example: 12 }) memberCount: number;
  @ApiProperty({ example: '2026-01-05T10:00:00+01:00' }) createdAt: string;
}

export class OrganizationMemberView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() email: string;
  @ApiProperty({ example: '2026-01-05T10:00:00+01:00', description: 'When the officer attached the member' })
  since: string;
}

/** One employer with its members, by name. */
export class OrganizationDetailView extends OrganizationView {
  @ApiProperty({ type: [OrganizationMemberView] }) members: OrganizationMemberView[];
}

export class OrganizationPage {
  @ApiProperty({ type: [OrganizationView] }) items: OrganizationView[];
  @ApiProperty() total: number;
}
