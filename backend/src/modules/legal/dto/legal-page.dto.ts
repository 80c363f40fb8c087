import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LEGAL_LANGUAGES, LEGAL_PAGES, type LegalLanguage, type LegalPageName } from '../legal-pages';

export class LegalPageQuery {
  @ApiPropertyOptional({ enum: LEGAL_LANGUAGES, default: 'fr', description: 'The language of the text' })
  @IsOptional()
  @IsIn(LEGAL_LANGUAGES, { message: 'lang must be fr or en' })
  lang?: LegalLanguage;
}

export class LegalPageView {
  @ApiProperty({ enum: LEGAL_PAGES, example: 'accessibility' }) page: LegalPageName;
  @ApiProperty({ enum: LEGAL_LANGUAGES, example: 'fr' }) lang: LegalLanguage;
  @ApiProperty({ example: 'Déclaration d’accessibilité', description: 'The page title, its h1' })
  title: string;
  @ApiProperty({
    example: '<h2>État de conformité</h2>\n<p>Bastide est <strong>non conforme</strong>…</p>',
    description:
      'The body rendered from Markdown by the safe renderer: only p br h2–h6 ul ol li blockquote hr strong em ' +
      'code and http(s)/mailto links',
  })
  html: string;
}
