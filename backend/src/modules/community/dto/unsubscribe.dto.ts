import { ApiProperty } from '@nestjs/swagger';

export class UnsubscribeView {
  @ApiProperty({
    enum: ['site', 'all'],
    description: '`site`: this site’s announcements; `all`: every community mail',
  })
  scope: 'site' | 'all';
  @ApiProperty({ format: 'uuid', description: 'The site whose announcement carried the link' }) siteId: string;
  @ApiProperty({ example: 'Tiers-lieu d’Auch' }) siteName: string;
  @ApiProperty({ description: 'Whether the member is unsubscribed (GET only tells; POST unsubscribes)' })
  unsubscribed: boolean;
}

export class UnsubscriptionView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: every community mail' })
  siteId: string | null;
  @ApiProperty({ type: String, nullable: true }) siteName: string | null;
  @ApiProperty({ example: '2026-04-20T10:00:00+02:00' }) createdAt: string;
}

export class UnsubscriptionPage {
  @ApiProperty({ type: [UnsubscriptionView] }) items: UnsubscriptionView[];
  @ApiProperty() total: number;
}
