import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';
import { RESOURCE_AMENITIES, RESOURCE_KINDS, type ResourceKind } from '../site-amenities';
import { HasNoNul, Omittable } from './site-validators';

const trimmed = Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
const amenitiesMessage = `each of amenities must be one of ${RESOURCE_AMENITIES.join(', ')}`;

export class CreateResourceRequest {
  @ApiProperty({ example: 'Bureau 3', maxLength: 120 })
  @trimmed
  @IsString()
  @Length(1, 120)
  @HasNoNul()
  name: string;

  @ApiProperty({ enum: RESOURCE_KINDS })
  @IsIn(RESOURCE_KINDS)
  kind: ResourceKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 1, description: 'People it seats' })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(500)
  capacity?: number;

  @ApiPropertyOptional({ enum: RESOURCE_AMENITIES, isArray: true, example: ['screen'] })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(RESOURCE_AMENITIES, { each: true, message: amenitiesMessage })
  amenities?: string[];
}

export class UpdateResourceRequest {
  @ApiPropertyOptional({ example: 'Bureau 3', maxLength: 120 })
  @Omittable()
  @trimmed
  @IsString()
  @Length(1, 120)
  @HasNoNul()
  name?: string;

  @ApiPropertyOptional({ enum: RESOURCE_KINDS })
  @Omittable()
  @IsIn(RESOURCE_KINDS)
  kind?: ResourceKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 500 })
  @Omittable()
  @IsInt()
  @Min(1)
  @Max(500)
  capacity?: number;

  @ApiPropertyOptional({ enum: RESOURCE_AMENITIES, isArray: true })
  @Omittable()
  @IsArray()
  @ArrayUnique()
  @IsIn(RESOURCE_AMENITIES, { each: true, message: amenitiesMessage })
  amenities?: string[];

  @ApiPropertyOptional({ description: 'true puts a removed resource back into service' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class ResourceView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) siteId: string;
  @ApiProperty({ example: 'Bureau 3' }) name: string;
  @ApiProperty({ enum: RESOURCE_KINDS }) kind: ResourceKind;
  @ApiProperty({ example: 1 }) capacity: number;
  @ApiProperty({ enum: RESOURCE_AMENITIES, isArray: true }) amenities: string[];
  @ApiProperty({ description: 'False once removed: no new bookings' }) active: boolean;
  @ApiProperty({ example: '2026-01-05T10:00:00+01:00' }) createdAt: string;
}

export class ResourcePage {
  @ApiProperty({ type: [ResourceView] }) items: ResourceView[];
  @ApiProperty() total: number;
}
