import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { SEARCH_MIN_LENGTH } from '../../identity/people-directory';

export class SiteMemberQuery extends PageQuery {
  @ApiProperty({
    minLength: SEARCH_MIN_LENGTH,
    maxLength: 100,
    example: 'roques',
    description:
      'Words of a name or an e-mail address (case and accents ignored), or an e-mail address in full, which finds ' +
      'its account even if it never booked at the site',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(SEARCH_MIN_LENGTH)
  @MaxLength(100)
  @Matches(/^[^\0]*$/, { message: 'q must not contain a NUL character' })
  q: string;
}

/** A member as the site's team sees them to book in their name. */
export class SiteMemberView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Camille' }) firstName: string;
  @ApiProperty({ example: 'Roques' }) lastName: string;
  @ApiProperty({ example: 'camille.roques@example.fr' }) email: string;
}

export class SiteMemberPage {
  @ApiProperty({ type: [SiteMemberView] }) items: SiteMemberView[];
  @ApiProperty() total: number;
}
