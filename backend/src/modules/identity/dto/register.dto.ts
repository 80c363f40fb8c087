import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import type { Locale } from '../entities/user.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterRequest {
  @ApiProperty({ example: 'camille.martin@example.fr' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({
    minLength: 8,
    maxLength: 128,
    description: 'At least 8 characters (12 suggested); no composition rules.',
  })
  @IsString()
  @Length(8, 128, { message: 'password must be 8 to 128 characters long' })
  password: string;

  @ApiProperty({ example: 'Camille' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  firstName: string;

  @ApiProperty({ example: 'Martin' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  lastName: string;

  @ApiPropertyOptional({ example: '31555', description: 'INSEE code of the home commune (any French commune)' })
  @IsOptional()
  @Matches(/^(\d{5}|2[AB]\d{3})$/, { message: 'homeCommuneCode must be an INSEE commune code' })
  homeCommuneCode?: string;

  @ApiPropertyOptional({ enum: ['fr', 'en'], default: 'fr' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: Locale;
}

export class MeView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: ['member', 'host', 'admin'] }) role: string;
  @ApiProperty({ type: [String], format: 'uuid' }) hostedSiteIds: string[];
  @ApiProperty({ type: String, nullable: true }) homeCommuneCode: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) organizationId: string | null;
  @ApiProperty({ enum: ['fr', 'en'] }) locale: string;
  @ApiProperty({ description: 'Whether the address was confirmed through the link of the welcome mail' })
  emailVerified: boolean;
  @ApiProperty({ description: 'Two-factor sign-in is on (officers and hosts are asked to turn it on)' })
  mfaEnabled: boolean;
}

export class AuthResponse {
  @ApiProperty({ type: MeView }) user: MeView;
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
}
