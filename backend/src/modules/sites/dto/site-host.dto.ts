import { ApiProperty } from '@nestjs/swagger';

export class SiteHostView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: '2026-01-05T10:00:00+01:00', description: 'When the host was appointed' })
  appointedAt: string;
}

export class SiteHostPage {
  @ApiProperty({ type: [SiteHostView] }) items: SiteHostView[];
  @ApiProperty() total: number;
}
