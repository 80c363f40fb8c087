import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

const normalisedEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class LinkTokenRequest {
  @ApiProperty({ description: 'The token of the link received by e-mail' })
  @IsString()
  @Length(10, 200)
  token: string;
}

export class PasswordResetRequest {
  @ApiProperty()
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmation {
  @ApiProperty()
  @IsString()
  @Length(10, 200)
  token: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @Length(8, 128, { message: 'password must be 8 to 128 characters long' })
  password: string;
}

export class PasswordChange {
  @ApiProperty()
  @IsString()
  @MaxLength(1024)
  currentPassword: string;

  @ApiProperty({ minLength: 8, maxLength: 128 })
  @IsString()
  @Length(8, 128, { message: 'newPassword must be 8 to 128 characters long' })
  newPassword: string;
}

export class EmailChange {
  @ApiProperty()
  @Transform(normalisedEmail)
  @IsEmail({}, { message: 'newEmail must be an e-mail address' })
  @MaxLength(254)
  newEmail: string;

  @ApiProperty({ description: 'The current password, to confirm it is really the account holder' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
