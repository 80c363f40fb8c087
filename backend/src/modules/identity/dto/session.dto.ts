import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Clearable, Omittable } from '../../../common/problem/presence';
import type { Locale } from '../entities/user.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LoginRequest {
  @ApiProperty({ example: 'camille.martin@example.fr' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  password: string;
}

export class RefreshRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  refreshToken: string;
}

export class TokenPairView {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
}

export class UpdateMeRequest {
  @ApiPropertyOptional()
  @Omittable()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  firstName?: string;

  @ApiPropertyOptional()
  @Omittable()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  lastName?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'INSEE code of the home commune, or null' })
  @Clearable()
  @Matches(/^(\d{5}|2[AB]\d{3})$/, { message: 'homeCommuneCode must be an INSEE commune code' })
  homeCommuneCode?: string | null;

  @ApiPropertyOptional({ enum: ['fr', 'en'] })
  @Omittable()
  @IsIn(['fr', 'en'])
  locale?: Locale;
}
