import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of the name or e-mail address (case ignored)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    enum: ['member', 'admin'],
    description:
      'Only accounts of this stored role: `admin` lists the network officers (for assigning a file); hosts are ' +
      '`member` accounts that host a site',
  })
  @IsOptional()
  @IsIn(['member', 'admin'])
  role?: 'member' | 'admin';
}

export class UserSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: ['member', 'admin'], description: 'Stored role; hosting is seen through the sites' })
  role: string;
  @ApiProperty({ type: String, nullable: true }) homeCommuneCode: string | null;
}

export class UserPage {
  @ApiProperty({ type: [UserSummary] }) items: UserSummary[];
  @ApiProperty() total: number;
}
