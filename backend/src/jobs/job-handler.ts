import { DiscoveryService } from '@nestjs/core';
import { JobKind } from './job-catalogue';

/** What a handler tells the runner: the work was done, or found needless because the state moved on. */
export type JobOutcome = 'sent' | 'skipped';

export interface JobContext {
  messageId: string;
  attempt: number;
}

/** A provider that does one kind of job. Decorate its class with `@HandlesJob('kind')`. */
export interface JobHandler {
  handle(payload: Record<string, string>, context: JobContext): Promise<JobOutcome>;
}

export const HandlesJob = DiscoveryService.createDecorator<JobKind>();
