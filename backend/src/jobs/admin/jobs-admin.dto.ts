import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../common/pagination/page';
import { JOB_KINDS } from '../job-catalogue';

/**
 * Where an outbox message stands: `scheduled` (due later), `pending` (due, not done yet: waiting, in a
 * worker's hands or between retries), `sent` (done or found needless) or `failed` (gave up; an officer retries).
 */
export const JOB_STATES = ['failed', 'pending', 'scheduled', 'sent'] as const;
export type JobState = (typeof JOB_STATES)[number];

export class JobsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: JOB_STATES, description: 'Only messages in this state' })
  @IsOptional()
  @IsIn(JOB_STATES)
  state?: JobState;

  @ApiPropertyOptional({ enum: JOB_KINDS, description: 'Only messages of this job kind' })
  @IsOptional()
  @IsIn(JOB_KINDS)
  kind?: string;
}

export class JobView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: JOB_KINDS, example: 'booking.confirmed' }) kind: string;
  @ApiProperty({ example: 'booking-confirmed-5f0c…', description: 'Deterministic key, also the BullMQ job id' })
  key: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Ids only (`{ bookingId }`): what the handler reloads',
  })
  payload: Record<string, string>;
  @ApiProperty({ enum: JOB_STATES }) state: JobState;
  @ApiProperty({ example: '2026-12-01T18:00:00+01:00' }) dueAt: string;
  @ApiProperty({ description: 'Tries made so far' }) attempts: number;
  @ApiProperty({ description: 'Tries before the message is marked failed' }) maxAttempts: number;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The last failure, e-mail addresses masked',
  })
  lastError: string | null;
  @ApiProperty({ type: String, nullable: true }) failedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) sentAt: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['sent', 'skipped'] }) outcome: string | null;
  @ApiProperty() createdAt: string;
}

export class JobPage {
  @ApiProperty({ type: [JobView] }) items: JobView[];
  @ApiProperty() total: number;
}

export class JobStateCounts {
  @ApiProperty() failed: number;
  @ApiProperty() pending: number;
  @ApiProperty() scheduled: number;
  @ApiProperty() sent: number;
}

export class FailedKindCount {
  @ApiProperty({ enum: JOB_KINDS }) kind: string;
  @ApiProperty() count: number;
}

export class JobsSummary {
  @ApiProperty({ type: JobStateCounts }) counts: JobStateCounts;
  @ApiProperty({ type: [FailedKindCount], description: 'Failed messages per kind, most first' })
  failedByKind: FailedKindCount[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When the oldest pending message fell due (null when none is pending)',
  })
  oldestPendingDueAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'How long it has waited, in seconds' })
  oldestPendingAgeSeconds: number | null;
  @ApiProperty({
    enum: ['bullmq', 'in_process'],
    description: 'BullMQ on Redis (`REDIS_URL` set), or the in-process runner',
  })
  transport: 'bullmq' | 'in_process';
  @ApiProperty({
    type: String,
    nullable: true,
    example: '/api/admin/queues',
    description:
      'Where the BullMQ dashboard is served (after `POST /admin/jobs/dashboard-session`); null without Redis',
  })
  dashboardPath: string | null;
}
