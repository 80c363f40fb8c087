import { Module } from '@nestjs/common';
import { LegalController } from './legal.controller';
import { LegalPages } from './legal-pages';

/**
 * The accessibility statement, privacy notice and legal notices: texts the network writes (Markdown files under
 * `LEGAL_CONTENT_DIR`), served to the web app's footer pages. No table, no other module.
 */
@Module({
  controllers: [LegalController],
  providers: [LegalPages],
})
export class LegalModule {}
