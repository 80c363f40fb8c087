import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { HasNoNul } from '../../sites/dto/site-validators';
import {
  ANNOUNCEMENT_BODY_MAX_LENGTH,
  ANNOUNCEMENT_SUBJECT_MAX_LENGTH,
  MONTHS_BACK_MAX,
} from '../entities/site-announcement.entity';

export class AnnouncementRequest {
  @ApiProperty({ example: 'Fermeture exceptionnelle vendredi', maxLength: ANNOUNCEMENT_SUBJECT_MAX_LENGTH })
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : value))
  @IsString()
  @Length(1, ANNOUNCEMENT_SUBJECT_MAX_LENGTH)
  @HasNoNul()
  subject: string;

  @ApiProperty({
    maxLength: ANNOUNCEMENT_BODY_MAX_LENGTH,
    example: 'Bonjour à toutes et tous,\n\nLe tiers-lieu sera **fermé vendredi** pour travaux.',
    description:
      'Plain text or the events’ Markdown (paragraphs, headings, lists, quotes, bold, italic, code, http(s) and mailto links); any HTML is shown as text',
  })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, ANNOUNCEMENT_BODY_MAX_LENGTH)
  @HasNoNul()
  body: string;

  @ApiProperty({
    minimum: 1,
    maximum: MONTHS_BACK_MAX,
    example: 3,
    description: 'Sent to the members with a booking at the site that ends within the last N months, or later',
  })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MONTHS_BACK_MAX)
  monthsBack: number;
}

export class AnnouncementPreviewRequest extends AnnouncementRequest {
  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'The language of the frame; default French' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

export class AnnouncementPreview {
  @ApiProperty({ description: 'The mail’s subject line' }) subject: string;
  @ApiProperty({ description: 'The plain-text part, as a recipient gets it (here addressed to the caller)' })
  text: string;
  @ApiProperty({ description: 'The HTML part (safe: every character of the host’s text is escaped)' })
  html: string;
  @ApiProperty({ description: 'How many members it would go to now' }) recipientCount: number;
  @ApiProperty({ example: '2026-01-20', description: 'Bookings that end after this local date count' })
  since: string;
}

export class AnnouncementAuthorView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

export class AnnouncementView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty() subject: string;
  @ApiProperty({ description: 'As written' }) body: string;
  @ApiProperty({ description: 'The body rendered as in the mail' }) bodyHtml: string;
  @ApiProperty() monthsBack: number;
  @ApiProperty({ description: 'How many members it was sent to' }) recipientCount: number;
  @ApiProperty({ example: '2026-04-20T10:00:00+02:00' }) sentAt: string;
  @ApiProperty({
    type: AnnouncementAuthorView,
    nullable: true,
    description: 'Null once the author erased their account',
  })
  author: AnnouncementAuthorView | null;
}

export class AnnouncementPage {
  @ApiProperty({ type: [AnnouncementView], description: 'Newest first' })
  items: AnnouncementView[];
  @ApiProperty() total: number;
}
