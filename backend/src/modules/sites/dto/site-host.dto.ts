import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SiteHostView {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ example: '2026-01-05T10:00:00+01:00', description: 'When the host was appointed' })
  appointedAt: string;
  @ApiProperty({ example: 'Mathieu' }) firstName: string;
  @ApiProperty({ example: 'Dupouy' }) lastName: string;
  @ApiPropertyOptional({
    example: 'hote.auch@bastide.demo',
    description: 'For network officers only: a host sees the names of the other hosts, not their addresses',
  })
  email?: string;
}

export class SiteHostPage {
  @ApiProperty({ type: [SiteHostView] }) items: SiteHostView[];
  @ApiProperty() total: number;
}
