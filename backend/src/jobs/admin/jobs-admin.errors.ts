import { DomainError } from '../../common/problem/domain-error';

/** Only a message that gave up can be retried: one still waiting is retried by the queue on its own. */
export class JobNotFailed extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'job-not-failed';
  readonly title = 'Not a failed job';
  constructor(state: string) {
    super(`Only a failed message can be retried; this one is ${state}.`);
    this.extensions['state'] = state;
  }
}

/** A worker holds the message's BullMQ job right now: removing it under the worker would lose track of it. */
export class JobInProgress extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'job-in-progress';
  readonly title = 'Job in progress';
  constructor() {
    super('A worker is running this job at this moment: try again in a minute.');
  }
}

/** The retry must remove the BullMQ job it kept (or the relay's add would be ignored): Redis is needed for that. */
export class QueueUnreachable extends DomainError {
  readonly kind = 'unavailable';
  readonly type = 'queue-unreachable';
  readonly title = 'Queue unreachable';
  constructor() {
    super('Redis does not answer: the message cannot be handed to the queue again now. Try again later.');
  }
}

/** Without `REDIS_URL`, jobs run in-process: there is no BullMQ queue, so no dashboard to open. */
export class QueueDashboardUnavailable extends DomainError {
  readonly kind = 'conflict';
  readonly type = 'queue-dashboard-unavailable';
  readonly title = 'No queue dashboard';
  constructor() {
    super('Jobs run inside the API process (REDIS_URL is not set): there is no BullMQ queue to show.');
  }
}
