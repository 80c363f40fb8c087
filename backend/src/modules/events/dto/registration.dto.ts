import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../../common/pagination/page';
import { IsLocalDate } from '../../sites/dto/site-validators';
import type { RegistrationStatus } from '../entities/event-registration.entity';
import type { CsvLanguage } from '../registrations-csv';
import { EventView } from './event-view.dto';

/** The answer to a registration: a place, or a place in line. */
export class RegistrationResult {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({
    enum: ['registered', 'waitlisted', 'attended', 'cancelled'],
    description: '`registered` or `waitlisted`; a replayed Idempotency-Key answers the registration as it is now',
  })
  status: RegistrationStatus;
  @ApiPropertyOptional({ minimum: 1, description: 'Only when waitlisted: 1 is next in line' }) position?: number;
}

const LISTED_STATUSES = ['registered', 'waitlisted', 'attended'] as const;

export class RegistrationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Null once the member erased their account',
  })
  userId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Camille' }) firstName: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Martin' }) lastName: string | null;
  @ApiProperty({ enum: LISTED_STATUSES }) status: RegistrationStatus;
  @ApiPropertyOptional({ minimum: 1, description: 'Only when waitlisted' }) position?: number;
  @ApiProperty({ example: '2026-11-20T10:00:00+01:00' }) registeredAt: string;
  @ApiProperty({ type: String, nullable: true, description: 'When a freed place went to them' })
  promotedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) attendedAt: string | null;
}

export class RegistrationPage {
  @ApiProperty({ type: [RegistrationView], description: 'Registered and attended first, then the waitlist in order' })
  items: RegistrationView[];
  @ApiProperty() total: number;
}

export class RegistrationsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LISTED_STATUSES, description: 'Only these' })
  @IsOptional()
  @IsIn(LISTED_STATUSES)
  status?: (typeof LISTED_STATUSES)[number];
}

export class AttendanceRequest {
  @ApiPropertyOptional({ default: true, description: 'false takes a mark back (attended → registered)' })
  @IsOptional()
  @IsBoolean()
  attended?: boolean;
}

export class RegistrationsExportQuery {
  @ApiPropertyOptional({ enum: ['fr', 'en'], default: 'fr', description: 'Language of the header and statuses' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  lang?: CsvLanguage;
}

export class MyRegistrationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: LISTED_STATUSES }) status: RegistrationStatus;
  @ApiPropertyOptional({ minimum: 1, description: 'Only when waitlisted' }) position?: number;
  @ApiProperty() registeredAt: string;
  @ApiProperty({ type: EventView, description: 'The event (its status says if it was cancelled)' }) event: EventView;
}

export class MyRegistrationPage {
  @ApiProperty({ type: [MyRegistrationView], description: 'By event start' }) items: MyRegistrationView[];
  @ApiProperty() total: number;
}

export class MyRegistrationsQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '2026-12-01',
    description: 'Events running on or after this local date; default: events not over yet',
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'Events starting on or before this local date' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
}
