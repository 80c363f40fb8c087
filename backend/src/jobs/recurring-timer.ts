import { Logger } from '@nestjs/common';
import { Clock } from '../common/clock/clock';
import { settleWithin } from './redis-connections';
import { missedToday, nextOccurrence } from './recurring-schedule';
import type { RecurringTaskRegistry, RegisteredTask } from './recurring-task-registry';

/**
 * A timer is never trusted for longer than this: the clock is asked again, so that a machine that slept,
 * a corrected system clock or a month-long wait (beyond what `setTimeout` holds) still fire on time.
 */
const LONGEST_WAIT_MS = 5 * 60_000;
/** After a failed run (the database away), the same occurrence is tried again this much later. */
const RETRY_AFTER_MS = 60_000;
const STOP_PATIENCE_MS = 10_000;

/**
 * Without Redis (one process, the embedded default): runs each recurring task at its occurrences, computed
 * from the injected `Clock` with the same pattern and zone as BullMQ's scheduler.
 *
 * At start-up it runs at once an occurrence of today that it missed (down at 07:00, started at 09:40): see
 * `missedToday`. A run that fails is tried again while its day lasts. Running twice is harmless, the tasks
 * only write outbox rows under deterministic keys, so two processes started by mistake on one database do
 * no harm either.
 */
export class RecurringTimer {
  private readonly logger = new Logger(RecurringTimer.name);
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    /** Read at start, once the registry found the tasks. */
    private readonly registry: Pick<RecurringTaskRegistry, 'all'>,
    private readonly clock: Clock,
    private readonly longestWaitMs = LONGEST_WAIT_MS,
  ) {}

  start(): void {
    this.stopped = false;
    for (const entry of this.registry.all()) {
      const now = this.clock.now();
      const missed = missedToday(entry.schedule, now);
      if (missed) this.fire(entry, missed);
      else this.arm(entry, nextOccurrence(entry.schedule, now));
    }
  }

  /** Stops the timers and waits (a while) for a run in hand, which only writes rows in one transaction. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await settleWithin(Promise.all(this.running), STOP_PATIENCE_MS);
  }

  /** Waits for `due`, asking the clock again at least every `longestWaitMs`. */
  private arm(entry: RegisteredTask, due: Date, atLeastMs = 0): void {
    if (this.stopped) return;
    const wait = Math.max(atLeastMs, Math.min(due.getTime() - this.clock.now().getTime(), this.longestWaitMs), 0);
    const timer = setTimeout(() => {
      this.timers.delete(entry.schedule.id);
      const now = this.clock.now();
      if (now < due) return this.arm(entry, due);
      // The last occurrence, if still today: after a long sleep, the day's run rather than a stale one.
      const occurrence = missedToday(entry.schedule, now);
      if (occurrence) this.fire(entry, occurrence);
      else this.arm(entry, nextOccurrence(entry.schedule, now));
    }, wait);
    // A pending occurrence must not keep a process alive that is otherwise done.
    timer.unref();
    this.timers.set(entry.schedule.id, timer);
  }

  private fire(entry: RegisteredTask, occurrence: Date): void {
    const { id } = entry.schedule;
    const run: Promise<void> = entry.task.run(occurrence).then(
      () => {
        this.logger.log(`Recurring task ${id} ran for ${occurrence.toISOString()}`);
        this.arm(entry, nextOccurrence(entry.schedule, this.clock.now()));
      },
      (error) => {
        this.logger.error({ err: error }, `Recurring task ${id} failed for ${occurrence.toISOString()}; trying again`);
        this.arm(entry, occurrence, RETRY_AFTER_MS);
      },
    );
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }
}
