import { DiscoveryService } from '@nestjs/core';

/**
 * When a recurring task runs: a cron `pattern` read in the zone `tz` (07:00 Paris stays 07:00 Paris across
 * a change of clocks), and the `id` that names its BullMQ job scheduler.
 */
export interface RecurringSchedule {
  id: string;
  /** Five fields (`minute hour day-of-month month day-of-week`), as cron reads them. */
  pattern: string;
  /** An IANA zone: `Europe/Paris`. */
  tz: string;
}

/**
 * A provider that does something at fixed local times. Decorate its class with `@Recurring({ id, pattern,
 * tz })`. `run` only writes outbox rows with deterministic keys (`daily-sheet-<site>-<date>-<host>`), so a
 * second run of the same occurrence, in this process or another, writes nothing more: the durable work is
 * the outbox's, with its retries and its one-send-per-key.
 */
export interface RecurringTask {
  /** `firedAt`: the occurrence being run (07:00 that day), not when the process got round to it. */
  run(firedAt: Date): Promise<void>;
}

export const Recurring = DiscoveryService.createDecorator<RecurringSchedule>();

/** The BullMQ queue of recurring tasks' occurrences, apart from the outbox's. */
export const RECURRING_QUEUE = 'bastide-recurring';
