import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { Omittable } from '../../../common/problem/presence';
import { HasNoNul } from '../../sites/dto/site-validators';
import { HELP_TEXT_MAX_LENGTH, TRADE_MAX_LENGTH } from '../entities/directory-profile.entity';
import { SKILL_MAX_LENGTH, SKILLS_PER_PROFILE } from '../entities/directory-profile-skill.entity';

export const SITES_PER_PROFILE = 20;

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));

/** A site named in the directory. */
export class DirectorySiteView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Tiers-lieu d’Auch' }) name: string;
}

/** The member's whole directory card: PUT replaces it. */
export class DirectoryProfileRequest {
  @ApiProperty({ description: 'Shown in the directory to signed-in members; false (the default) hides the card' })
  @IsBoolean()
  listed: boolean;

  @ApiProperty({ example: 'Graphiste', maxLength: TRADE_MAX_LENGTH, description: 'Empty for none' })
  @trimmed
  @IsString()
  @MaxLength(TRADE_MAX_LENGTH)
  @HasNoNul()
  trade: string;

  @ApiProperty({
    type: [String],
    maxItems: SKILLS_PER_PROFILE,
    example: ['Graphisme', 'Illustration'],
    description: `Made normalised tags (lower case, single spaces, ${SKILL_MAX_LENGTH} characters at most), each once`,
  })
  @IsArray()
  @ArrayMaxSize(SKILLS_PER_PROFILE)
  @IsString({ each: true })
  @MaxLength(SKILL_MAX_LENGTH * 2, { each: true })
  @Matches(/^[^\0]*$/, { each: true, message: 'each of skills must not contain a NUL character' })
  skills: string[];

  @ApiProperty({
    example: 'Je peux relire vos plaquettes et vous aider à choisir un imprimeur.',
    maxLength: HELP_TEXT_MAX_LENGTH,
    description: '“What I can help with”, plain text; empty for none',
  })
  @trimmed
  @IsString()
  @MaxLength(HELP_TEXT_MAX_LENGTH)
  @HasNoNul()
  helpText: string;

  @ApiPropertyOptional({ default: false, description: 'Show my e-mail address on my card' })
  @Omittable()
  @IsBoolean()
  showEmail?: boolean;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    maxItems: SITES_PER_PROFILE,
    default: [],
    description: 'The published sites I attach my card to (the directory filters by site on these)',
  })
  @Omittable()
  @IsArray()
  @ArrayMaxSize(SITES_PER_PROFILE)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  siteIds?: string[];
}

export class DirectoryProfileView {
  @ApiProperty() listed: boolean;
  @ApiProperty({ example: 'Graphiste' }) trade: string;
  @ApiProperty({ type: [String], example: ['graphisme', 'illustration'] }) skills: string[];
  @ApiProperty() helpText: string;
  @ApiProperty() showEmail: boolean;
  @ApiProperty({ type: [DirectorySiteView], description: 'The sites the card is attached to' })
  sites: DirectorySiteView[];
  @ApiProperty({
    type: [DirectorySiteView],
    description: 'Published sites where I booked in the last 12 months, most booked first: suggestions only',
  })
  suggestedSites: DirectorySiteView[];
  @ApiProperty({ type: String, nullable: true, description: 'Null until the card is first saved' })
  updatedAt: string | null;
}

export class DirectoryQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the cards attached to this site' })
  @IsOptional()
  @IsUUID()
  siteId?: string;

  @ApiPropertyOptional({ example: 'graphisme', description: 'Only the cards with this skill (accents ignored)' })
  @IsOptional()
  @IsString()
  @MaxLength(SKILL_MAX_LENGTH * 2)
  @HasNoNul()
  skill?: string;

  @ApiPropertyOptional({
    example: 'Léa',
    description: 'Words found in the name, trade, skills or help text (accents ignored)',
  })
  @IsOptional()
  @IsString()
  @Length(0, 100)
  @HasNoNul()
  q?: string;
}

/** A listed member's card as other members see it. */
export class DirectoryEntryView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: 'Léa' }) firstName: string;
  @ApiProperty({ example: 'Fourcade' }) lastName: string;
  @ApiProperty({ example: 'Graphiste' }) trade: string;
  @ApiProperty({ type: [String], example: ['graphisme', 'illustration'] }) skills: string[];
  @ApiProperty() helpText: string;
  @ApiProperty({ type: [DirectorySiteView] }) sites: DirectorySiteView[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Only when the member chose to show it',
    example: null,
  })
  email: string | null;
}

export class DirectoryPage {
  @ApiProperty({ type: [DirectoryEntryView], description: 'By last name, then first name' })
  items: DirectoryEntryView[];
  @ApiProperty() total: number;
}

export class SkillQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'gra', description: 'Skills that start with this, or have a word that does' })
  @IsOptional()
  @IsString()
  @MaxLength(SKILL_MAX_LENGTH * 2)
  @HasNoNul()
  q?: string;
}

export class SkillView {
  @ApiProperty({ example: 'graphisme' }) tag: string;
  @ApiProperty({ description: 'How many listed cards have it' }) count: number;
}

export class SkillPage {
  @ApiProperty({ type: [SkillView], description: 'Most common first' })
  items: SkillView[];
  @ApiProperty() total: number;
}
