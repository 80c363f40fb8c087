import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, MaxLength } from 'class-validator';

export class MfaCodeRequest {
  @ApiProperty({ description: 'A 6-digit code of the authenticator app, or a recovery code (xxxxx-xxxxx)' })
  @IsString()
  @Length(6, 20)
  code: string;
}

export class MfaSignInRequest extends MfaCodeRequest {
  @ApiProperty({ description: 'The mfaToken answered by POST /auth/login' })
  @IsString()
  @MaxLength(2000)
  mfaToken: string;
}

export class MfaChallenge {
  @ApiProperty({ enum: [true] }) mfaRequired: true;
  @ApiProperty({ description: 'Valid five minutes, for POST /auth/mfa' }) mfaToken: string;
}

export class MfaSetupView {
  @ApiProperty({ description: 'Base32 secret, to type into the app if the QR code cannot be scanned' }) secret: string;
  @ApiProperty({ example: 'otpauth://totp/Bastide:camille%40example.fr?secret=…' }) otpauthUrl: string;
}

export class RecoveryCodesView {
  @ApiProperty({ type: [String], description: 'Shown once: each code signs in once if the phone is lost' })
  recoveryCodes: string[];
}
