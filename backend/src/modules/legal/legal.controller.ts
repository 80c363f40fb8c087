import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/access/access.decorators';
import { LegalPageQuery, LegalPageView } from './dto/legal-page.dto';
import { LEGAL_PAGES, LegalPages } from './legal-pages';

@ApiTags('legal')
@Controller('legal')
export class LegalController {
  constructor(private readonly pages: LegalPages) {}

  @Get(':page')
  @Public()
  @ApiParam({ name: 'page', enum: LEGAL_PAGES })
  @ApiOkResponse({
    type: LegalPageView,
    description: 'The accessibility statement, privacy notice or legal notices, from LEGAL_CONTENT_DIR',
  })
  @ApiBadRequestResponse({ description: '`lang` is neither fr nor en' })
  @ApiNotFoundResponse({ description: 'No such page' })
  page(@Param('page') page: string, @Query() query: LegalPageQuery): Promise<LegalPageView> {
    return this.pages.read(page, query.lang ?? 'fr');
  }
}
