import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { Clearable, Omittable } from '../../../common/problem/presence';
import { HasNoNul } from '../../sites/dto/site-validators';
import { RELAY_ROLES, VILLAGE_OFFERS, type RelayRole, type VillageOffer } from '../welcome-village-terms';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const lowerCased = Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value));
const asList = Transform(({ value }) => (value === undefined || Array.isArray(value) ? value : [value]));
const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;
const PHONE = /^\+?[0-9 .()-]{6,30}$/;
const OFFERS_MESSAGE = `offers must list some of ${VILLAGE_OFFERS.join(', ')}`;

/** Every field of a village an officer writes; `communeCode` chooses the commune once and for all. */
export class CreateWelcomeVillageRequest {
  @ApiProperty({ example: '32256', description: 'INSEE code of the commune (400 naming `communeCode` if none has it)' })
  @IsString()
  @Matches(INSEE_CODE, { message: 'communeCode must be an INSEE commune code such as 32013' })
  communeCode: string;

  @ApiProperty({ example: 'Martine Lacoste', maxLength: 200, description: 'The relay newcomers may contact' })
  @trimmed
  @IsString()
  @Length(1, 200)
  @HasNoNul()
  relayName: string;

  @ApiProperty({ enum: RELAY_ROLES, enumName: 'WelcomeVillageRelayRole' })
  @IsIn(RELAY_ROLES, { message: `relayRole must be one of ${RELAY_ROLES.join(', ')}` })
  relayRole: RelayRole;

  @ApiProperty({ example: 'accueil@mairie-mirande.fr', maxLength: 254 })
  @lowerCased
  @IsEmail({}, { message: 'relayEmail must be an e-mail address' })
  @MaxLength(254)
  relayEmail: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '05 62 66 00 00', maxLength: 30 })
  @Clearable()
  @trimmed
  @IsString()
  @Matches(PHONE, { message: 'relayPhone must be a telephone number (digits, spaces, + . ( ) -)' })
  relayPhone?: string | null;

  @ApiProperty({ enum: VILLAGE_OFFERS, enumName: 'WelcomeVillageOffer', isArray: true })
  @IsArray({ message: OFFERS_MESSAGE })
  @ArrayUnique({ message: 'offers must not repeat an offer' })
  @IsIn(VILLAGE_OFFERS, { each: true, message: OFFERS_MESSAGE })
  offers: VillageOffer[];

  @ApiProperty({ maxLength: 2000, example: 'Bastide du XIIIe siècle : école, collège, marché le lundi.' })
  @trimmed
  @IsString()
  @Length(1, 2000)
  @HasNoNul()
  descriptionFr: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @Clearable()
  @trimmed
  @IsString()
  @Length(1, 2000)
  @HasNoNul()
  descriptionEn?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 43.5147, description: 'With `longitude`, or neither' })
  @Clearable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 0.4044 })
  @Clearable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @ApiPropertyOptional({ default: false, description: 'Shown on the public page' })
  @Omittable()
  @IsBoolean()
  published?: boolean;
}

/** Any field; `null` clears the phone, the English description or the position. */
export class UpdateWelcomeVillageRequest {
  @ApiPropertyOptional({ example: 'Martine Lacoste', maxLength: 200 })
  @Omittable()
  @trimmed
  @IsString()
  @Length(1, 200)
  @HasNoNul()
  relayName?: string;

  @ApiPropertyOptional({ enum: RELAY_ROLES, enumName: 'WelcomeVillageRelayRole' })
  @Omittable()
  @IsIn(RELAY_ROLES, { message: `relayRole must be one of ${RELAY_ROLES.join(', ')}` })
  relayRole?: RelayRole;

  @ApiPropertyOptional({ maxLength: 254 })
  @Omittable()
  @lowerCased
  @IsEmail({}, { message: 'relayEmail must be an e-mail address' })
  @MaxLength(254)
  relayEmail?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 30 })
  @Clearable()
  @trimmed
  @IsString()
  @Matches(PHONE, { message: 'relayPhone must be a telephone number (digits, spaces, + . ( ) -)' })
  relayPhone?: string | null;

  @ApiPropertyOptional({ enum: VILLAGE_OFFERS, enumName: 'WelcomeVillageOffer', isArray: true })
  @Omittable()
  @IsArray({ message: OFFERS_MESSAGE })
  @ArrayUnique({ message: 'offers must not repeat an offer' })
  @IsIn(VILLAGE_OFFERS, { each: true, message: OFFERS_MESSAGE })
  offers?: VillageOffer[];

  @ApiPropertyOptional({ maxLength: 2000 })
  @Omittable()
  @trimmed
  @IsString()
  @Length(1, 2000)
  @HasNoNul()
  descriptionFr?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @Clearable()
  @trimmed
  @IsString()
  @Length(1, 2000)
  @HasNoNul()
  descriptionEn?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'With `longitude`, or neither' })
  @Clearable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @Clearable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude?: number | null;

  @ApiPropertyOptional({ description: 'Publish (true) or withdraw (false) from the public page' })
  @Omittable()
  @IsBoolean()
  published?: boolean;
}

export class WelcomeVillageQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['true', 'false', 'all'],
    default: 'true',
    description: 'Published villages; `false` or `all` are for network officers (403 otherwise)',
  })
  @IsOptional()
  @IsIn(['true', 'false', 'all'], { message: 'published must be true, false or all' })
  published?: 'true' | 'false' | 'all';

  @ApiPropertyOptional({ example: '200066926', description: 'SIREN of the EPCI' })
  @IsOptional()
  @Matches(/^\d{9}$/, { message: 'epciCode must be the 9-digit SIREN of an EPCI' })
  epciCode?: string;

  @ApiPropertyOptional({
    enum: VILLAGE_OFFERS,
    enumName: 'WelcomeVillageOffer',
    isArray: true,
    description: 'Repeat to ask for several: only villages offering all of them',
  })
  @IsOptional()
  @asList
  @IsIn(VILLAGE_OFFERS, { each: true, message: `offer must be one of ${VILLAGE_OFFERS.join(', ')}` })
  offer?: VillageOffer[];
}

/** A welcome village with its commune's names; the relay's contact is public, as they agreed. */
export class WelcomeVillageView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '32256' }) communeCode: string;
  @ApiProperty({ example: 'Mirande' }) communeName: string;
  @ApiProperty({ type: [String], example: ['32300'] }) postalCodes: string[];
  @ApiProperty({ type: String, nullable: true, example: '243200417' }) epciCode: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'CC Cœur d’Astarac en Gascogne' }) epciName: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 43.5147 }) latitude: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 0.4044 }) longitude: number | null;
  @ApiProperty({ enum: VILLAGE_OFFERS, enumName: 'WelcomeVillageOffer', isArray: true }) offers: VillageOffer[];
  @ApiProperty() descriptionFr: string;
  @ApiProperty({ type: String, nullable: true }) descriptionEn: string | null;
  @ApiProperty() relayName: string;
  @ApiProperty({ enum: RELAY_ROLES, enumName: 'WelcomeVillageRelayRole' }) relayRole: RelayRole;
  @ApiProperty() relayEmail: string;
  @ApiProperty({ type: String, nullable: true }) relayPhone: string | null;
  @ApiProperty() published: boolean;
  @ApiProperty({ example: '2026-11-29T15:00:00+01:00' }) createdAt: string;
  @ApiProperty({ example: '2026-11-29T15:00:00+01:00' }) updatedAt: string;
}

export class WelcomeVillagePage {
  @ApiProperty({ type: [WelcomeVillageView] }) items: WelcomeVillageView[];
  @ApiProperty() total: number;
}
