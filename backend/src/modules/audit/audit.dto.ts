import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../../common/pagination/page';

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'Id of the site, user, booking... acted on' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;
}

export class AuditEntryView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '2026-12-01T08:00:00Z' }) at: string;
  @ApiProperty({ format: 'uuid' }) actorId: string;
  @ApiProperty({ enum: ['member', 'host', 'admin'] }) actorRole: string;
  @ApiProperty({ example: 'site.host.appoint' }) action: string;
  @ApiProperty({ example: 'site' }) subjectType: string;
  @ApiProperty() subjectId: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}

export class AuditPage {
  @ApiProperty({ type: [AuditEntryView] }) items: AuditEntryView[];
  @ApiProperty() total: number;
}
